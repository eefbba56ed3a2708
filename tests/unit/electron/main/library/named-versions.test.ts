import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryStore } from '../../../../../electron/main/library/library-store';
import type { Agenda } from '../../../../../shared/model/agenda';
import { TestClock, seedAgenda, temporaryFolder } from './test-library';

const SECOND = 1_000;

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

function draft(title: string, changes: Partial<Agenda['meeting']> = {}): Agenda {
  const seed = seedAgenda();
  return { ...seed, id, meeting: { ...seed.meeting, title, ...changes } };
}

describe('named versions', () => {
  it('keeps the agenda as saved under the name given, beside the automatic history', async () => {
    await store.save(draft('Draft 1'));
    const bureau = await store.nameVersion(id, '  sent to the Bureau ');
    expect(bureau.name).toBe('sent to the Bureau');
    clock.advance(10 * SECOND);
    await store.save(draft('Draft 2'));
    clock.advance(10 * SECOND);
    const issued = await store.nameVersion(id, 'as issued');

    const named = await store.listNamedVersions(id);
    expect(named.map((version) => version.name)).toEqual(['as issued', 'sent to the Bureau']);
    expect((await store.readNamedVersion(id, bureau.versionId)).meeting.title).toBe('Draft 1');
    expect((await store.readNamedVersion(id, issued.versionId)).meeting.title).toBe('Draft 2');
    // The automatic history lists only saves and snapshots.
    const automatic = await store.listVersions(id);
    expect(automatic.every((version) => version.kind !== ('named' as string))).toBe(true);
    expect(automatic.length).toBeGreaterThan(0);
    const files = await readdir(join(folder.path, 'history', id, 'named'));
    expect(files).toHaveLength(2);
  });

  it('keeps named versions however many saves follow, until deleted', async () => {
    await store.save(draft('Draft 0'));
    const kept = await store.nameVersion(id, 'sent to the Bureau');
    for (let n = 1; n <= 25; n += 1) {
      clock.advance(10 * SECOND);
      await store.save(draft(`Draft ${n}`));
    }
    expect((await store.readNamedVersion(id, kept.versionId)).meeting.title).toBe('Draft 0');

    await store.deleteNamedVersion(id, kept.versionId);
    expect(await store.listNamedVersions(id)).toEqual([]);
    await expect(store.readNamedVersion(id, kept.versionId)).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(store.deleteNamedVersion(id, kept.versionId)).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('names two versions in the same millisecond apart', async () => {
    await store.save(draft('Draft 1'));
    const first = await store.nameVersion(id, 'one');
    const second = await store.nameVersion(id, 'two');
    expect(first.versionId).not.toBe(second.versionId);
    expect(await store.listNamedVersions(id)).toHaveLength(2);
  });

  it('refuses version ids that are paths, and reports a damaged file', async () => {
    await expect(store.readNamedVersion(id, '../../library')).rejects.toMatchObject({
      code: 'not-found',
    });
    await store.save(draft('Draft 1'));
    const version = await store.nameVersion(id, 'as issued');
    await writeFile(
      join(folder.path, 'history', id, 'named', `${version.versionId}.named.json`),
      '{"name": "as issued"',
    );
    await expect(store.readNamedVersion(id, version.versionId)).rejects.toMatchObject({
      code: 'corrupt-file',
    });
    expect(await store.listNamedVersions(id)).toEqual([]);
  });

  it('names nothing for an agenda no longer in the library', async () => {
    await expect(store.nameVersion('missing', 'x')).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('next session and revised issuances', () => {
  it('starts the next session as a new agenda with the ordinal advanced', async () => {
    const source = (await store.create('Twenty-first session', 'blank')).id;
    const seed = seedAgenda();
    await store.save({
      ...seed,
      id: source,
      meeting: { ...seed.meeting, session: 'Twenty-first session' },
    });
    const entry = await store.startNextSession(source, {
      dates: { kind: 'shift', days: 364 },
      documents: 'empty',
      advanceSymbol: true,
    });
    expect(entry.name).toBe('Twenty-second session');
    expect(entry.id).not.toBe(source);
    expect(entry.symbol).toBe('CTOC/COP/WG.2/2013/1');
    const next = await store.load(entry.id);
    expect(next.meeting.session).toBe('Twenty-second session');
    // 364 days keep the weekday: Wednesday 17 October 2012 → Wednesday 16 October 2013.
    expect(next.meeting.startDate).toBe('2013-10-16');
    expect(next.documents).toEqual([]);
    expect((await store.list()).entries.map((known) => known.id)).toContain(entry.id);
    // The source is untouched.
    expect((await store.load(source)).meeting.session).toBe('Twenty-first session');
  });

  it('creates a revision with the next free symbol', async () => {
    await store.save({ ...seedAgenda(), id });
    const first = await store.reviseIssuance(id, 'revision');
    expect(first.symbol).toBe('CTOC/COP/WG.2/2012/1/Rev.1');
    const second = await store.reviseIssuance(id, 'revision');
    expect(second.symbol).toBe('CTOC/COP/WG.2/2012/1/Rev.2');
    const corrigendum = await store.reviseIssuance(id, 'corrigendum');
    expect(corrigendum.symbol).toBe('CTOC/COP/WG.2/2012/1/Corr.1');
    expect((await store.load(corrigendum.id)).header.symbol).toBe('CTOC/COP/WG.2/2012/1/Corr.1');
    expect((await store.load(id)).header.symbol).toBe('CTOC/COP/WG.2/2012/1');
  });
});
