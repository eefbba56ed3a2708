import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryStore } from '../../../../../electron/main/library/library-store';
import type { Agenda } from '../../../../../shared/model/agenda';
import { serializeAgenda } from '../../../../../shared/model/serialize';
import { FaultyFileSystem, TestClock, seedAgenda, temporaryFolder } from './test-library';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;

let folder: { path: string; remove: () => Promise<void> };
let clock: TestClock;
let store: LibraryStore;
let id: string;

beforeEach(async () => {
  folder = await temporaryFolder();
  clock = new TestClock();
  store = new LibraryStore(folder.path, undefined, { now: clock.now });
  id = (await store.create('Session', 'blank')).id;
});
afterEach(async () => {
  await folder.remove();
});

function version(n: number): Agenda {
  const seed = seedAgenda();
  return { ...seed, id, meeting: { ...seed.meeting, title: `Draft ${n}` } };
}

describe('version history', () => {
  it('keeps the last 20 saves and one snapshot per 5 minutes of editing', async () => {
    // 45 saves, 10 seconds apart: 7 minutes 20 seconds of editing.
    for (let n = 1; n <= 45; n += 1) {
      await store.save(version(n));
      clock.advance(10 * SECOND);
    }
    const versions = await store.listVersions(id);
    const saves = versions.filter((entry) => entry.kind === 'save');
    const snapshots = versions.filter((entry) => entry.kind === 'snapshot');
    expect(saves).toHaveLength(20);
    expect(snapshots.map((entry) => entry.savedAt)).toEqual([
      '2012-10-17T08:05:00.000Z',
      '2012-10-17T08:00:00.000Z',
    ]);
    expect(saves[0]?.savedAt).toBe('2012-10-17T08:07:20.000Z');
    expect(saves[0]?.size).toBe(Buffer.byteLength(serializeAgenda(version(45))));
    // Newest first, whatever the kind.
    const times = versions.map((entry) => entry.savedAt);
    expect([...times].sort().reverse()).toEqual(times);

    const newestSave = saves[0]?.versionId ?? '';
    const oldestSave = saves.at(-1)?.versionId ?? '';
    const firstSnapshot = snapshots.at(-1)?.versionId ?? '';
    expect((await store.readVersion(id, newestSave)).meeting.title).toBe('Draft 45');
    expect((await store.readVersion(id, oldestSave)).meeting.title).toBe('Draft 26');
    expect((await store.readVersion(id, firstSnapshot)).meeting.title).toBe('Draft 1');
  });

  it('keeps snapshots 30 days, and the last saves however old', async () => {
    for (let n = 1; n <= 3; n += 1) {
      await store.save(version(n));
      clock.advance(6 * MINUTE);
    }
    expect(
      (await store.listVersions(id)).filter((entry) => entry.kind === 'snapshot'),
    ).toHaveLength(3);
    clock.advance(31 * DAY);
    await store.save(version(4));
    const versions = await store.listVersions(id);
    expect(versions.filter((entry) => entry.kind === 'save')).toHaveLength(4);
    expect(versions.filter((entry) => entry.kind === 'snapshot')).toHaveLength(1);
  });

  it('tells apart saves made in the same millisecond', async () => {
    for (let n = 1; n <= 3; n += 1) await store.save(version(n));
    const saves = (await store.listVersions(id)).filter((entry) => entry.kind === 'save');
    const titles = await Promise.all(
      saves.map(async (entry) => (await store.readVersion(id, entry.versionId)).meeting.title),
    );
    expect(titles).toEqual(['Draft 3', 'Draft 2', 'Draft 1']);
  });

  it('restores a version as a new save, which can itself be undone', async () => {
    await store.save(version(1));
    clock.advance(MINUTE);
    await store.save(version(2));
    clock.advance(MINUTE);
    const first = (await store.listVersions(id)).filter((entry) => entry.kind === 'save').at(-1);
    const restored = await store.restoreVersion(id, first?.versionId ?? '');
    expect(restored.agenda).toEqual(version(1));
    expect(restored.savedAt).toBe('2012-10-17T08:02:00.000Z');
    expect(await store.load(id)).toEqual(version(1));
    expect(await readFile(join(folder.path, 'agendas', `${id}.agendum`), 'utf8')).toBe(
      serializeAgenda(version(1)),
    );

    // Undo: the state before the restore is the second newest save.
    const saves = (await store.listVersions(id)).filter((entry) => entry.kind === 'save');
    expect(saves).toHaveLength(3);
    clock.advance(MINUTE);
    await store.restoreVersion(id, saves[1]?.versionId ?? '');
    expect(await store.load(id)).toEqual(version(2));
  });

  it('keeps a state the history lacks before restoring over it', async () => {
    await store.save(version(1));
    clock.advance(MINUTE);
    // Written by an older Agendum, or by hand: not in the history.
    await writeFile(join(folder.path, 'agendas', `${id}.agendum`), serializeAgenda(version(9)));
    const first = (await store.listVersions(id))[0];
    await store.restoreVersion(id, first?.versionId ?? '');
    const titles = await Promise.all(
      (await store.listVersions(id))
        .filter((entry) => entry.kind === 'save')
        .map(async (entry) => (await store.readVersion(id, entry.versionId)).meeting.title),
    );
    expect(titles).toEqual(['Draft 1', 'Draft 9', 'Draft 1']);
  });

  it('refuses version ids that name no version, and reports a damaged one', async () => {
    await store.save(version(1));
    for (const bad of ['../../library', '..', '', 'x.save', '2012-10-17T08-00-00.000Z-1.backup']) {
      await expect(store.readVersion(id, bad)).rejects.toMatchObject({ code: 'not-found' });
    }
    const [latest] = await store.listVersions(id);
    const path = join(folder.path, 'history', id, `${latest?.versionId ?? ''}.agendum`);
    await writeFile(path, '{"schemaVersion": 1');
    await expect(store.readVersion(id, latest?.versionId ?? '')).rejects.toMatchObject({
      code: 'corrupt-file',
      message: expect.stringMatching(/not valid JSON/) as unknown,
    });
    expect(await readFile(path, 'utf8')).toBe('{"schemaVersion": 1');
  });

  it('saves the agenda even when its history cannot be written, and says the version is not kept', async () => {
    const faulty = new FaultyFileSystem();
    const failing = new LibraryStore(folder.path, faulty.fs, { now: clock.now });
    faulty.inject({ method: 'open', code: 'ENOSPC', when: (path) => path.includes('history') });
    const before = (await failing.listVersions(id)).length;
    expect(await failing.save(version(7))).toEqual({
      savedAt: clock.now().toISOString(),
      historyProblem: 'The disk is full (ENOSPC)',
    });
    expect(await new LibraryStore(folder.path).load(id)).toEqual(version(7));
    expect(await failing.listVersions(id)).toHaveLength(before);

    // Once the disk has room again, the next save is kept, and says nothing more.
    faulty.heal();
    clock.advance(SECOND);
    expect(await failing.save(version(8))).toEqual({ savedAt: clock.now().toISOString() });
    expect((await failing.listVersions(id))[0]).toMatchObject({
      savedAt: clock.now().toISOString(),
    });
    await failing.release(id);
  });

  it('writes the bytes of a save once, copies the file into the history, and leaves the index', async () => {
    const faulty = new FaultyFileSystem();
    const counted = new LibraryStore(folder.path, faulty.fs, { now: clock.now });
    await counted.save(version(1));
    faulty.calls.length = 0;
    clock.advance(10 * SECOND);
    // An edit the library view does not show: library.json stays as it is.
    const edited = { ...version(1), meeting: { ...version(1).meeting, venue: 'Room XXI' } };
    await counted.save(edited);
    const agendaFile = join(folder.path, 'agendas', `${id}.agendum`);
    expect(faulty.calls.filter((call) => call.startsWith('handle.writeFile'))).toHaveLength(1);
    expect(faulty.calls.filter((call) => call.startsWith('copyFile'))).toEqual([
      `copyFile ${agendaFile}`,
    ]);
    expect(faulty.calls.filter((call) => call.includes('library.json'))).toEqual([]);
    const [newest] = await counted.listVersions(id);
    expect(await counted.readVersion(id, newest?.versionId ?? '')).toEqual(edited);
    // A copy of its own: the agenda file changed in place leaves the history as it was.
    const versionFile = join(folder.path, 'history', id, `${newest?.versionId ?? ''}.agendum`);
    expect((await stat(versionFile)).ino).not.toBe((await stat(agendaFile)).ino);
    await counted.release(id);
  });

  it('keeps a save that is also a snapshot as one file, or two where links fail', async () => {
    await store.save(version(1));
    const [first, second] = await store.listVersions(id);
    const files = [first, second].map((entry) =>
      join(folder.path, 'history', id, `${entry?.versionId ?? ''}.agendum`),
    );
    expect((await stat(files[0] ?? '')).ino).toBe((await stat(files[1] ?? '')).ino);

    const faulty = new FaultyFileSystem().inject({
      method: 'link',
      code: 'EPERM',
      when: (path) => path.includes('history'),
    });
    const noLinks = new LibraryStore(folder.path, faulty.fs, { now: clock.now });
    clock.advance(6 * MINUTE);
    await noLinks.save(version(2));
    const versions = (await noLinks.listVersions(id)).slice(0, 2);
    expect(versions.map((entry) => entry.kind).sort()).toEqual(['save', 'snapshot']);
    for (const entry of versions) {
      expect((await noLinks.readVersion(id, entry.versionId)).meeting.title).toBe('Draft 2');
    }
    expect(faulty.failures).toHaveLength(1);
    await noLinks.release(id);
  });

  it('keeps the history of each agenda apart, and with it through the trash', async () => {
    const other = (await store.create('Other', 'blank')).id;
    await store.save(version(1));
    await store.save({ ...version(2), id: other });
    expect(await readdir(join(folder.path, 'history'))).toEqual(
      expect.arrayContaining([id, other]),
    );
    expect(await store.listVersions(other)).toHaveLength(2);
    await store.delete(id);
    const [trashed] = await store.listTrash();
    await store.restoreFromTrash(trashed?.trashId ?? '');
    expect((await store.listVersions(id)).length).toBe(2);
  });
});
