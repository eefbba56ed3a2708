import { readFile, readdir, writeFile, mkdir, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryStore } from '../../../../../electron/main/library/library-store';
import { AgendumError } from '../../../../../shared/ipc/agendum-error';
import { serializeAgenda } from '../../../../../shared/model/serialize';
import {
  FIXTURE_BYTES,
  FaultyFileSystem,
  QUICK_RETRIES,
  TestClock,
  filesUnder,
  isTemporaryFile,
  seedAgenda,
  temporaryFolder,
} from './test-library';

let folder: { path: string; remove: () => Promise<void> };
beforeEach(async () => {
  folder = await temporaryFolder();
});
afterEach(async () => {
  await folder.remove();
});

function agendaPath(id: string): string {
  return join(folder.path, 'agendas', `${id}.agendum`);
}

async function rejection(promise: Promise<unknown>): Promise<AgendumError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof AgendumError))
    throw new Error(`expected an AgendumError, got ${String(error)}`);
  return error;
}

/** Puts the seed fixture in the library folder as if copied in by hand. */
async function copySeedIn(id = 'ctoc-wg2-2012'): Promise<void> {
  await mkdir(join(folder.path, 'agendas'), { recursive: true });
  await writeFile(agendaPath(id), FIXTURE_BYTES);
}

