import type { TextRun } from '../model/agenda';

/**
 * Word-level comparison of two texts: what a reviser inserted and deleted.
 *
 * Texts are cut into words, runs of spaces and single marks, so that a
 * changed full stop shows as one changed mark and not as a changed word.
 * Emphasis is part of a word: a word set in italics is deleted in roman and
 * inserted in italics, which is how Word's own comparison shows it.
 */

export type SegmentChange = 'same' | 'inserted' | 'deleted';

export interface TextSegment {
  readonly change: SegmentChange;
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

export interface TextDiff {
  readonly segments: readonly TextSegment[];
}

interface Token {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
  /** What two tokens must share to be the same word. */
  readonly key: string;
}

/** Words keep their inner apostrophes and hyphens: "Office's", "multi-year". */
const TOKEN = /\s+|[\p{L}\p{N}\p{M}]+(?:['\u2019-][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}]/gu;

/** Past this many token comparisons a text counts as rewritten rather than edited. */
const MAX_WORK = 4_000_000;

export function diffWords(oldText: string, newText: string): TextDiff {
  return diffRuns(
    oldText === '' ? [] : [{ text: oldText }],
    newText === '' ? [] : [{ text: newText }],
  );
}

export function diffRuns(oldRuns: readonly TextRun[], newRuns: readonly TextRun[]): TextDiff {
  const before = tokenize(oldRuns);
  const after = tokenize(newRuns);
  const operations = alignTokens(before, after);
  const joined = absorbShortEqualities(slideToWordBoundaries(operations));
  return { segments: mergeSegments(slideToWordBoundaries(joined)) };
}

/** True when the two texts differ in any word, mark, space or emphasis. */
export function hasChanges(diff: TextDiff): boolean {
  return diff.segments.some((segment) => segment.change !== 'same');
}

/** The text as it was: what "Reject all" gives. */
export function oldTextOf(segments: readonly TextSegment[]): string {
  return segments
    .filter((segment) => segment.change !== 'inserted')
    .map((segment) => segment.text)
    .join('');
}

/** The text as it is now: what "Accept all" gives. */
export function newTextOf(segments: readonly TextSegment[]): string {
  return segments
    .filter((segment) => segment.change !== 'deleted')
    .map((segment) => segment.text)
    .join('');
}

/** The inserted (or deleted) passages, each as one string, in order. */
export function changedPassages(diff: TextDiff, change: 'inserted' | 'deleted'): string[] {
  const passages: string[] = [];
  let previous: SegmentChange | null = null;
  for (const segment of diff.segments) {
    if (segment.change === change) {
      // Segments of one passage are apart only when their emphasis differs.
      const last = passages.pop();
      if (previous === change && last !== undefined) passages.push(last + segment.text);
      else passages.push(...(last === undefined ? [] : [last]), segment.text);
    }
    previous = segment.change;
  }
  return passages;
}

function tokenize(runs: readonly TextRun[]): Token[] {
  const tokens: Token[] = [];
  for (const run of runs) {
    const bold = run.bold === true;
    const italic = run.italic === true;
    for (const match of run.text.matchAll(TOKEN)) {
      const text = match[0];
      tokens.push({ text, bold, italic, key: `${bold ? 'b' : ''}${italic ? 'i' : ''}|${text}` });
    }
  }
  return tokens;
}

interface Operation {
  readonly change: SegmentChange;
  readonly token: Token;
}

/** Myers' O(ND) shortest edit script, after trimming what both texts share at the ends. */
function alignTokens(before: readonly Token[], after: readonly Token[]): Operation[] {
  let start = 0;
  while (
    start < before.length &&
    start < after.length &&
    before[start]?.key === after[start]?.key
  ) {
    start += 1;
  }
  let endBefore = before.length;
  let endAfter = after.length;
  while (
    endBefore > start &&
    endAfter > start &&
    before[endBefore - 1]?.key === after[endAfter - 1]?.key
  ) {
    endBefore -= 1;
    endAfter -= 1;
  }
  const head = before.slice(0, start).map((token) => same(token));
  const tail = before.slice(endBefore).map((token) => same(token));
  const middle = myers(before.slice(start, endBefore), after.slice(start, endAfter));
  return [...head, ...middle, ...tail];
}

function same(token: Token): Operation {
  return { change: 'same', token };
}

function myers(a: readonly Token[], b: readonly Token[]): Operation[] {
  const n = a.length;
  const m = b.length;
  const replaceAll = (): Operation[] => [
    ...a.map((token): Operation => ({ change: 'deleted', token })),
    ...b.map((token): Operation => ({ change: 'inserted', token })),
  ];
  if (n === 0 || m === 0) return replaceAll();
  const max = n + m;
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d += 1) {
    if ((d + 1) * (n + m) > MAX_WORK) return replaceAll();
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x]?.key === b[y]?.key) {
        x += 1;
        y += 1;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a, b, offset, d, k);
    }
    v = next;
  }
  return replaceAll();
}

