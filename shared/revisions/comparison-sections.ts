import type { ParagraphBlock } from '../export/document-blocks';
import { assertNever } from '../schedule/assert-never';
import type { AgendaComparison } from './agenda-diff';
import type { FlatEntry } from './agenda-matching';
import {
  runSegments,
  wholeSegments,
  wordSegments,
  type BlockRevision,
  type ComparisonBlock,
  type ComparisonParagraph,
  type MoveGroup,
} from './comparison-blocks';
import type { IndexedRendering } from './comparison-document';
import { alignDocumentIds, alignParagraphs } from './content-alignment';

/**
 * The annotations of one item or sub-item in the comparison: its heading,
 * paragraphs and documentation list, each marked against the other version.
 */

export interface SectionContext {
  readonly comparison: AgendaComparison;
  readonly oldDocument: IndexedRendering;
  readonly newDocument: IndexedRendering;
  /** Old paragraphs that live on somewhere in the new version. */
  readonly keptParagraphs: ReadonlySet<string>;
}

/**
 * A part both versions print takes the revision of its entry; a part only
 * one prints (a first paragraph given to an item that had none, so that its
 * heading appears) is inserted or deleted by itself.
 */
function partRevision(entryRevision: BlockRevision, inOld: boolean, inNew: boolean): BlockRevision {
  if (inOld && inNew) return entryRevision;
  return inNew ? 'inserted' : 'deleted';
}

export function entrySection(
  context: SectionContext,
  from: FlatEntry | null,
  to: FlatEntry | null,
  revision: BlockRevision,
  moved: MoveGroup,
  note: string | null,
): ComparisonBlock[] {
  const entryId = to?.entry.id ?? from?.entry.id ?? '';
  const blocks: ComparisonBlock[] = [];
  const oldHeading = from ? context.oldDocument.headings.get(from.entry.id) : undefined;
  const newHeading = to ? context.newDocument.headings.get(to.entry.id) : undefined;
  if (oldHeading || newHeading) {
    blocks.push({
      kind: 'item-heading',
      entryId,
      level: { from: oldHeading?.level ?? null, to: newHeading?.level ?? null },
      label: wholeSegments(oldHeading?.label ?? null, newHeading?.label ?? null),
      text: wordSegments(oldHeading?.text ?? null, newHeading?.text ?? null),
      revision: partRevision(revision, oldHeading !== undefined, newHeading !== undefined),
      moved,
      note,
    });
  }
  blocks.push(...paragraphs(context, from, to, moved));
  blocks.push(...documentation(context, from, to, revision, moved));
  return blocks;
}

function paragraphs(
  context: SectionContext,
  from: FlatEntry | null,
  to: FlatEntry | null,
  moved: MoveGroup,
): ComparisonParagraph[] {
  const { matching } = context.comparison;
  const oldParagraphs = from?.entry.annotations ?? [];
  const newParagraphs = to?.entry.annotations ?? [];
  const steps = alignParagraphs(oldParagraphs, newParagraphs, matching, context.keptParagraphs);
  const oldBlock = (id: string | undefined) =>
    id === undefined ? null : (context.oldDocument.paragraphs.get(id) ?? null);
  const newBlock = (id: string | undefined) =>
    id === undefined ? null : (context.newDocument.paragraphs.get(id) ?? null);
  const entryId = to?.entry.id ?? from?.entry.id ?? '';
  const where = (flat: FlatEntry | null) => (flat ? `item ${flat.reference}` : 'another item');

  return steps.flatMap((step): ComparisonParagraph[] => {
    switch (step.kind) {
      case 'same': {
        const before = oldBlock(oldParagraphs[step.oldIndex]?.id);
        const after = newBlock(newParagraphs[step.newIndex]?.id);
        return [paragraph(entryId, before, after, 'same', moved, null)];
      }
      case 'deleted':
        return [
          paragraph(
            entryId,
            oldBlock(oldParagraphs[step.oldIndex]?.id),
            null,
            'deleted',
            moved,
            null,
          ),
        ];
      case 'inserted':
        return [
          paragraph(
            entryId,
            null,
            newBlock(newParagraphs[step.newIndex]?.id),
            'inserted',
            moved,
            null,
          ),
        ];
      case 'moved-from': {
        const before = oldBlock(oldParagraphs[step.oldIndex]?.id);
        const within = step.newIndex !== null;
        const note = within ? null : `Moved to ${where(destinationOf(context, before))}`;
        return [paragraph(entryId, before, null, 'moved-from', moved ?? 'from', note)];
      }
      case 'moved-to': {
        const id = newParagraphs[step.newIndex]?.id;
        const oldId =
          step.oldIndex === null
            ? matching.paragraphs.get(id ?? '')
            : oldParagraphs[step.oldIndex]?.id;
        const before = oldBlock(oldId);
        const note =
          step.oldIndex === null ? `Moved from ${where(sourceOf(context, before))}` : null;
        return [paragraph(entryId, before, newBlock(id), 'moved-to', moved ?? 'to', note)];
      }
      default:
        return assertNever(step);
    }
  });
}

