/**
 * Damaged versions of the seed fixture for the loader fuzz test: cut short,
 * with a byte changed, with a value of the wrong type in some field, or of a
 * newer format. Deterministic, so a failure names a mutant that can be rebuilt.
 */

export interface Mutant {
  readonly kind: 'truncated' | 'byte-flip' | 'wrong-type' | 'missing-field' | 'newer-format';
  /** What was done, e.g. "truncated at 812" or "items.2.title = 0". */
  readonly label: string;
  readonly bytes: Buffer;
}

/** mulberry32: a small seeded generator, enough to make the same flips on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function* truncations(original: Buffer): Generator<Mutant> {
  for (let offset = 0; offset < original.length; offset += 1) {
    yield {
      kind: 'truncated',
      label: `truncated at ${offset}`,
      bytes: original.subarray(0, offset),
    };
  }
}

export function* byteFlips(original: Buffer, count: number, seed: number): Generator<Mutant> {
  const random = seededRandom(seed);
  for (let n = 0; n < count; n += 1) {
    const offset = Math.floor(random() * original.length);
    const previous = original[offset] ?? 0;
    const value = (previous + 1 + Math.floor(random() * 255)) % 256;
    const bytes = Buffer.from(original);
    bytes[offset] = value;
    yield { kind: 'byte-flip', label: `byte ${offset}: ${previous} -> ${value}`, bytes };
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const WRONG_VALUES: readonly Json[] = [
  null,
  0,
  -1,
  2.5,
  1e308,
  true,
  '',
  'text',
  [],
  [null],
  {},
  { x: 1 },
];

function typeOf(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Every node of the document, root included, with its path. */
function* nodes(
  value: Json,
  path: readonly (string | number)[] = [],
): Generator<readonly (string | number)[]> {
  yield path;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      yield* nodes(value[index] ?? null, [...path, index]);
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) yield* nodes(child, [...path, key]);
  }
}

function valueAt(document: Json, path: readonly (string | number)[]): Json {
  let node: Json = document;
  for (const step of path) node = (node as Record<string | number, Json>)[step] ?? null;
  return node;
}

function withValue(
  document: Json,
  path: readonly (string | number)[],
  value: Json | undefined,
): Json {
  if (path.length === 0) return value ?? null;
  const copy = structuredClone(document);
  const parent = valueAt(copy, path.slice(0, -1)) as Record<string | number, Json>;
  const last = path.at(-1) ?? '';
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else Reflect.deleteProperty(parent, last);
  } else {
    parent[last] = value;
  }
  return copy;
}

const serialize = (document: Json): Buffer => Buffer.from(`${JSON.stringify(document, null, 2)}\n`);

/** Each node replaced by each value of another type; each object field removed. */
export function* wrongTypes(original: Buffer): Generator<Mutant> {
  const document = JSON.parse(original.toString('utf8')) as Json;
  for (const path of nodes(document)) {
    const current = valueAt(document, path);
    const where = path.length === 0 ? '(root)' : path.join('.');
    for (const wrong of WRONG_VALUES) {
      if (typeOf(wrong) === typeOf(current)) continue;
      yield {
        kind: 'wrong-type',
        label: `${where} = ${JSON.stringify(wrong)}`,
        bytes: serialize(withValue(document, path, wrong)),
      };
    }
    if (typeof path.at(-1) === 'string') {
      yield {
        kind: 'missing-field',
        label: `${where} removed`,
        bytes: serialize(withValue(document, path, undefined)),
      };
    }
  }
}

export function* newerFormats(original: Buffer): Generator<Mutant> {
  const document = JSON.parse(original.toString('utf8')) as { [key: string]: Json };
  for (const version of [2, 3, 99]) {
    yield {
      kind: 'newer-format',
      label: `schemaVersion ${version}`,
      bytes: serialize({ ...document, schemaVersion: version }),
    };
  }
  // A newer Agendum may well have changed other fields too.
  yield {
    kind: 'newer-format',
    label: 'schemaVersion 2 with a reshaped meeting',
    bytes: serialize({ ...document, schemaVersion: 2, meeting: { venue: { city: 'Vienna' } } }),
  };
}
