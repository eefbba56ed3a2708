import { describe, expect, it } from 'vitest';
import { alignSequences } from '../../../../shared/revisions/sequence-alignment';

describe('aligning two versions of a list', () => {
  const steps = (oldKeys: string[], newKeys: (string | null)[]) =>
    alignSequences({ oldKeys, newKeys }).map((step) => step.kind);

  it('sees an element taken two places down as one move', () => {
    expect(steps(['1', '2', '3', '4', '5'], ['1', '2', '4', '5', '3'])).toEqual([
      'same',
      'same',
      'moved-from',
      'same',
      'same',
      'moved-to',
    ]);
  });

  it('puts what left a place before what arrived there', () => {
    expect(steps(['a', 'b', 'c'], ['a', null, 'c'])).toEqual([
      'same',
      'deleted',
      'inserted',
      'same',
    ]);
  });

  it('keeps the heavier elements in place', () => {
    const result = alignSequences({
      oldKeys: ['light', 'heavy'],
      newKeys: ['heavy', 'light'],
      weightOf: (index) => (index === 0 ? 10 : 1),
    });
    expect(result).toEqual([
      { kind: 'moved-from', oldIndex: 0, newIndex: 1 },
      { kind: 'same', oldIndex: 1, newIndex: 0 },
      { kind: 'moved-to', newIndex: 1, oldIndex: 0 },
    ]);
  });

  it('tells an element gone to another list from one deleted', () => {
    const result = alignSequences({
      oldKeys: ['p1', 'p2'],
      newKeys: ['p1'],
      keptElsewhere: (key) => key === 'p2',
    });
    expect(result).toEqual([
      { kind: 'same', oldIndex: 0, newIndex: 0 },
      { kind: 'moved-from', oldIndex: 1, newIndex: null },
    ]);
  });
});