function backtrack(
  trace: readonly Int32Array[],
  a: readonly Token[],
  b: readonly Token[],
  offset: number,
  finalD: number,
  finalK: number,
): Operation[] {
  const operations: Operation[] = [];
  let x = a.length;
  let y = b.length;
  let k = finalK;
  for (let d = finalD; d > 0; d -= 1) {
    const v = trace[d] ?? new Int32Array(0);
    const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
    const previousK = down ? k + 1 : k - 1;
    const previousX = v[offset + previousK] ?? 0;
    const previousY = previousX - previousK;
    while (x > (down ? previousX : previousX + 1) && y > (down ? previousY + 1 : previousY)) {
      x -= 1;
      y -= 1;
      operations.push(same(a[x] as Token));
    }
    if (down) {
      y -= 1;
      operations.push({ change: 'inserted', token: b[y] as Token });
    } else {
      x -= 1;
      operations.push({ change: 'deleted', token: a[x] as Token });
    }
    k = previousK;
  }
  while (x > 0 && y > 0) {
    x -= 1;
    y -= 1;
    operations.push(same(a[x] as Token));
  }
  return operations.reverse();
}

/** Runs of operations: an unchanged stretch, or a stretch of deletions and insertions. */
interface Stretch {
  readonly changed: boolean;
  readonly operations: Operation[];
}

function stretchesOf(operations: readonly Operation[]): Stretch[] {
  const stretches: Stretch[] = [];
  for (const operation of operations) {
    const changed = operation.change !== 'same';
    const last = stretches.at(-1);
    if (last && last.changed === changed) last.operations.push(operation);
    else stretches.push({ changed, operations: [operation] });
  }
  return stretches;
}

function lengthOf(operations: readonly Operation[], change: SegmentChange): number {
  return operations
    .filter((operation) => operation.change === change)
    .reduce((sum, operation) => sum + operation.token.text.length, 0);
}

/** Short words that a rewritten sentence keeps by chance: "the", "of", "and". */
const FILLER_LENGTH = 3;

/**
 * An unchanged stretch of spaces and marks, or a single short word, between
 * two changes (a "the" inside a rewritten phrase) is folded into them, so a
 * rewritten phrase reads as one deletion and one insertion. Longer unchanged
 * stretches stay: they are what a reader needs to find the changes.
 */
function absorbShortEqualities(operations: readonly Operation[]): Operation[] {
  const stretches = stretchesOf(operations);
  for (let index = 1; index < stretches.length - 1; index += 1) {
    const stretch = stretches[index];
    const before = stretches[index - 1];
    const after = stretches[index + 1];
    if (!stretch || stretch.changed || !before?.changed || !after?.changed) continue;
    const words = stretch.operations.filter((op) => /[\p{L}\p{N}]/u.test(op.token.text));
    const filler =
      words.length === 0 ||
      (words.length === 1 && (words[0]?.token.text.length ?? 0) <= FILLER_LENGTH);
    const length = stretch.operations.reduce((sum, op) => sum + op.token.text.length, 0);
    const side = (ops: readonly Operation[]) =>
      Math.max(lengthOf(ops, 'inserted'), lengthOf(ops, 'deleted'));
    if (!filler || length > side(before.operations) || length > side(after.operations)) continue;
    const folded = stretch.operations.flatMap((op): Operation[] => [
      { change: 'deleted', token: op.token },
      { change: 'inserted', token: op.token },
    ]);
    const merged = [...before.operations, ...folded, ...after.operations];
    stretches.splice(index - 1, 3, { changed: true, operations: merged });
    index = Math.max(0, index - 2);
  }
  return stretches.flatMap((stretch) =>
    stretch.changed
      ? [
          ...stretch.operations.filter((op) => op.change === 'deleted'),
          ...stretch.operations.filter((op) => op.change === 'inserted'),
        ]
      : stretch.operations,
  );
}

