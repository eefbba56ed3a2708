import { describe, expect, it } from 'vitest';
import {
  GROUP_WINDOW_MS,
  emptyHistory,
  recordEdit,
  redo,
  undo,
} from '../../../../../renderer/features/agenda/edit-history';

describe('undo history', () => {
  it('groups typing in one field into one step, and splits after a pause', () => {
    let history = emptyHistory<string>();
    history = recordEdit(history, '', 'title:1', 1_000);
    history = recordEdit(history, 'a', 'title:1', 1_100);
    history = recordEdit(history, 'ab', 'title:1', 1_200);
    expect(history.past).toEqual(['']);
    history = recordEdit(history, 'abc', 'title:1', 1_200 + GROUP_WINDOW_MS + 1);
    expect(history.past).toEqual(['', 'abc']);
  });

  it('never groups edits without a group, or of another field', () => {
    let history = emptyHistory<string>();
    history = recordEdit(history, 'a', null, 0);
    history = recordEdit(history, 'b', null, 1);
    history = recordEdit(history, 'c', 'title:1', 2);
    history = recordEdit(history, 'd', 'title:2', 3);
    expect(history.past).toEqual(['a', 'b', 'c', 'd']);
  });

  it('undoes and redoes, and a new edit drops the redo steps', () => {
    let history = recordEdit(emptyHistory<string>(), 'one', null, 0);
    const undone = undo(history, 'two');
    expect(undone?.[1]).toBe('one');
    history = undone![0];
    const redone = redo(history, 'one');
    expect(redone?.[1]).toBe('two');
    history = recordEdit(history, 'one', null, 10);
    expect(history.future).toEqual([]);
    expect(undo(emptyHistory<string>(), 'x')).toBeNull();
    expect(redo(emptyHistory<string>(), 'x')).toBeNull();
  });
});
