import { readFile, readdir, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryStore } from '../../../../../electron/main/library/library-store';
import { seedAgenda, temporaryFolder } from './test-library';

let folder: { path: string; remove: () => Promise<void> };
/** Pids of the pretend instances that are running. */
let running: Set<number>;
let id: string;

/** An app instance of its own, as far as the locks can tell. */
function instance(pid: number, host = hostname()): LibraryStore {
  running.add(pid);
  return new LibraryStore(folder.path, undefined, {
    pid,
    host,
    isProcessAlive: (candidate) => running.has(candidate),
  });
}

function lockPath(): string {
  return join(folder.path, 'agendas', `${id}.agendum.lock`);
}

beforeEach(async () => {
  folder = await temporaryFolder();
  running = new Set();
  id = (await instance(1).create('Session', 'standard')).id;
});
afterEach(async () => {
  await folder.remove();
});

describe('one writer per agenda', () => {
  it('opens the agenda read-only in a second instance, which may not write it', async () => {
    const first = instance(1001);
    const second = instance(1002);
    expect(await first.openForEditing(id)).toEqual({ readOnly: false });
    const owner = JSON.parse(await readFile(lockPath(), 'utf8')) as Record<string, unknown>;
    expect(owner).toMatchObject({ pid: 1001, host: hostname() });
    expect(typeof owner.since).toBe('string');

    const access = await second.openForEditing(id);
    expect(access.readOnly).toBe(true);
    if (access.readOnly) {
      expect(access.heldBy).toMatch(/^another Agendum on this computer \(process 1001, since /);
    }
    // Reading is fine; writing is refused, and says why.
    const agenda = await second.load(id);
    const before = await readFile(join(folder.path, 'agendas', `${id}.agendum`), 'utf8');
    await expect(
      second.save({ ...agenda, settings: { numberParagraphs: true } }),
    ).rejects.toMatchObject({
      code: 'disk',
      message: expect.stringMatching(/open for editing in another Agendum/) as unknown,
    });
    await expect(second.delete(id)).rejects.toMatchObject({ code: 'disk' });
    expect(await readFile(join(folder.path, 'agendas', `${id}.agendum`), 'utf8')).toBe(before);

    await first.save({ ...agenda, settings: { numberParagraphs: true } });
    await first.release(id);
    expect(await second.openForEditing(id)).toEqual({ readOnly: false });
    expect((await first.openForEditing(id)).readOnly).toBe(true);
  });

  it('takes over the lock of an instance that is no longer running', async () => {
    const crashed = instance(2001);
    await crashed.openForEditing(id);
    running.delete(2001);
    const next = instance(2002);
    expect(await next.openForEditing(id)).toEqual({ readOnly: false });
    expect(JSON.parse(await readFile(lockPath(), 'utf8'))).toMatchObject({ pid: 2002 });
    expect(
      (await readdir(join(folder.path, 'agendas'))).filter((name) => name.endsWith('.tmp')),
    ).toEqual([]);
  });

  it('takes over a lock of its own process that an earlier store left (a restarted host)', async () => {
    const before = new LibraryStore(folder.path);
    expect(await before.openForEditing(id)).toEqual({ readOnly: false });
    const after = new LibraryStore(folder.path);
    expect(await after.openForEditing(id)).toEqual({ readOnly: false });
    await after.save(await after.load(id));
    expect(JSON.parse(await readFile(lockPath(), 'utf8'))).toMatchObject({ pid: process.pid });
  });

  it('does not guess about another computer, unless the user says to open anyway', async () => {
    const elsewhere = instance(3001, 'meeting-room-pc');
    await elsewhere.openForEditing(id);
    running.delete(3001);
    const here = instance(3002);
    const access = await here.openForEditing(id);
    expect(access).toMatchObject({
      readOnly: true,
      heldBy: expect.stringMatching(/"meeting-room-pc"/) as unknown,
    });
    expect(await here.openForEditing(id, { takeOver: true })).toEqual({ readOnly: false });
    await here.save(await here.load(id));
  });

  it('gives a second window of the same instance the agenda read-only', async () => {
    const app = instance(4001);
    expect(await app.openForEditing(id, { holder: 'window-1' })).toEqual({ readOnly: false });
    expect(await app.openForEditing(id, { holder: 'window-2' })).toEqual({
      readOnly: true,
      heldBy: 'another window of Agendum on this computer',
    });
    expect(await app.openForEditing(id, { holder: 'window-1' })).toEqual({ readOnly: false });
    await app.release(id, 'window-2');
    expect((await app.openForEditing(id, { holder: 'window-2' })).readOnly).toBe(true);
    await app.release(id, 'window-1');
    expect(await app.openForEditing(id, { holder: 'window-2' })).toEqual({ readOnly: false });
  });

  it('takes the agenda at the first save, and lets go of every one on quit', async () => {
    const app = instance(5001);
    const other = (await app.create('Other', 'blank')).id;
    await app.save({ ...seedAgenda(), id });
    await app.openForEditing(other);
    const locks = async () =>
      (await readdir(join(folder.path, 'agendas'))).filter((name) => name.endsWith('.lock')).sort();
    expect(await locks()).toEqual([`${id}.agendum.lock`, `${other}.agendum.lock`].sort());
    await app.releaseAll();
    expect(await locks()).toEqual([]);
  });

  it('treats an unreadable lock as held for a moment, then as stale', async () => {
    await writeFile(lockPath(), '');
    const app = instance(6001);
    expect((await app.openForEditing(id)).readOnly).toBe(true);
    const old = new Date(Date.now() - 60_000);
    await utimes(lockPath(), old, old);
    expect(await app.openForEditing(id)).toEqual({ readOnly: false });
  });

  it('never gives the same agenda to two instances racing for it', async () => {
    for (let round = 0; round < 20; round += 1) {
      const contenders = [
        instance(7000 + round * 3),
        instance(7001 + round * 3),
        instance(7002 + round * 3),
      ];
      const results = await Promise.all(contenders.map((store) => store.openForEditing(id)));
      expect(results.filter((access) => !access.readOnly)).toHaveLength(1);
      await Promise.all(contenders.map((store) => store.releaseAll()));
    }
  });

  it('sorts out a race to take over a stale lock', async () => {
    for (let round = 0; round < 20; round += 1) {
      const crashed = instance(8000 + round * 3);
      await crashed.openForEditing(id);
      running.delete(8000 + round * 3);
      const contenders = [instance(8001 + round * 3), instance(8002 + round * 3)];
      const results = await Promise.all(contenders.map((store) => store.openForEditing(id)));
      expect(results.filter((access) => !access.readOnly)).toHaveLength(1);
      await Promise.all(contenders.map((store) => store.releaseAll()));
    }
  });
});