const isSpace = (token: Token | undefined): boolean =>
  token !== undefined && /^\s/u.test(token.text);

/**
 * A pure insertion or deletion can often sit in several places ("a [big ]big
 * dog" or "a big[ big] dog"); it goes next to another change when it can
 * reach one (two deletions split by a "the" they share become one), else
 * where it starts a word and ends with the space after it, as a reader
 * would mark it.
 */
function slideToWordBoundaries(operations: readonly Operation[]): Operation[] {
  const result = [...operations];
  let index = 0;
  while (index < result.length) {
    const change = result[index]?.change;
    if (change === 'same' || change === undefined) {
      index += 1;
      continue;
    }
    let end = index;
    while (result[end]?.change === change) end += 1;
    const neighbourChanged = (position: number) => {
      const neighbour = result[position]?.change;
      return neighbour !== undefined && neighbour !== 'same';
    };
    if (neighbourChanged(index - 1) || neighbourChanged(end)) {
      index = end;
      continue;
    }
    // Every place the stretch can slide to, as its start: left while it rotates, then right.
    const length = end - index;
    // Positions the stretch may cover: its own, and unchanged words around it.
    const unchanged = (position: number) =>
      (position >= index && position < end) || result[position]?.change === 'same';
    let first = index;
    while (
      unchanged(first - 1) &&
      result[first - 1]?.token.key === result[first - 1 + length]?.token.key
    ) {
      first -= 1;
    }
    const tokens = result.map((operation) => operation.token);
    let last = first;
    while (unchanged(last + length) && tokens[last]?.key === tokens[last + length]?.key) {
      last += 1;
    }
    let best = index;
    let bestScore = -1;
    // Touching another change joins the two into one passage, which beats any boundary.
    const touches = (start: number) =>
      (start === first && !unchanged(first - 1) && first > 0) ||
      (start === last && !unchanged(last + length) && last + length < result.length);
    for (let start = first; start <= last; start += 1) {
      const score = boundaryScore(tokens, start, start + length) + (touches(start) ? 10 : 0);
      if (score > bestScore) {
        best = start;
        bestScore = score;
      }
    }
    const stretchTokens = tokens.slice(best, best + length);
    const outside = [...tokens.slice(first, best), ...tokens.slice(best + length, last + length)];
    const rebuilt: Operation[] = [
      ...outside.slice(0, best - first).map((token) => same(token)),
      ...stretchTokens.map((token): Operation => ({ change, token })),
      ...outside.slice(best - first).map((token) => same(token)),
    ];
    result.splice(first, last + length - first, ...rebuilt);
    index = best + length;
  }
  return result;
}

function boundaryScore(tokens: readonly Token[], start: number, end: number): number {
  const startsWord = !isSpace(tokens[start]) && (start === 0 || isSpace(tokens[start - 1]));
  const endsAtSpace = isSpace(tokens[end - 1]) || end === tokens.length || isSpace(tokens[end]);
  return (startsWord ? 2 : 0) + (endsAtSpace ? 1 : 0);
}

function emphasis(bold: boolean, italic: boolean): Pick<TextSegment, 'bold' | 'italic'> {
  return { ...(bold ? { bold: true } : {}), ...(italic ? { italic: true } : {}) };
}

function mergeSegments(operations: readonly Operation[]): TextSegment[] {
  const segments: TextSegment[] = [];
  for (const { change, token } of operations) {
    const last = segments.at(-1);
    if (
      last &&
      last.change === change &&
      (last.bold === true) === token.bold &&
      (last.italic === true) === token.italic
    ) {
      segments[segments.length - 1] = { ...last, text: last.text + token.text };
    } else {
      segments.push({ change, text: token.text, ...emphasis(token.bold, token.italic) });
    }
  }
  return segments;
}
