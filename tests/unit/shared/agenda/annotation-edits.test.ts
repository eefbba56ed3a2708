import { describe, expect, it } from 'vitest';
import type { Agenda } from '../../../../shared/model/agenda';
import { createAgenda } from '../../../../shared/model/templates';
import { insertItem } from '../../../../shared/agenda/tree-edits';
import {
  insertParagraph,
  mergeWithPrevious,
  moveParagraph,
  pasteParagraphs,
  removeParagraph,
  splitParagraph,
} from '../../../../shared/agenda/annotation-edits';
import {
  joinRuns,
  replaceInRuns,
  runsText,
  splitRuns,
} from '../../../../shared/agenda/paragraph-runs';
import { findInAgenda, replaceInAgenda } from '../../../../shared/agenda/find-replace';

function agendaWithParagraph(
  runs = [{ text: 'In its ' }, { text: 'resolution', italic: true }, { text: ' 5/1' }],
) {
  const [agenda, itemId] = insertItem(createAgenda('blank'), 0, 'Organizational matters');
  const [withParagraph, paragraphId] = insertParagraph(agenda, itemId, 0, runs);
  return { agenda: withParagraph, itemId, paragraphId };
}

const texts = (agenda: Agenda, itemId: string) =>
  agenda.items
    .find((item) => item.id === itemId)
    ?.annotations.map((paragraph) => runsText(paragraph.runs));

describe('paragraph runs', () => {
  it('splits inside a styled run and joins back to the same runs', () => {
    const runs = [{ text: 'In its ' }, { text: 'resolution', italic: true }, { text: ' 5/1' }];
    const [before, after] = splitRuns(runs, 10);
    expect(before).toEqual([{ text: 'In its ' }, { text: 'res', italic: true }]);
    expect(after).toEqual([{ text: 'olution', italic: true }, { text: ' 5/1' }]);
    expect(joinRuns(before, after)).toEqual(runs);
  });

  it('replaces across runs, keeping the style of the first replaced character', () => {
    const runs = [{ text: 'the Convention ' }, { text: 'against', bold: true }, { text: ' Crime' }];
    expect(replaceInRuns(runs, 'convention against', 'Convention', false)).toEqual([
      { text: 'the Convention Crime' },
    ]);
    expect(replaceInRuns(runs, 'against', 'on', true)).toEqual([
      { text: 'the Convention ' },
      { text: 'on', bold: true },
      { text: ' Crime' },
    ]);
  });
});

describe('annotation edits', () => {
  it('Enter splits at the caret and Backspace at the start merges back', () => {
    const { agenda, itemId, paragraphId } = agendaWithParagraph();
    const [split, createdId] = splitParagraph(agenda, itemId, paragraphId, 7);
    expect(texts(split, itemId)).toEqual(['In its ', 'resolution 5/1']);
    const merged = mergeWithPrevious(split, itemId, createdId);
    expect(merged?.[1]).toBe(paragraphId);
    expect(merged?.[2]).toBe(7);
    expect(merged?.[0].items[0]?.annotations[0]?.runs).toEqual(
      agenda.items[0]?.annotations[0]?.runs,
    );
    expect(mergeWithPrevious(agenda, itemId, paragraphId)).toBeNull();
  });

  it('moves and removes paragraphs', () => {
    const { agenda, itemId, paragraphId } = agendaWithParagraph([{ text: 'One' }]);
    const [withTwo] = insertParagraph(agenda, itemId, 1, [{ text: 'Two' }]);
    expect(texts(moveParagraph(withTwo, itemId, paragraphId, 1), itemId)).toEqual(['Two', 'One']);
    expect(moveParagraph(withTwo, itemId, paragraphId, -1)).toBe(withTwo);
    expect(texts(removeParagraph(withTwo, itemId, paragraphId), itemId)).toEqual(['Two']);
  });

  it('pastes several paragraphs at the caret', () => {
    const { agenda, itemId, paragraphId } = agendaWithParagraph([{ text: 'Start end' }]);
    const [pasted, caretParagraph, caretAt] = pasteParagraphs(agenda, itemId, paragraphId, 6, [
      [{ text: 'one' }],
      [{ text: 'two', italic: true }],
      [{ text: 'three ' }],
    ]);
    expect(texts(pasted, itemId)).toEqual(['Start one', 'two', 'three end']);
    expect(caretAt).toBe(6);
    expect(pasted.items[0]?.annotations[2]?.id).toBe(caretParagraph);
    const [single] = pasteParagraphs(agenda, itemId, paragraphId, 6, [[{ text: 'middle ' }]]);
    expect(texts(single, itemId)).toEqual(['Start middle end']);
  });
});

describe('find and replace', () => {
  it('finds in titles, headings and paragraphs, and replaces only where asked', () => {
    const { agenda, itemId, paragraphId } = agendaWithParagraph([
      { text: 'the Organized Crime Convention' },
    ]);
    const matches = findInAgenda(agenda, 'organiz', { matchCase: false });
    expect(matches.map((match) => match.place.field)).toEqual(['title', 'paragraph']);
    expect(matches[0]?.reference).toBe('item 1');
    expect(findInAgenda(agenda, 'organiz', { matchCase: true })).toEqual([]);
    const replaced = replaceInAgenda(
      agenda,
      [{ field: 'paragraph', itemId, paragraphId }],
      'Organized',
      'organized',
      { matchCase: true },
    );
    expect(texts(replaced, itemId)).toEqual(['the organized Crime Convention']);
    expect(replaced.items[0]?.title).toBe('Organizational matters');
  });
});
