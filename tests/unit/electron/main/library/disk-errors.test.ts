import { cp, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  diskError,
  diskErrorMessage,
  isDiskError,
} from '../../../../../electron/main/library/disk-error-message';
import { retryTransient } from '../../../../../electron/main/library/durable-file';
import { LibraryStore } from '../../../../../electron/main/library/library-store';
import { AgendumError } from '../../../../../shared/ipc/agendum-error';
import type { Agenda } from '../../../../../shared/model/agenda';
import { serializeAgenda } from '../../../../../shared/model/serialize';
import {
  FaultyFileSystem,
  type FaultyMethod,
  QUICK_RETRIES,
  TestClock,
  filesUnder,
  fsError,
  isTemporaryFile,
  seedAgenda,
  temporaryFolder,
} from './test-library';

/** The six failures the issue names, and the plain words the user must read for each. */
const CODES: readonly (readonly [string, RegExp])[] = [
  ['ENOSPC', /the disk is full/],
  ['EACCES', /permission refused/],
  ['EPERM', /permission refused/],
  ['EBUSY', /in use by another program/],
  ['EIO', /read or write failure/],
  ['EXDEV', /from one disk to another/],
];

const METHODS: readonly FaultyMethod[] = [
  'open',
  'handle.writeFile',
  'handle.sync',
  'rename',
  'rm',
  'mkdir',
  'readdir',
  'readFile',
  'stat',
  'link',
];

describe('diskErrorMessage', () => {
  it('names each cause in plain words, with the code for support', () => {
    for (const [code, words] of CODES) {
      const message = diskErrorMessage(fsError(code, 'write', '/x'));
      expect(message.toLowerCase()).toMatch(words);
      expect(message).toContain(`(${code})`);
    }
    expect(diskErrorMessage(fsError('ETIMEDOUT', 'open', '/x'))).toMatch(/cannot be reached/);
    expect(diskErrorMessage(fsError('EWHATEVER', 'open', '/x'))).toMatch(/unexpected problem/);
    expect(diskErrorMessage(new Error('no code'))).toMatch(/unexpected problem/);
    expect(isDiskError(fsError('EIO', 'read', '/x'))).toBe(true);
    expect(isDiskError(new Error('plain'))).toBe(false);
  });

  it('makes an AgendumError of code "disk" that starts with what failed', () => {
    const error = diskError(
      fsError('ENOSPC', 'write', '/x'),
      'The agenda could not be saved',
      'Kept.',
    );
    expect(error).toBeInstanceOf(AgendumError);
    expect(error.code).toBe('disk');
    expect(error.message).toBe('The agenda could not be saved: the disk is full (ENOSPC). Kept.');
  });
});

describe('retryTransient', () => {
  it('retries EBUSY and EPERM, and nothing else', async () => {
    let calls = 0;
    const value = await retryTransient(() => {
      calls += 1;
      if (calls <= 2)
        return Promise.reject(fsError(calls === 1 ? 'EBUSY' : 'EPERM', 'rename', '/x'));
      return Promise.resolve('done');
    }, QUICK_RETRIES);
    expect([value, calls]).toEqual(['done', 3]);

    let ioCalls = 0;
    await expect(
      retryTransient(() => {
        ioCalls += 1;
        return Promise.reject(fsError('EIO', 'rename', '/x'));
      }, QUICK_RETRIES),
    ).rejects.toMatchObject({ code: 'EIO' });
    expect(ioCalls).toBe(1);
  });

  it('gives up after several seconds of an EBUSY that does not clear', async () => {
    let calls = 0;
    const started = Date.now();
    await expect(
      retryTransient(() => {
        calls += 1;
        return Promise.reject(fsError('EBUSY', 'rename', '/x'));
      }, [10, 20, 40]),
    ).rejects.toMatchObject({ code: 'EBUSY' });
    expect(calls).toBe(4);
    expect(Date.now() - started).toBeGreaterThanOrEqual(60);
  });
});

interface Library {
  readonly target: string;
  readonly bystander: string;
  readonly trashId: string;
  readonly firstVersion: string;
  readonly savedTwice: Agenda;
  readonly firstSave: Agenda;
}

/** One operation of the store, and how to finish it once the disk is healthy again. */
interface Operation {
  readonly name: string;
  readonly action: RegExp;
  run(store: LibraryStore, library: Library): Promise<unknown>;
  /** After the disk heals: complete the operation if it failed, and check the result. */
  settle(store: LibraryStore, library: Library, failed: boolean, folder: string): Promise<void>;
}

