import { describe, expect, it } from 'vitest';
import {
  changedPassages,
  diffRuns,
  diffWords,
  hasChanges,
  newTextOf,
  oldTextOf,
} from '../../../../shared/revisions/word-diff';

describe('word-level comparison of two texts', () => {
  it('finds no change between a text and itself', () => {
    const diff = diffWords('Other matters.', 'Other matters.');
    expect(hasChanges(diff)).toBe(false);
    expect(diff.segments).toEqual([{ change: 'same', text: 'Other matters.' }]);
  });

  it('replaces whole words, never parts of words', () => {
    expect(diffWords('the potential benefits of', 'the possible advantages of').segments).toEqual([
      { change: 'same', text: 'the ' },
      { change: 'deleted', text: 'potential benefits' },
      { change: 'inserted', text: 'possible advantages' },
      { change: 'same', text: ' of' },
    ]);
  });

  it('puts an inserted word where it starts a word and takes the space after it', () => {
    expect(diffWords('a big dog', 'a big big dog').segments).toEqual([
      { change: 'same', text: 'a ' },
      { change: 'inserted', text: 'big ' },
      { change: 'same', text: 'big dog' },
    ]);
    expect(changedPassages(diffWords('the cat sat', 'the cat sat on the mat'), 'inserted')).toEqual(
      [' on the mat'],
    );
  });

  it('changes a mark by itself: "meeting;" becomes "meeting."', () => {
    expect(diffWords('Opening of the meeting;', 'Opening of the meeting.').segments).toEqual([
      { change: 'same', text: 'Opening of the meeting' },
      { change: 'deleted', text: ';' },
      { change: 'inserted', text: '.' },
    ]);
  });

  it('keeps a deletion in one piece across a "the" it shares with what follows', () => {
    const diff = diffWords(
      'In its resolution 5/1, entitled “Ensuring effective implementation of the Convention”, the Conference recognized',
      'In its resolution 5/1, the Conference recognized',
    );
    expect(changedPassages(diff, 'deleted')).toEqual([
      'entitled “Ensuring effective implementation of the Convention”, ',
    ]);
    expect(changedPassages(diff, 'inserted')).toEqual([]);
  });

  it('reads a rewritten phrase as one deletion and one insertion, not word salad', () => {
    const diff = diffWords(
      'was fundamental to ensuring the effective implementation of the provisions',
      'was essential to the implementation',
    );
    expect(newTextOf(diff.segments)).toBe('was essential to the implementation');
    expect(diff.segments.filter((segment) => segment.change !== 'same').length).toBeLessThanOrEqual(
      4,
    );
  });

  it('treats emphasis as part of a word', () => {
    const diff = diffRuns(
      [{ text: 'resolution 5/7, entitled Combating crime' }],
      [
        { text: 'resolution 5/7, entitled ' },
        { text: 'Combating', italic: true },
        { text: ' crime' },
      ],
    );
    expect(diff.segments).toEqual([
      { change: 'same', text: 'resolution 5/7, entitled ' },
      { change: 'deleted', text: 'Combating' },
      { change: 'inserted', text: 'Combating', italic: true },
      { change: 'same', text: ' crime' },
    ]);
  });

  it('gives back both texts exactly, whatever the edit (random edits, 400 cases)', () => {
    const words = ['the', 'Conference', 'of', 'Parties', ',', 'and', 'item', '3', 'UNODC', '.'];
    let state = 7;
    const random = (limit: number) => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return state % limit;
    };
    const sentence = (length: number) =>
      Array.from({ length }, () => words[random(words.length)] ?? '').join(
        random(5) === 0 ? '  ' : ' ',
      );
    for (let round = 0; round < 400; round += 1) {
      const before = sentence(random(30));
      const after =
        random(3) === 0
          ? sentence(random(30))
          : before.replace(/\S+/g, (word) => (random(6) === 0 ? sentence(random(3)) : word));
      const diff = diffWords(before, after);
      expect(oldTextOf(diff.segments)).toBe(before);
      expect(newTextOf(diff.segments)).toBe(after);
      expect(hasChanges(diff)).toBe(before !== after);
    }
  });

  it('gives back both texts of very long rewritten paragraphs too', () => {
    const before = Array.from({ length: 3000 }, (_, index) => `word${index}`).join(' ');
    const after = Array.from({ length: 3000 }, (_, index) => `other${index}`).join(' ');
    const diff = diffWords(before, after);
    expect(oldTextOf(diff.segments)).toBe(before);
    expect(newTextOf(diff.segments)).toBe(after);
  });
});
