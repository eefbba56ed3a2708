import type { Agenda, Paragraph, TextRun } from '../model/agenda';
import { newId } from '../model/ids';
import { joinRuns, runsText, splitRuns } from './paragraph-runs';
import { findEntry, updateEntry } from './tree-edits';

/** Pure edits of an item's (or sub-item's) annotation paragraphs. */

function paragraphsOf(agenda: Agenda, itemId: string): readonly Paragraph[] {
  return findEntry(agenda, itemId)?.annotations ?? [];
}

function withParagraphs(agenda: Agenda, itemId: string, annotations: Paragraph[]): Agenda {
  return updateEntry(agenda, itemId, { annotations });
}

export function insertParagraph(
  agenda: Agenda,
  itemId: string,
  index: number,
  runs: TextRun[] = [],
): [Agenda, string] {
  const paragraph: Paragraph = { id: newId(), runs };
  const annotations = [...paragraphsOf(agenda, itemId)];
  annotations.splice(index, 0, paragraph);
  return [withParagraphs(agenda, itemId, annotations), paragraph.id];
}

export function setParagraphRuns(
  agenda: Agenda,
  itemId: string,
  paragraphId: string,
  runs: TextRun[],
): Agenda {
  const annotations = paragraphsOf(agenda, itemId).map((paragraph) =>
    paragraph.id === paragraphId ? { ...paragraph, runs } : paragraph,
  );
  return withParagraphs(agenda, itemId, annotations);
}

/** Enter: the text after the caret becomes a new paragraph below. */
export function splitParagraph(
  agenda: Agenda,
  itemId: string,
  paragraphId: string,
  offset: number,
): [Agenda, string] {
  const annotations = [...paragraphsOf(agenda, itemId)];
  const index = annotations.findIndex((paragraph) => paragraph.id === paragraphId);
  const paragraph = annotations[index];
  if (!paragraph) return [agenda, paragraphId];
  const [before, after] = splitRuns(paragraph.runs, offset);
  const created: Paragraph = { id: newId(), runs: after };
  annotations.splice(index, 1, { ...paragraph, runs: before }, created);
  return [withParagraphs(agenda, itemId, annotations), created.id];
}

/**
 * Backspace at the start: the paragraph joins the one above. Returns the
 * paragraph that remains and the offset where the two texts meet.
 */
export function mergeWithPrevious(
  agenda: Agenda,
  itemId: string,
  paragraphId: string,
): [Agenda, string, number] | null {
  const annotations = [...paragraphsOf(agenda, itemId)];
  const index = annotations.findIndex((paragraph) => paragraph.id === paragraphId);
  const previous = annotations[index - 1];
  const paragraph = annotations[index];
  if (!previous || !paragraph) return null;
  const offset = runsText(previous.runs).length;
  annotations.splice(index - 1, 2, { ...previous, runs: joinRuns(previous.runs, paragraph.runs) });
  return [withParagraphs(agenda, itemId, annotations), previous.id, offset];
}

export function moveParagraph(
  agenda: Agenda,
  itemId: string,
  paragraphId: string,
  delta: number,
): Agenda {
  const annotations = [...paragraphsOf(agenda, itemId)];
  const from = annotations.findIndex((paragraph) => paragraph.id === paragraphId);
  const to = from + delta;
  const paragraph = annotations[from];
  if (!paragraph || to < 0 || to >= annotations.length) return agenda;
  annotations.splice(from, 1);
  annotations.splice(to, 0, paragraph);
  return withParagraphs(agenda, itemId, annotations);
}

export function removeParagraph(agenda: Agenda, itemId: string, paragraphId: string): Agenda {
  return withParagraphs(
    agenda,
    itemId,
    paragraphsOf(agenda, itemId).filter((paragraph) => paragraph.id !== paragraphId),
  );
}

/**
 * Paste of several paragraphs at a caret: the first joins the text before the
 * caret, the last is followed by the text after it, the others stand alone.
 * Returns the paragraph and offset where the caret ends.
 */
export function pasteParagraphs(
  agenda: Agenda,
  itemId: string,
  paragraphId: string,
  offset: number,
  pasted: readonly TextRun[][],
): [Agenda, string, number] {
  const annotations = [...paragraphsOf(agenda, itemId)];
  const index = annotations.findIndex((paragraph) => paragraph.id === paragraphId);
  const paragraph = annotations[index];
  if (!paragraph || pasted.length === 0) return [agenda, paragraphId, offset];
  const [before, after] = splitRuns(paragraph.runs, offset);
  const lastPasted = pasted.at(-1) ?? [];
  if (pasted.length === 1) {
    const runs = joinRuns(joinRuns(before, lastPasted), after);
    annotations.splice(index, 1, { ...paragraph, runs });
    return [
      withParagraphs(agenda, itemId, annotations),
      paragraph.id,
      runsText(before).length + runsText(lastPasted).length,
    ];
  }
  const first: Paragraph = { ...paragraph, runs: joinRuns(before, pasted[0] ?? []) };
  const middle = pasted.slice(1, -1).map((runs) => ({ id: newId(), runs }));
  const last: Paragraph = { id: newId(), runs: joinRuns(lastPasted, after) };
  annotations.splice(index, 1, first, ...middle, last);
  return [withParagraphs(agenda, itemId, annotations), last.id, runsText(lastPasted).length];
}
