/**
 * Undo and redo over whole-agenda snapshots. Snapshots share untouched parts,
 * so keeping a hundred of them costs little.
 *
 * Edits carrying the same `group` within GROUP_WINDOW_MS (typing in one field)
 * form one undo step.
 */

export const GROUP_WINDOW_MS = 1_000;
const MAX_STEPS = 200;

export interface EditHistory<T> {
  readonly past: readonly T[];
  readonly future: readonly T[];
  readonly lastGroup: string | null;
  readonly lastEditAt: number;
}

export function emptyHistory<T>(): EditHistory<T> {
  return { past: [], future: [], lastGroup: null, lastEditAt: 0 };
}

/** Records `before` as an undo step unless this edit continues the previous group. */
export function recordEdit<T>(
  history: EditHistory<T>,
  before: T,
  group: string | null,
  now: number,
): EditHistory<T> {
  const continues =
    group !== null && group === history.lastGroup && now - history.lastEditAt < GROUP_WINDOW_MS;
  const past = continues ? history.past : [...history.past, before].slice(-MAX_STEPS);
  return { past, future: [], lastGroup: group, lastEditAt: now };
}

export function undo<T>(history: EditHistory<T>, current: T): [EditHistory<T>, T] | null {
  const previous = history.past.at(-1);
  if (previous === undefined) return null;
  return [
    {
      past: history.past.slice(0, -1),
      future: [current, ...history.future],
      lastGroup: null,
      lastEditAt: 0,
    },
    previous,
  ];
}

export function redo<T>(history: EditHistory<T>, current: T): [EditHistory<T>, T] | null {
  const [next, ...rest] = history.future;
  if (next === undefined) return null;
  return [{ past: [...history.past, current], future: rest, lastGroup: null, lastEditAt: 0 }, next];
}