const edited = (library: Library): Agenda => ({
  ...library.savedTwice,
  meeting: { ...library.savedTwice.meeting, title: 'Edited during the failure' },
  header: { ...library.savedTwice.header, symbol: 'CTOC/COP/WG.2/2012/1/Rev.1' },
});

async function names(store: LibraryStore): Promise<string[]> {
  return (await store.list()).entries.map((entry) => entry.name).sort();
}

const OPERATIONS: readonly Operation[] = [
  {
    name: 'save',
    action: /^The agenda could not be saved: .*still in the editor/,
    run: (store, library) => store.save(edited(library)),
    settle: async (store, library, failed, folder) => {
      if (failed) await store.save(edited(library));
      const bytes = await readFile(join(folder, 'agendas', `${library.target}.agendum`), 'utf8');
      expect(bytes).toBe(serializeAgenda(edited(library)));
      const entry = (await new LibraryStore(folder).list()).entries.find(
        (candidate) => candidate.id === library.target,
      );
      expect(entry?.symbol).toBe('CTOC/COP/WG.2/2012/1/Rev.1');
    },
  },
  {
    name: 'create',
    action: /^The new agenda could not be created: /,
    run: (store) => store.create('Brand new', 'standard'),
    settle: async (store, _library, failed, folder) => {
      if (failed) await store.create('Brand new', 'standard');
      expect(await names(new LibraryStore(folder))).toEqual(['Brand new', 'Bystander', 'Target']);
    },
  },
  {
    name: 'rename',
    action: /^The agenda could not be renamed: /,
    run: (store, library) => store.rename(library.target, 'Renamed'),
    settle: async (store, library, failed, folder) => {
      if (failed) {
        expect(await names(store)).toEqual(['Bystander', 'Target']);
        await store.rename(library.target, 'Renamed');
      }
      expect(await names(new LibraryStore(folder))).toEqual(['Bystander', 'Renamed']);
    },
  },
  {
    name: 'duplicate',
    action: /^The agenda could not be duplicated: /,
    run: (store, library) => store.duplicate(library.target),
    settle: async (store, library, failed, folder) => {
      if (failed) await store.duplicate(library.target);
      expect(await names(new LibraryStore(folder))).toEqual([
        'Bystander',
        'Target',
        'Target (copy)',
      ]);
    },
  },
  {
    name: 'delete',
    action: /^The agenda could not be moved to the trash: /,
    run: (store, library) => store.delete(library.target),
    settle: async (store, library, failed, folder) => {
      if (failed) await store.delete(library.target);
      const fresh = new LibraryStore(folder);
      expect(await names(fresh)).toEqual(['Bystander']);
      const trashed = (await fresh.listTrash()).find((entry) => entry.id === library.target);
      expect(trashed?.name).toBe('Target');
    },
  },
  {
    name: 'load',
    action: /^The agenda could not be opened: /,
    run: (store, library) => store.load(library.target),
    settle: async (store, library) => {
      expect(await store.load(library.target)).toEqual(library.savedTwice);
    },
  },
  {
    name: 'list',
    action: /^The library could not be read: /,
    run: (store) => store.list(),
    settle: async (store) => {
      expect(await names(store)).toEqual(['Bystander', 'Target']);
    },
  },
  {
    name: 'openForEditing',
    action: /^The agenda could not be opened for editing: /,
    run: (store, library) => store.openForEditing(library.target),
    settle: async (store, library) => {
      expect(await store.openForEditing(library.target)).toEqual({ readOnly: false });
    },
  },
  {
    name: 'restoreVersion',
    action: /^This version could not be restored: /,
    run: (store, library) => store.restoreVersion(library.target, library.firstVersion),
    settle: async (store, library, failed) => {
      if (failed) await store.restoreVersion(library.target, library.firstVersion);
      expect(await store.load(library.target)).toEqual(library.firstSave);
    },
  },
  {
    name: 'restoreFromTrash',
    action: /^The agenda could not be restored from the trash: /,
    run: (store, library) => store.restoreFromTrash(library.trashId),
    settle: async (store, library, failed, folder) => {
      if (failed) await store.restoreFromTrash(library.trashId);
      expect(await names(new LibraryStore(folder))).toEqual(['Bystander', 'Target', 'Trashed']);
    },
  },
  {
    name: 'listVersions',
    action: /^The history of the agenda could not be read: /,
    run: (store, library) => store.listVersions(library.target),
    settle: async (store, library) => {
      expect((await store.listVersions(library.target)).length).toBeGreaterThanOrEqual(2);
    },
  },
  {
    name: 'listTrash',
    action: /^The trash could not be read: /,
    run: (store) => store.listTrash(),
    settle: async (store) => {
      expect(await store.listTrash()).toHaveLength(1);
    },
  },
];