describe('LibraryStore round trip', () => {
  it('creates, lists, saves, renames, duplicates, deletes and loads across restarts', async () => {
    const store = new LibraryStore(folder.path);
    const created = await store.create('  WG.2 2012 ', 'standard');
    expect(created.name).toBe('WG.2 2012');
    expect((await store.list()).entries.map((entry) => entry.id)).toEqual([created.id]);

    const agenda = await store.load(created.id);
    expect(agenda.items.map((item) => item.title)).toEqual([
      'Organizational matters',
      'Other matters',
      'Adoption of the report',
    ]);
    const seed = seedAgenda();
    const edited = { ...seed, id: created.id };
    await store.save(edited);
    expect(await readFile(agendaPath(created.id), 'utf8')).toBe(serializeAgenda(edited));

    const listed = (await store.list()).entries[0];
    expect(listed).toMatchObject({
      symbol: 'CTOC/COP/WG.2/2012/1',
      meetingTitle: 'Working Group of Government Experts on Technical Assistance',
    });

    await store.rename(created.id, 'Technical assistance, 2012');
    const copy = await store.duplicate(created.id);
    expect(copy.name).toBe('Technical assistance, 2012 (copy)');
    expect(copy.id).not.toBe(created.id);
    expect({ ...(await store.load(copy.id)), id: created.id }).toEqual(edited);

    // A second instance, as after a restart, sees what the first wrote.
    const restarted = new LibraryStore(folder.path);
    const names = (await restarted.list()).entries.map((entry) => entry.name).sort();
    expect(names).toEqual(['Technical assistance, 2012', 'Technical assistance, 2012 (copy)']);
    expect(await restarted.load(created.id)).toEqual(edited);

    await store.delete(copy.id);
    expect((await store.list()).entries.map((entry) => entry.id)).toEqual([created.id]);
    const trash = await store.listTrash();
    expect(trash).toHaveLength(1);
    expect(trash[0]).toMatchObject({ id: copy.id, name: 'Technical assistance, 2012 (copy)' });
    expect((await new LibraryStore(folder.path).list()).entries).toHaveLength(1);
    expect(await filesUnder(folder.path)).not.toContain(`agendas/${copy.id}.agendum`);
  });

  it('restores a deleted agenda from the trash, under a new id if its own came back', async () => {
    const store = new LibraryStore(folder.path);
    const created = await store.create('Session', 'blank');
    const agenda = { ...seedAgenda(), id: created.id };
    await store.save(agenda);
    await store.delete(created.id);
    const [trashed] = await store.listTrash();
    if (!trashed) throw new Error('nothing in the trash');

    const restored = await store.restoreFromTrash(trashed.trashId);
    expect(restored).toMatchObject({ id: created.id, name: 'Session' });
    expect(await store.load(created.id)).toEqual(agenda);
    expect(await store.listTrash()).toEqual([]);
    await expect(store.restoreFromTrash(trashed.trashId)).rejects.toMatchObject({
      code: 'not-found',
    });

    // Deleted, restored once by hand (copied back), then restored again: a new id, nothing replaced.
    await store.delete(created.id);
    const [again] = await store.listTrash();
    if (!again) throw new Error('nothing in the trash');
    await writeFile(agendaPath(created.id), serializeAgenda(agenda));
    const second = new LibraryStore(folder.path);
    const copy = await second.restoreFromTrash(again.trashId);
    expect(copy.id).not.toBe(created.id);
    expect({ ...(await second.load(copy.id)), id: created.id }).toEqual(agenda);
    expect((await second.list()).entries).toHaveLength(2);
  });

  it('deletes an agenda in the trash for good, its history with it unless another copy remains', async () => {
    const store = new LibraryStore(folder.path);
    const created = await store.create('Session', 'blank');
    await store.save({ ...seedAgenda(), id: created.id });
    await store.nameVersion(created.id, 'sent to the Bureau');
    const history = join(folder.path, 'history', created.id);
    await store.delete(created.id);

    // A copy of the same agenda comes back into the library by hand: its history stays.
    const [first] = await store.listTrash();
    if (!first) throw new Error('nothing in the trash');
    await writeFile(agendaPath(created.id), serializeAgenda({ ...seedAgenda(), id: created.id }));
    const withCopy = new LibraryStore(folder.path);
    await withCopy.list();
    await withCopy.deleteFromTrash(first.trashId);
    expect(await withCopy.listTrash()).toEqual([]);
    expect((await filesUnder(history)).length).toBeGreaterThan(0);

    // The last copy deleted for good: nothing of it is left.
    await withCopy.delete(created.id);
    const [last] = await withCopy.listTrash();
    if (!last) throw new Error('nothing in the trash');
    await withCopy.deleteFromTrash(last.trashId);
    expect(await withCopy.listTrash()).toEqual([]);
    expect(await filesUnder(folder.path)).not.toContainEqual(expect.stringContaining(created.id));
    await expect(withCopy.deleteFromTrash(last.trashId)).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(withCopy.deleteFromTrash('../agendas/x')).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('refuses ids that are not in the library or the trash', async () => {
    const store = new LibraryStore(folder.path);
    await expect(store.load('missing')).rejects.toMatchObject({ code: 'not-found' });
    await expect(store.save({ ...seedAgenda(), id: 'missing' })).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(store.restoreFromTrash('../../etc/passwd')).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});

describe('LibraryStore with damaged files', () => {
  it('sets a damaged agenda aside unchanged, says why, and keeps the rest of the library', async () => {
    const store = new LibraryStore(folder.path);
    const good = await store.create('Good', 'standard');
    const bad = await store.create('Bad', 'standard');
    const damaged = Buffer.from('{"schemaVersion": 1, "id": "x", "header": {');
    await writeFile(agendaPath(bad.id), damaged);

    const restarted = new LibraryStore(folder.path);
    const error = await rejection(restarted.load(bad.id));
    expect(error.code).toBe('corrupt-file');
    expect(error.message).toMatch(/not valid JSON/);
    expect(error.message).toMatch(/unreadable-/);

    const files = await readdir(join(folder.path, 'agendas'));
    const setAside = files.find((name) => name.startsWith(`${bad.id}.agendum.unreadable-`));
    expect(setAside).toBeDefined();
    expect(await readFile(join(folder.path, 'agendas', setAside ?? ''))).toEqual(damaged);
    expect(files).not.toContain(`${bad.id}.agendum`);

    expect((await restarted.list()).entries.map((entry) => entry.id)).toEqual([good.id]);
    expect((await restarted.load(good.id)).items).toHaveLength(3);
  });

  it('reports a file of the wrong shape with the place that is wrong', async () => {
    await copySeedIn();
    const wrong = JSON.parse(FIXTURE_BYTES.toString('utf8')) as { items: { title: unknown }[] };
    const first = wrong.items[0];
    if (first) first.title = 42;
    const bytes = Buffer.from(JSON.stringify(wrong));
    await writeFile(agendaPath('copied-in'), bytes);

    const store = new LibraryStore(folder.path);
    const { entries, notices } = await store.list();
    expect(entries.map((entry) => entry.id)).toEqual(['ctoc-wg2-2012']);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.reason).toMatch(/at items\.0\.title/);
    expect(await readFile(notices[0]?.setAsideAs ?? '')).toEqual(bytes);
    // Told once.
    expect((await store.list()).notices).toEqual([]);
  });

  it('never lets two files set aside in the same millisecond share a name', async () => {
    const clock = new TestClock();
    const store = new LibraryStore(folder.path, undefined, { now: clock.now });
    const first = await store.create('One', 'blank');
    await writeFile(agendaPath(first.id), 'garbage one');
    await expect(store.load(first.id)).rejects.toMatchObject({ code: 'corrupt-file' });
    const second = await store.create('Two', 'blank');
    await writeFile(agendaPath(first.id), 'garbage two');
    await writeFile(agendaPath(second.id), 'garbage three');
    const restarted = new LibraryStore(folder.path, undefined, { now: clock.now });
    await expect(restarted.load(second.id)).rejects.toMatchObject({ code: 'corrupt-file' });
    const { notices } = await restarted.list();
    expect(notices.map((notice) => notice.reason)).toEqual([
      expect.stringMatching(/not valid JSON/),
    ]);
    const kept = (await readdir(join(folder.path, 'agendas'))).filter((name) =>
      name.includes('.unreadable-'),
    );
    expect(kept).toHaveLength(3);
    const contents = await Promise.all(
      kept.map((name) => readFile(join(folder.path, 'agendas', name), 'utf8')),
    );
    expect(contents.sort()).toEqual(['garbage one', 'garbage three', 'garbage two']);
  });

  it('sets a damaged library.json aside and rebuilds the list from the agenda files', async () => {
    const store = new LibraryStore(folder.path);
    const one = await store.create('One', 'standard');
    await store.save({ ...seedAgenda(), id: one.id });
    await copySeedIn('copied');
    const damagedIndex = Buffer.from('{"schemaVersion":1,"entries":[{"id":');
    await writeFile(join(folder.path, 'library.json'), damagedIndex);

    const restarted = new LibraryStore(folder.path);
    const { entries, notices } = await restarted.list();
    expect(entries.map((entry) => entry.id).sort()).toEqual(['copied', one.id].sort());
    expect(entries[0]?.name).toBe('Working Group of Government Experts on Technical Assistance');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.file).toMatch(/library\.json$/);
    expect(await readFile(notices[0]?.setAsideAs ?? '')).toEqual(damagedIndex);
    // The rebuilt index is on disk.
    const rebuilt = JSON.parse(await readFile(join(folder.path, 'library.json'), 'utf8')) as {
      entries: unknown[];
    };
    expect(rebuilt.entries).toHaveLength(2);
  });

  it('lists the files copied in by hand with one write of library.json', async () => {
    const store = new LibraryStore(folder.path);
    const kept = await store.create('Kept', 'standard');
    await writeFile(
      join(folder.path, 'library.json'),
      JSON.stringify({
        schemaVersion: 1,
        entries: [
          { id: kept.id, name: 'Kept', symbol: '', meetingTitle: '' },
          { id: 'gone', name: 'Gone', symbol: '', meetingTitle: '' },
        ],
      }),
    );
    for (const id of ['copied-1', 'copied-2', 'copied-3']) await copySeedIn(id);

    const faulty = new FaultyFileSystem();
    const { entries } = await new LibraryStore(folder.path, faulty.fs).list();
    expect(entries.map((entry) => entry.id).sort()).toEqual(
      ['copied-1', 'copied-2', 'copied-3', kept.id].sort(),
    );
    const indexWrites = faulty.calls.filter((call) => /^rename .*library\.json/.test(call));
    expect(indexWrites).toHaveLength(1);
  });

  it('leaves a file of a newer format where it is, says so, and never writes over it', async () => {
    const newer = FIXTURE_BYTES.toString('utf8').replace(
      '"schemaVersion": 1',
      '"schemaVersion": 7',
    );
    await copySeedIn();
    await writeFile(agendaPath('from-the-future'), newer);
    const store = new LibraryStore(folder.path);
    const { entries } = await store.list();
    expect(entries.map((entry) => entry.id).sort()).toEqual(['ctoc-wg2-2012', 'from-the-future']);

    const error = await rejection(store.load('from-the-future'));
    expect(error.code).toBe('corrupt-file');
    expect(error.message).toMatch(/made by a newer version of Agendum/);
    expect(error.message).toMatch(/format 7/);

    const blind = new LibraryStore(folder.path);
    await blind.list();
    const refused = await rejection(blind.save({ ...seedAgenda(), id: 'from-the-future' }));
    expect(refused.message).toMatch(/newer version of Agendum/);
    expect(await readFile(agendaPath('from-the-future'), 'utf8')).toBe(newer);
    expect(await store.load('ctoc-wg2-2012')).toEqual(seedAgenda());
  });

  it('sets aside a damaged file that a save would have written over, and says so', async () => {
    const store = new LibraryStore(folder.path);
    const { id } = await store.create('Session', 'blank');
    await writeFile(agendaPath(id), 'damaged by another program');
    const restarted = new LibraryStore(folder.path);
    const agenda = { ...seedAgenda(), id };
    await restarted.save(agenda);
    expect(await readFile(agendaPath(id), 'utf8')).toBe(serializeAgenda(agenda));
    const { notices } = await restarted.list();
    expect(notices).toHaveLength(1);
    expect(await readFile(notices[0]?.setAsideAs ?? '', 'utf8')).toBe('damaged by another program');
  });

  it('reads a file with a byte-order mark in front', async () => {
    await mkdir(join(folder.path, 'agendas'), { recursive: true });
    await writeFile(agendaPath('notepad'), `\uFEFF${FIXTURE_BYTES.toString('utf8')}`);
    const store = new LibraryStore(folder.path);
    expect((await store.load('notepad')).header.symbol).toBe('CTOC/COP/WG.2/2012/1');
  });
});

describe('LibraryStore writes cut short', () => {
  it('keeps the previous file when a write fails halfway, and leaves no temporary file', async () => {
    const faulty = new FaultyFileSystem();
    const store = new LibraryStore(folder.path, faulty.fs, { retryDelaysMs: QUICK_RETRIES });
    const { id } = await store.create('Session', 'standard');
    const before = await readFile(agendaPath(id));
    const edited = { ...seedAgenda(), id };

    faulty.inject({ method: 'handle.writeFile', code: 'ENOSPC', partial: true, times: 1 });
    const error = await rejection(store.save(edited));
    expect(error.code).toBe('disk');
    expect(error.message).toMatch(/disk is full/);
    expect(await readFile(agendaPath(id))).toEqual(before);
    expect((await filesUnder(folder.path)).filter(isTemporaryFile)).toEqual([]);

    faulty.inject({
      method: 'rename',
      code: 'EIO',
      times: 1,
      when: (path) => path.endsWith('.tmp'),
    });
    await expect(store.save(edited)).rejects.toMatchObject({ code: 'disk' });
    expect(await readFile(agendaPath(id))).toEqual(before);
    expect((await filesUnder(folder.path)).filter(isTemporaryFile)).toEqual([]);

    // The draft the caller kept is written by the next save.
    await store.save(edited);
    expect(await readFile(agendaPath(id), 'utf8')).toBe(serializeAgenda(edited));
    expect((await new LibraryStore(folder.path).list()).entries[0]?.symbol).toBe(
      'CTOC/COP/WG.2/2012/1',
    );
  });

  it('removes the temporary files a crash left, but not those another instance is writing', async () => {
    const store = new LibraryStore(folder.path);
    await store.create('Session', 'blank');
    const agendas = join(folder.path, 'agendas');
    const abandoned = join(agendas, '.x.agendum.999999999-0123456789ab.tmp');
    const oldStyle = join(agendas, '.x.agendum.0123456789ab.tmp');
    const inProgress = join(agendas, `.x.agendum.${process.ppid}-0123456789ab.tmp`);
    for (const path of [abandoned, oldStyle, inProgress]) await writeFile(path, 'partial');
    const hourAgo = new Date(Date.now() - 2 * 60 * 60 * 1_000);
    await utimes(oldStyle, hourAgo, hourAgo);

    await new LibraryStore(folder.path).list();
    const left = await readdir(agendas);
    expect(left).not.toContain('.x.agendum.999999999-0123456789ab.tmp');
    expect(left).not.toContain('.x.agendum.0123456789ab.tmp');
    expect(left).toContain(`.x.agendum.${process.ppid}-0123456789ab.tmp`);
  });
});
