import type { Agenda, Paragraph } from '../model/agenda';
import { flattenEntries, type AgendaMatching, type FlatEntry } from './agenda-matching';
import { alignSequences, type AlignmentStep } from './sequence-alignment';

/**
 * The alignments that both the list of changes and the marked-up document
 * are built from, so that what one calls a move the other shows as a move.
 */

export interface EntryAlignment {
  readonly oldEntries: readonly FlatEntry[];
  readonly newEntries: readonly FlatEntry[];
  /** Over the flat lists, items and sub-items in reading order. */
  readonly steps: readonly AlignmentStep[];
}

/**
 * Items weigh more than all sub-items together, so the order of the items is
 * kept first: an item moved with its sub-items is one move, however many
 * sub-items it carries. Sub-items keep their place in reading order, so a
 * sub-item promoted where it stands (outdented) is not a move.
 */
export function alignEntries(
  oldAgenda: Agenda,
  newAgenda: Agenda,
  matching: AgendaMatching,
): EntryAlignment {
  const oldEntries = flattenEntries(oldAgenda);
  const newEntries = flattenEntries(newAgenda);
  const itemWeight = oldEntries.length + newEntries.length + 1;
  const oldLevel = new Map(oldEntries.map((flat) => [flat.entry.id, flat.level]));
  const newKeys = newEntries.map((flat) => matching.entries.get(flat.entry.id) ?? null);
  const steps = alignSequences({
    oldKeys: oldEntries.map((flat) => flat.entry.id),
    newKeys,
    weightOf: (newIndex) => {
      const flat = newEntries[newIndex];
      const oldId = newKeys[newIndex];
      const isItem =
        flat?.level === 'item' ||
        (oldId !== null && oldId !== undefined && oldLevel.get(oldId) === 'item');
      return isItem ? itemWeight : 1;
    },
  });
  return { oldEntries, newEntries, steps };
}

/**
 * One entry's paragraphs: a paragraph found in another entry of the other
 * version moved there, and is not deleted here.
 */
export function alignParagraphs(
  oldParagraphs: readonly Paragraph[],
  newParagraphs: readonly Paragraph[],
  matching: AgendaMatching,
  keptOldParagraphs: ReadonlySet<string>,
): AlignmentStep[] {
  return alignSequences({
    oldKeys: oldParagraphs.map((paragraph) => paragraph.id),
    newKeys: newParagraphs.map((paragraph) => matching.paragraphs.get(paragraph.id) ?? null),
    keptElsewhere: (oldId) => keptOldParagraphs.has(oldId),
  });
}

/**
 * One entry's documentation list. A document is cited, not owned: leaving one
 * list for another is a detachment here and an attachment there.
 */
export function alignDocumentIds(
  oldIds: readonly string[],
  newIds: readonly string[],
  matching: AgendaMatching,
): AlignmentStep[] {
  const oldSet = new Set(oldIds);
  return alignSequences({
    oldKeys: oldIds,
    newKeys: newIds.map((id) => {
      const oldId = matching.documents.get(id);
      return oldId !== undefined && oldSet.has(oldId) ? oldId : null;
    }),
  });
}

/** The old ids that live on in the new version. */
export function keptOldIds(map: ReadonlyMap<string, string>): Set<string> {
  return new Set(map.values());
}

/**
 * A run of deletions right before a run of insertions at one place: the
 * first deleted goes with the first inserted, and so on. Returns old index →
 * new index of each pair; what is left over is a plain deletion or insertion.
 */
export function pairReplacements(steps: readonly AlignmentStep[]): Map<number, number> {
  const replaced = new Map<number, number>();
  let index = 0;
  while (index < steps.length) {
    const deleted: number[] = [];
    while (steps[index]?.kind === 'deleted') {
      const step = steps[index];
      if (step?.kind === 'deleted') deleted.push(step.oldIndex);
      index += 1;
    }
    const inserted: number[] = [];
    while (steps[index]?.kind === 'inserted') {
      const step = steps[index];
      if (step?.kind === 'inserted') inserted.push(step.newIndex);
      index += 1;
    }
    deleted.slice(0, inserted.length).forEach((oldIndex, position) => {
      const newIndex = inserted[position];
      if (newIndex !== undefined) replaced.set(oldIndex, newIndex);
    });
    if (deleted.length === 0 && inserted.length === 0) index += 1;
  }
  return replaced;
}
