import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryStore } from '../../../../../electron/main/library/library-store';
import { serializeAgenda } from '../../../../../shared/model/serialize';
import { FAKE_MIGRATIONS, formatZeroOf } from '../../../shared/model/fake-migrations';
import { FIXTURE_TEXT, seedAgenda, temporaryFolder } from './test-library';

let folder: { path: string; remove: () => Promise<void> };
beforeEach(async () => {
  folder = await temporaryFolder();
});
afterEach(async () => {
  await folder.remove();
});

describe('LibraryStore and schema migrations', () => {
  it('opens an older file through the migrations and keeps it as it was before writing over it', async () => {
    const agendas = join(folder.path, 'agendas');
    const path = join(agendas, 'ctoc-wg2-2012.agendum');
    const formatZero = `${JSON.stringify(formatZeroOf(JSON.parse(FIXTURE_TEXT) as Record<string, unknown>), null, 2)}\n`;
    await mkdir(agendas, { recursive: true });
    await writeFile(path, formatZero);

    const store = new LibraryStore(folder.path, undefined, { migrations: FAKE_MIGRATIONS });
    const { entries } = await store.list();
    expect(entries[0]?.name).toBe('Working Group of Government Experts on Technical Assistance');
    expect(await store.load('ctoc-wg2-2012')).toEqual(seedAgenda());
    // Opening writes nothing.
    expect(await readFile(path, 'utf8')).toBe(formatZero);

    const edited = { ...seedAgenda(), settings: { numberParagraphs: true } };
    await store.save(edited);
    expect(await readFile(path, 'utf8')).toBe(serializeAgenda(edited));
    expect(await readFile(`${path}.v0.bak`, 'utf8')).toBe(formatZero);

    // Once: later saves write over the upgraded file, which needs no copy.
    await store.save(seedAgenda());
    await store.releaseAll();
    const restarted = new LibraryStore(folder.path, undefined, { migrations: FAKE_MIGRATIONS });
    await restarted.save(edited);
    expect((await readdir(agendas)).filter((name) => name.endsWith('.bak'))).toEqual([
      'ctoc-wg2-2012.agendum.v0.bak',
    ]);
  });

  it('sets aside an older file that no migration can convert', async () => {
    const agendas = join(folder.path, 'agendas');
    const formatZero = JSON.stringify(
      formatZeroOf(JSON.parse(FIXTURE_TEXT) as Record<string, unknown>),
    );
    await mkdir(agendas, { recursive: true });
    await writeFile(join(agendas, 'old.agendum'), formatZero);
    const { entries, notices } = await new LibraryStore(folder.path).list();
    expect(entries).toEqual([]);
    expect(notices[0]?.reason).toBe(
      'it is in format 0, which this version of Agendum cannot convert',
    );
    expect(await readFile(notices[0]?.setAsideAs ?? '', 'utf8')).toBe(formatZero);
  });
});