describe('LibraryStore under injected file-system errors', () => {
  let template: { path: string; remove: () => Promise<void> };
  let library: Library;
  let bystanderBytes: Buffer;
  const counts = { failed: 0, tolerated: 0 };

  beforeAll(async () => {
    template = await temporaryFolder();
    const clock = new TestClock();
    const store = new LibraryStore(template.path, undefined, { now: clock.now });
    const target = await store.create('Target', 'blank');
    const bystander = await store.create('Bystander', 'standard');
    const trashed = await store.create('Trashed', 'standard');
    const firstSave = { ...seedAgenda(), id: target.id };
    await store.save(firstSave);
    clock.advance(60_000);
    const savedTwice = { ...firstSave, settings: { numberParagraphs: true } };
    await store.save(savedTwice);
    await store.delete(trashed.id);
    await store.releaseAll();
    const versions = await store.listVersions(target.id);
    const firstVersion = versions.filter((version) => version.kind === 'save').at(-1)?.versionId;
    const trashId = (await store.listTrash())[0]?.trashId;
    if (!firstVersion || !trashId) throw new Error('the template library is incomplete');
    library = {
      target: target.id,
      bystander: bystander.id,
      trashId,
      firstVersion,
      firstSave,
      savedTwice,
    };
    bystanderBytes = await readFile(join(template.path, 'agendas', `${bystander.id}.agendum`));
  });

  afterAll(async () => {
    await template.remove();
    // Each failure was either reported or did not touch the operation at all.
    expect(counts.failed).toBeGreaterThan(200);
    expect(counts.tolerated).toBeGreaterThan(0);
  });

  describe.each(OPERATIONS)('$name', (operation) => {
    it.each(CODES)(
      '%s on every file-system call: a clear message, then success',
      async (code, words) => {
        for (const method of METHODS) {
          const folder = await temporaryFolder();
          try {
            await cp(template.path, folder.path, { recursive: true });
            const faulty = new FaultyFileSystem();
            const store = new LibraryStore(folder.path, faulty.fs, {
              retryDelaysMs: QUICK_RETRIES,
            });
            faulty.inject({ method, code });
            const failure: unknown = await operation.run(store, library).then(
              () => null,
              (error: unknown) => error,
            );
            const where = `${operation.name} with ${code} on ${method}`;
            if (failure === null) {
              counts.tolerated += 1;
            } else {
              counts.failed += 1;
              expect(failure, where).toBeInstanceOf(AgendumError);
              const { code: kind, message } = failure as AgendumError;
              expect(kind, `${where}: ${message}`).toBe('disk');
              expect(message, where).toMatch(operation.action);
              expect(message.toLowerCase(), where).toMatch(words);
            }
            faulty.heal();
            await operation.settle(store, library, failure !== null, folder.path);
            // A file system that refuses to remove anything keeps a lock's draft; nothing else.
            const strays = (await filesUnder(folder.path)).filter(isTemporaryFile);
            expect(
              method === 'rm' ? strays.filter((name) => !name.includes('.lock.')) : strays,
              where,
            ).toEqual([]);
            const agendas = await readdir(join(folder.path, 'agendas'));
            expect(
              agendas.filter((name) => name.includes('.unreadable-')),
              where,
            ).toEqual([]);
            const bystander = join(folder.path, 'agendas', `${library.bystander}.agendum`);
            expect((await readFile(bystander)).equals(bystanderBytes), where).toBe(true);
          } finally {
            await folder.remove();
          }
        }
      },
    );
  });

  it('saves through a rename that fails twice with EBUSY and then works', async () => {
    const folder = await temporaryFolder();
    try {
      await cp(template.path, folder.path, { recursive: true });
      const faulty = new FaultyFileSystem();
      const store = new LibraryStore(folder.path, faulty.fs, { retryDelaysMs: [5, 10, 20] });
      faulty.inject({
        method: 'rename',
        code: 'EBUSY',
        times: 2,
        when: (path) => path.endsWith('.tmp'),
      });
      await store.save(edited(library));
      expect(faulty.failures).toHaveLength(2);
      const bytes = await readFile(
        join(folder.path, 'agendas', `${library.target}.agendum`),
        'utf8',
      );
      expect(bytes).toBe(serializeAgenda(edited(library)));
    } finally {
      await folder.remove();
    }
  });
});