function paragraph(
  entryId: string,
  before: ParagraphBlock | null,
  after: ParagraphBlock | null,
  revision: BlockRevision,
  moved: MoveGroup,
  note: string | null,
): ComparisonParagraph {
  const number = (block: ParagraphBlock | null) =>
    block?.number === null || block === null ? null : `${block.number}.\t`;
  return {
    kind: 'paragraph',
    entryId,
    paragraphId: after?.paragraphId ?? before?.paragraphId ?? '',
    number: wholeSegments(number(before), number(after)),
    runs: runSegments(before?.runs ?? null, after?.runs ?? null),
    revision,
    moved,
    note,
  };
}

/** The new item an old paragraph went to. */
function destinationOf(context: SectionContext, before: ParagraphBlock | null): FlatEntry | null {
  if (!before) return null;
  for (const [newId, oldId] of context.comparison.matching.paragraphs) {
    if (oldId !== before.paragraphId) continue;
    const owner = context.comparison.entries.newEntries.find((flat) =>
      flat.entry.annotations.some((paragraph) => paragraph.id === newId),
    );
    return owner ?? null;
  }
  return null;
}

/** The old item a paragraph came from. */
function sourceOf(context: SectionContext, before: ParagraphBlock | null): FlatEntry | null {
  if (!before) return null;
  return (
    context.comparison.entries.oldEntries.find((flat) => flat.entry.id === before.itemId) ?? null
  );
}

function documentation(
  context: SectionContext,
  from: FlatEntry | null,
  to: FlatEntry | null,
  revision: BlockRevision,
  moved: MoveGroup,
): ComparisonBlock[] {
  const before = from ? context.oldDocument.documentation.get(from.entry.id) : undefined;
  const after = to ? context.newDocument.documentation.get(to.entry.id) : undefined;
  if (!before && !after) return [];
  const oldEntries = before?.entries ?? [];
  const newEntries = after?.entries ?? [];
  const blocks: ComparisonBlock[] = [
    {
      kind: 'documentation-heading',
      level: { from: before?.level ?? null, to: after?.level ?? null },
      text: after?.heading ?? before?.heading ?? '',
      revision: partRevision(revision, before !== undefined, after !== undefined),
      moved,
      note: null,
    },
  ];
  const steps = alignDocumentIds(
    oldEntries.map((entry) => entry.documentId),
    newEntries.map((entry) => entry.documentId),
    context.comparison.matching,
  );
  for (const step of steps) {
    const oldIndex = step.kind === 'inserted' ? null : step.oldIndex;
    const newIndex = step.kind === 'deleted' ? null : step.newIndex;
    const oldEntry = oldIndex === null ? undefined : oldEntries[oldIndex];
    const newEntry = newIndex === null ? undefined : newEntries[newIndex];
    const own: BlockRevision = step.kind;
    blocks.push({
      kind: 'documentation-entry',
      documentId: newEntry?.documentId ?? oldEntry?.documentId ?? '',
      text: wordSegments(oldEntry?.text ?? null, newEntry?.text ?? null),
      revision: own,
      moved: moved ?? (own === 'moved-from' ? 'from' : own === 'moved-to' ? 'to' : null),
      note: null,
    });
  }
  return blocks;
}
