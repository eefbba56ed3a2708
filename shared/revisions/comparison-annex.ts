import type { DocumentsAnnexRow } from '../documents/documents-annex';
import type { AnnexBlock, DocumentsAnnexBlock } from '../export/document-blocks';
import { annexRowCells, type AnnexRow } from '../schedule/annex-rows';
import { assertNever } from '../schedule/assert-never';
import type { AgendaMatching } from './agenda-matching';
import {
  presence,
  wholeSegments,
  wordSegments,
  type BlockRevision,
  type ComparisonAnnex,
  type ComparisonAnnexRow,
  type ComparisonDocumentsAnnex,
  type MoveGroup,
} from './comparison-blocks';
import { alignSequences } from './sequence-alignment';

/**
 * The annex "Proposed organization of work" of both versions, row by row.
 *
 * Rows are the planner's own (annexRows), so an item's new number and a
 * "(continued)" that comes or goes show exactly as each version prints them.
 * A slot moved to another day moves its rows; days weigh most, so the days
 * stay in place and the rows move between them.
 */
export function comparisonAnnex(
  before: AnnexBlock | null,
  after: AnnexBlock | null,
  matching: AgendaMatching,
): ComparisonAnnex | null {
  const annex = after ?? before;
  if (!annex) return null;
  const oldRows = before?.rows ?? [];
  const newRows = after?.rows ?? [];
  const dayWeight = oldRows.length + newRows.length + 1;
  const oldDays = dayHeadings(oldRows);
  const rows = markedRows({
    oldRows,
    newRows,
    oldKey,
    newKey: (row) => newKey(row, matching),
    weightOf: (newIndex) => (newRows[newIndex]?.kind === 'day' ? dayWeight : 1),
    cells: organizationCells,
    moveNote: (oldIndex) => {
      const day = oldDays[oldIndex];
      return day === undefined ? null : `Moved from ${day}`;
    },
  });
  return { kind: 'annex', ...annexTable(before, after, annex), rows };
}

/**
 * The annex "List of documents" of both versions, a row a document: one
 * added to the registry is an inserted row, and a document whose citing
 * items change keeps its row with the numbers marked.
 */
export function comparisonDocumentsAnnex(
  before: DocumentsAnnexBlock | null,
  after: DocumentsAnnexBlock | null,
  matching: AgendaMatching,
): ComparisonDocumentsAnnex | null {
  const annex = after ?? before;
  if (!annex) return null;
  const rows = markedRows({
    oldRows: before?.rows ?? [],
    newRows: after?.rows ?? [],
    oldKey: (row) => row.documentId,
    newKey: (row) => matching.documents.get(row.documentId) ?? null,
    cells: documentCells,
    moveNote: () => null,
  });
  return { kind: 'documents-annex', ...annexTable(before, after, annex), rows };
}

/** What the two annexes share: their wording around the table, and whether either version has it. */
function annexTable(
  before: AnnexBlock | DocumentsAnnexBlock | null,
  after: AnnexBlock | DocumentsAnnexBlock | null,
  annex: AnnexBlock | DocumentsAnnexBlock,
): Omit<ComparisonAnnex, 'kind' | 'rows'> {
  return {
    heading: wordSegments(before?.heading ?? null, after?.heading ?? null),
    title: annex.title,
    columns: annex.columns,
    revision: presence(before !== null, after !== null),
    moved: null,
    note: null,
  };
}

interface RowAlignment<Row> {
  readonly oldRows: readonly Row[];
  readonly newRows: readonly Row[];
  readonly oldKey: (row: Row) => string;
  /** The key of the old row this new row is, or null when it has none. */
  readonly newKey: (row: Row) => string | null;
  readonly weightOf?: (newIndex: number) => number;
  /** A row's cells marked between its two versions; a side is undefined where the row is not. */
  readonly cells: (
    before: Row | undefined,
    after: Row | undefined,
  ) => Pick<ComparisonAnnexRow, 'kind' | 'cells'>;
  /** The note beside a row moved here ("Moved from Wednesday, 17 October"), by its old index. */
  readonly moveNote: (oldIndex: number) => string | null;
}

