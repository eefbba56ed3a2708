import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agendaFileFormat } from '../../../../../electron/main/library/agenda-files';
import { LibraryStore } from '../../../../../electron/main/library/library-store';
import {
  NewerFormatError,
  UnreadableFileError,
  ValidatedJsonFile,
  checkJsonText,
} from '../../../../../electron/main/library/validated-json-file';
import { AgendumError } from '../../../../../shared/ipc/agendum-error';
import { type Mutant, byteFlips, newerFormats, truncations, wrongTypes } from './fuzz-mutants';
import { FIXTURE_BYTES, temporaryFolder } from './test-library';

const FLIPS = 10_000;
const FLIP_SEED = 20_121_017;
/** One mutant in this many also goes through the real adapter on disk. */
const ON_DISK_EVERY = 15;

type Verdict = 'loaded' | 'set aside' | 'left as newer';

const format = agendaFileFormat();
const figures = new Map<string, Record<Verdict, number>>();

function count(kind: string, verdict: Verdict): void {
  const tally = figures.get(kind) ?? { loaded: 0, 'set aside': 0, 'left as newer': 0 };
  tally[verdict] += 1;
  figures.set(kind, tally);
}

/** The loader's verdict in memory: never throws, and always says why it refuses. */
function verdictInMemory(mutant: Mutant, problems: string[]): Verdict {
  const check = checkJsonText(mutant.bytes.toString('utf8'), format);
  switch (check.status) {
    case 'loaded':
    case 'upgraded':
      return 'loaded';
    case 'damaged':
      if (check.reason.length < 12) problems.push(`${mutant.label}: reason "${check.reason}"`);
      return 'set aside';
    case 'newer':
      if (!/made by a newer version of Agendum/.test(check.reason)) {
        problems.push(`${mutant.label}: reason "${check.reason}"`);
      }
      return 'left as newer';
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * The same mutant through the real adapter: the bytes are kept, in place or
 * under the new name. Buffer.equals, not toEqual: a deep compare of 18 kB per
 * mutant would cost more than all the rest.
 */
async function verdictOnDisk(folder: string, mutant: Mutant, n: number): Promise<Verdict> {
  const path = join(folder, `mutant-${n}.agendum`);
  await writeFile(path, mutant.bytes);
  const adapter = new ValidatedJsonFile(path, format);
  const kept = async (where: string) => (await readFile(where)).equals(mutant.bytes);
  try {
    const data = await adapter.read();
    if (data === null || !(await kept(path)))
      throw new Error(`${mutant.label}: loaded but changed`);
    await rm(path);
    return 'loaded';
  } catch (error) {
    if (error instanceof UnreadableFileError && error.setAsideAs !== null) {
      if ((await exists(path)) || !(await kept(error.setAsideAs))) {
        throw new Error(`${mutant.label}: not set aside whole`);
      }
      expect(error.message, mutant.label).toContain(error.reason);
      await rm(error.setAsideAs);
      return 'set aside';
    }
    if (error instanceof NewerFormatError) {
      if (!(await kept(path))) throw new Error(`${mutant.label}: newer file changed`);
      expect(error.message, mutant.label).toMatch(/made by a newer version of Agendum/);
      await rm(path);
      return 'left as newer';
    }
    throw error;
  }
}

let scratch: { path: string; remove: () => Promise<void> };
beforeAll(async () => {
  scratch = await temporaryFolder();
});
afterAll(async () => {
  await scratch.remove();
  const lines = [...figures].map(
    ([kind, tally]) =>
      `${kind}: ${tally.loaded} loaded, ${tally['set aside']} set aside, ${tally['left as newer']} left as newer`,
  );
  console.info(`Loader fuzz\n  ${lines.join('\n  ')}`);
});

describe('loader fuzz', () => {
  const families: readonly (readonly [string, () => Iterable<Mutant>])[] = [
    ['the seed truncated at every offset', () => truncations(FIXTURE_BYTES)],
    [`${FLIPS} random byte flips`, () => byteFlips(FIXTURE_BYTES, FLIPS, FLIP_SEED)],
    ['a wrong type in every field, and every field missing', () => wrongTypes(FIXTURE_BYTES)],
    ['a newer schema version', () => newerFormats(FIXTURE_BYTES)],
  ];

  it.each(families)(
    '%s: no exception, bytes kept, a reason given',
    async (_name, mutants) => {
      // Plain checks in the loop: an expect() per mutant would cost more than the loader.
      const problems: string[] = [];
      let n = 0;
      for (const mutant of mutants()) {
        const inMemory = verdictInMemory(mutant, problems);
        count(`${mutant.kind} (in memory)`, inMemory);
        if (n % ON_DISK_EVERY === 0 || mutant.kind === 'newer-format') {
          const onDisk = await verdictOnDisk(scratch.path, mutant, n);
          if (onDisk !== inMemory)
            problems.push(`${mutant.label}: ${onDisk} on disk, ${inMemory} in memory`);
          count(`${mutant.kind} (on disk)`, onDisk);
        }
        n += 1;
      }
      expect(n).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    },
    120_000,
  );

  it('the truncations are all refused but the one that only drops the final newline', () => {
    const tally = figures.get('truncated (in memory)');
    expect(tally).toEqual({ loaded: 1, 'set aside': FIXTURE_BYTES.length - 1, 'left as newer': 0 });
  });

  /** Some of each family, so that the sample covers every kind of damage. */
  function sample(): Mutant[] {
    const pick = (mutants: Iterable<Mutant>, every: number): Mutant[] =>
      [...mutants].filter((_mutant, index) => index % every === 0);
    return [
      ...pick(truncations(FIXTURE_BYTES), 2_000),
      ...pick(byteFlips(FIXTURE_BYTES, 400, FLIP_SEED + 1), 40),
      ...pick(wrongTypes(FIXTURE_BYTES), 300),
      ...newerFormats(FIXTURE_BYTES),
    ];
  }

  it('a library full of damaged files copied in still opens, and says what it set aside', async () => {
    const folder = await temporaryFolder();
    try {
      const store = new LibraryStore(folder.path);
      const good = await store.create('Good', 'standard');
      const mutants = sample();
      await mkdir(join(folder.path, 'agendas'), { recursive: true });
      for (const [n, mutant] of mutants.entries()) {
        await writeFile(join(folder.path, 'agendas', `m${n}.agendum`), mutant.bytes);
      }
      const reopened = new LibraryStore(folder.path);
      const { entries, notices } = await reopened.list();
      const verdicts = mutants.map((mutant) => verdictInMemory(mutant, []));
      const listed = new Set(entries.map((entry) => entry.id));
      expect(listed.has(good.id)).toBe(true);
      for (const [n, mutant] of mutants.entries()) {
        expect(listed.has(`m${n}`), mutant.label).toBe(verdicts[n] !== 'set aside');
      }
      expect(notices).toHaveLength(verdicts.filter((verdict) => verdict === 'set aside').length);
      for (const notice of notices) {
        const n = Number(/m(\d+)\.agendum$/.exec(notice.file)?.[1]);
        expect(await readFile(notice.setAsideAs)).toEqual(mutants[n]?.bytes);
        expect(notice.reason.length).toBeGreaterThan(8);
      }
      for (const [n, mutant] of mutants.entries()) {
        if (verdicts[n] === 'loaded') expect((await reopened.load(`m${n}`)).id).toBe(`m${n}`);
        if (verdicts[n] === 'left as newer') {
          await expect(reopened.load(`m${n}`), mutant.label).rejects.toMatchObject({
            code: 'corrupt-file',
            message: expect.stringMatching(/made by a newer version of Agendum/) as unknown,
          });
        }
      }
      expect((await reopened.load(good.id)).items).toHaveLength(3);
    } finally {
      await folder.remove();
    }
  });

  it('agendas of the library damaged in place are set aside when opened, one by one', async () => {
    const folder = await temporaryFolder();
    try {
      const store = new LibraryStore(folder.path);
      const good = await store.create('Good', 'standard');
      const mutants = sample();
      const ids: string[] = [];
      for (const mutant of mutants) {
        const { id } = await store.create(mutant.label, 'blank');
        await writeFile(join(folder.path, 'agendas', `${id}.agendum`), mutant.bytes);
        ids.push(id);
      }
      const reopened = new LibraryStore(folder.path);
      expect((await reopened.list()).entries).toHaveLength(mutants.length + 1);
      for (const [n, mutant] of mutants.entries()) {
        const id = ids[n] ?? '';
        const path = join(folder.path, 'agendas', `${id}.agendum`);
        const outcome: unknown = await reopened.load(id).then(
          () => 'loaded',
          (error: unknown) => error,
        );
        if (outcome === 'loaded') {
          expect(await readFile(path), mutant.label).toEqual(mutant.bytes);
          continue;
        }
        expect(outcome, mutant.label).toBeInstanceOf(AgendumError);
        const { code, message } = outcome as AgendumError;
        expect(code, mutant.label).toBe('corrupt-file');
        if (/newer version/.test(message)) {
          expect(await readFile(path), mutant.label).toEqual(mutant.bytes);
        } else {
          const kept = /kept, unchanged, as (\S+) in the same folder/.exec(message)?.[1] ?? '';
          expect(message, mutant.label).toMatch(/could not be read \(.+\); it was kept/);
          expect(await readFile(join(folder.path, 'agendas', kept)), mutant.label).toEqual(
            mutant.bytes,
          );
        }
      }
      const after = await reopened.list();
      expect(after.entries.map((entry) => entry.id)).toContain(good.id);
      expect((await reopened.load(good.id)).items).toHaveLength(3);
    } finally {
      await folder.remove();
    }
  });
});
