import type { AnnexBlock } from '../export/document-blocks';
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
  const steps = alignSequences({
    oldKeys: oldRows.map(oldKey),
    newKeys: newRows.map((row) => newKey(row, matching)),
    weightOf: (newIndex) => (newRows[newIndex]?.kind === 'day' ? dayWeight : 1),
  });
  const oldDays = dayHeadings(oldRows);
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
        const day = step.oldIndex === null ? undefined : oldDays[step.oldIndex];
        const note = day === undefined ? null : `Moved from ${day}`;
        return row(source, newRows[step.newIndex], 'moved-to', 'to', note);
      }
      default:
        return assertNever(step);
    }
  });
  // Rows moved together (a slot's) carry the note once, on the first of them.
  const rows = marked.map((current, index) => {
    const previous = marked[index - 1];
    const repeated =
      previous?.revision === 'moved-to' && previous.note === current.note && current.note !== null;
    return repeated ? { ...current, note: null } : current;
  });
  return {
    kind: 'annex',
    heading: annex.heading,
    title: annex.title,
    columns: annex.columns,
    rows,
    revision: presence(before !== null, after !== null),
    moved: null,
    note: null,
  };
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

function row(
  before: AnnexRow | undefined,
  after: AnnexRow | undefined,
  revision: BlockRevision,
  moved: MoveGroup,
  note: string | null,
): ComparisonAnnexRow {
  const oldCells = before ? annexRowCells(before) : null;
  const newCells = after ? annexRowCells(after) : null;
  return {
    kind: after?.kind ?? before?.kind ?? 'item',
    cells: [
      wholeSegments(oldCells?.[0] ?? null, newCells?.[0] ?? null),
      wholeSegments(oldCells?.[1] ?? null, newCells?.[1] ?? null),
      wordSegments(oldCells?.[2] ?? null, newCells?.[2] ?? null),
    ],
    revision,
    moved,
    note,
  };
}