/** The rows of both versions of an annex, aligned by key and marked. */
function markedRows<Row>(alignment: RowAlignment<Row>): ComparisonAnnexRow[] {
  const { oldRows, newRows } = alignment;
  const steps = alignSequences({
    oldKeys: oldRows.map(alignment.oldKey),
    newKeys: newRows.map(alignment.newKey),
    weightOf: alignment.weightOf,
  });
  const row = (
    before: Row | undefined,
    after: Row | undefined,
    revision: BlockRevision,
    moved: MoveGroup,
    note: string | null,
  ): ComparisonAnnexRow => ({ ...alignment.cells(before, after), revision, moved, note });
  const marked = steps.map((step): ComparisonAnnexRow => {
    switch (step.kind) {
      case 'same':
        return row(oldRows[step.oldIndex], newRows[step.newIndex], 'same', null, null);
      case 'deleted':
        return row(oldRows[step.oldIndex], undefined, 'deleted', null, null);
      case 'inserted':
        return row(undefined, newRows[step.newIndex], 'inserted', null, null);
      case 'moved-from':
        return row(oldRows[step.oldIndex], undefined, 'moved-from', 'from', null);
      case 'moved-to': {
        const source = step.oldIndex === null ? undefined : oldRows[step.oldIndex];
        const note = step.oldIndex === null ? null : alignment.moveNote(step.oldIndex);
        return row(source, newRows[step.newIndex], 'moved-to', 'to', note);
      }
      default:
        return assertNever(step);
    }
  });
  // Rows moved together (a slot's) carry the note once, on the first of them.
  return marked.map((current, index) => {
    const previous = marked[index - 1];
    const repeated =
      previous?.revision === 'moved-to' && previous.note === current.note && current.note !== null;
    return repeated ? { ...current, note: null } : current;
  });
}

function oldKey(row: AnnexRow): string {
  switch (row.kind) {
    case 'day':
      return `day:${row.date}`;
    case 'item':
      return `entry:${row.entryId}`;
    case 'slot':
      return `slot:${row.slotId}`;
    default:
      return assertNever(row);
  }
}

/** The key of the old row this new row is, or null when it has none. */
function newKey(row: AnnexRow, matching: AgendaMatching): string | null {
  const key = (prefix: string, id: string | undefined) =>
    id === undefined ? null : `${prefix}:${id}`;
  switch (row.kind) {
    case 'day':
      return key('day', matching.days.get(row.date));
    case 'item':
      return key('entry', matching.scheduleEntries.get(row.entryId));
    case 'slot':
      return key('slot', matching.slots.get(row.slotId));
    default:
      return assertNever(row);
  }
}

/** For each row, the heading of the day it falls on ("Wednesday, 17 October"). */
function dayHeadings(rows: readonly AnnexRow[]): (string | undefined)[] {
  let current: string | undefined;
  return rows.map((row) => {
    if (row.kind === 'day') current = row.heading;
    return current;
  });
}

function organizationCells(
  before: AnnexRow | undefined,
  after: AnnexRow | undefined,
): Pick<ComparisonAnnexRow, 'kind' | 'cells'> {
  const oldCells = before ? annexRowCells(before) : null;
  const newCells = after ? annexRowCells(after) : null;
  return {
    kind: after?.kind ?? before?.kind ?? 'item',
    cells: [
      wholeSegments(oldCells?.[0] ?? null, newCells?.[0] ?? null),
      wholeSegments(oldCells?.[1] ?? null, newCells?.[1] ?? null),
      wordSegments(oldCells?.[2] ?? null, newCells?.[2] ?? null),
    ],
  };
}

/** A symbol changes as a whole, as numbers do; the list of items and the title word by word. */
function documentCells(
  before: DocumentsAnnexRow | undefined,
  after: DocumentsAnnexRow | undefined,
): Pick<ComparisonAnnexRow, 'kind' | 'cells'> {
  return {
    kind: 'document',
    cells: [
      wholeSegments(before?.symbol ?? null, after?.symbol ?? null),
      wordSegments(before?.items ?? null, after?.items ?? null),
      wordSegments(before?.title ?? null, after?.title ?? null),
    ],
  };
}
