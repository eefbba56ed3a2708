/**
 * Two versions of a list (items, paragraphs, documents, rows) put side by
 * side: which elements stayed in order, which moved, which came and went.
 *
 * An element "moved" when keeping it in place would break the order of more
 * (or heavier) elements than moving it does: of the elements present in both
 * versions, the heaviest subsequence whose order is unchanged stays, and the
 * rest moved. So an item taken from place 3 to place 5 is one move, not two
 * items moving up.
 */

export type AlignmentStep =
  | { readonly kind: 'same'; readonly oldIndex: number; readonly newIndex: number }
  | { readonly kind: 'deleted'; readonly oldIndex: number }
  | { readonly kind: 'inserted'; readonly newIndex: number }
  /** Left this place; `newIndex` is where it went in the same list, or null for another list. */
  | { readonly kind: 'moved-from'; readonly oldIndex: number; readonly newIndex: number | null }
  /** Arrived here; `oldIndex` is where it was in the same list, or null for another list. */
  | { readonly kind: 'moved-to'; readonly newIndex: number; readonly oldIndex: number | null };

export interface AlignmentInput {
  /** The old list's elements, by a key unique within the comparison. */
  readonly oldKeys: readonly string[];
  /** For each element of the new list, the key of the old element it is, or null when new. */
  readonly newKeys: readonly (string | null)[];
  /** Whether an old element missing here lives on in another list (a move rather than a deletion). */
  readonly keptElsewhere?: (oldKey: string) => boolean;
  /** How much keeping a new element in place is worth; 1 when not given. */
  readonly weightOf?: (newIndex: number) => number;
}

/** The steps in reading order: at each place, what left it first, then what arrived. */
export function alignSequences(input: AlignmentInput): AlignmentStep[] {
  const oldIndexOf = new Map(input.oldKeys.map((key, index) => [key, index]));
  const pairs: { oldIndex: number; newIndex: number }[] = [];
  input.newKeys.forEach((key, newIndex) => {
    const oldIndex = key === null ? undefined : oldIndexOf.get(key);
    if (oldIndex !== undefined) pairs.push({ oldIndex, newIndex });
  });
  const stable = heaviestIncreasing(pairs, input.weightOf ?? (() => 1), input.oldKeys.length);
  const stableOld = new Set(stable.map((pair) => pair.oldIndex));
  const stableNew = new Set(stable.map((pair) => pair.newIndex));
  const newIndexOfOld = new Map(pairs.map((pair) => [pair.oldIndex, pair.newIndex]));
  const oldIndexOfNew = new Map(pairs.map((pair) => [pair.newIndex, pair.oldIndex]));

  const steps: AlignmentStep[] = [];
  let oldIndex = 0;
  let newIndex = 0;
  const oldCount = input.oldKeys.length;
  const newCount = input.newKeys.length;
  while (oldIndex < oldCount || newIndex < newCount) {
    if (oldIndex < oldCount && !stableOld.has(oldIndex)) {
      const key = input.oldKeys[oldIndex] ?? '';
      const target = newIndexOfOld.get(oldIndex);
      if (target !== undefined) {
        steps.push({ kind: 'moved-from', oldIndex, newIndex: target });
      } else if (input.keptElsewhere?.(key) === true) {
        steps.push({ kind: 'moved-from', oldIndex, newIndex: null });
      } else {
        steps.push({ kind: 'deleted', oldIndex });
      }
      oldIndex += 1;
      continue;
    }
    if (newIndex < newCount && !stableNew.has(newIndex)) {
      const source = oldIndexOfNew.get(newIndex);
      if (source !== undefined) steps.push({ kind: 'moved-to', newIndex, oldIndex: source });
      else if (input.newKeys[newIndex] !== null) {
        steps.push({ kind: 'moved-to', newIndex, oldIndex: null });
      } else steps.push({ kind: 'inserted', newIndex });
      newIndex += 1;
      continue;
    }
    // Both point at a stable pair, and stable pairs are in the same order on both sides.
    steps.push({ kind: 'same', oldIndex, newIndex });
    oldIndex += 1;
    newIndex += 1;
  }
  return steps;
}

interface Pair {
  readonly oldIndex: number;
  readonly newIndex: number;
}

/**
 * The pairs, taken in new order, whose old indices increase and whose total
 * weight is greatest: a Fenwick tree over old indices keeps the best chain
 * ending below each index, so this is O(n log n) for long agendas.
 */
function heaviestIncreasing(
  pairs: readonly Pair[],
  weightOf: (newIndex: number) => number,
  oldCount: number,
): Pair[] {
  const size = oldCount + 1;
  const treeWeight = new Float64Array(size + 1);
  const treePair = new Int32Array(size + 1).fill(-1);
  const previous = new Int32Array(pairs.length).fill(-1);

  const query = (position: number): [number, number] => {
    let best = 0;
    let bestPair = -1;
    for (let index = position; index > 0; index -= index & -index) {
      if ((treeWeight[index] ?? 0) > best) {
        best = treeWeight[index] ?? 0;
        bestPair = treePair[index] ?? -1;
      }
    }
    return [best, bestPair];
  };
  const update = (position: number, weight: number, pairIndex: number): void => {
    for (let index = position; index <= size; index += index & -index) {
      if ((treeWeight[index] ?? 0) < weight) {
        treeWeight[index] = weight;
        treePair[index] = pairIndex;
      }
    }
  };

  let bestEnd = -1;
  let bestWeight = 0;
  pairs.forEach((pair, pairIndex) => {
    // Old index i sits at tree position i + 1; the chain may end at any smaller one.
    const [before, beforePair] = query(pair.oldIndex);
    const weight = before + weightOf(pair.newIndex);
    previous[pairIndex] = beforePair;
    update(pair.oldIndex + 1, weight, pairIndex);
    if (weight > bestWeight) {
      bestWeight = weight;
      bestEnd = pairIndex;
    }
  });

  const chain: Pair[] = [];
  for (let index = bestEnd; index >= 0; index = previous[index] ?? -1) {
    const pair = pairs[index];
    if (pair) chain.push(pair);
  }
  return chain.reverse();
}
