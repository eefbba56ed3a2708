import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportRenderer } from '../../../../../electron/main/export/render-export-file';
import {
  importAgendaFile,
  readAgendaFile,
} from '../../../../../electron/main/import/import-agenda-file';
import { LibraryStore } from '../../../../../electron/main/library/library-store';
import { serializeAgenda } from '../../../../../shared/model/serialize';
import {
  FIXTURE_BYTES,
  FIXTURE_PATH,
  FIXTURE_TEXT,
  seedAgenda,
  temporaryFolder,
} from '../library/test-library';

let folder: string;
let remove: () => Promise<void>;
let library: LibraryStore;

beforeEach(async () => {
  ({ path: folder, remove } = await temporaryFolder());
  library = new LibraryStore(join(folder, 'library'));
});
afterEach(async () => {
  await library.releaseAll();
  await remove();
});

describe('the native .agendum file', () => {
  it('exports and reads back byte for byte', async () => {
    const render = exportRenderer(seedAgenda(), {
      paperSize: 'A4',
      printPdf: () => Promise.reject(new Error('not used')),
    });
    const exported = await render('agendum');
    expect(Buffer.from(exported)).toEqual(FIXTURE_BYTES);
    const file = join(folder, 'CTOC_COP_WG.2_2012_1_E.agendum');
    await writeFile(file, exported);
    expect(serializeAgenda(await readAgendaFile(file))).toBe(FIXTURE_TEXT);
  });

  it('joins the library under its file name, with a new id, and the same content', async () => {
    const entry = await importAgendaFile(library, FIXTURE_PATH);
    expect(entry).toMatchObject({
      name: 'ctoc-wg2-2012',
      symbol: 'CTOC/COP/WG.2/2012/1',
      meetingTitle: 'Working Group of Government Experts on Technical Assistance',
    });
    expect(entry.id).not.toBe(seedAgenda().id);
    const imported = await library.load(entry.id);
    expect(serializeAgenda({ ...imported, id: seedAgenda().id })).toBe(FIXTURE_TEXT);
    // The window that opens it gets it for editing, not read-only.
    expect(await library.openForEditing(entry.id)).toEqual({ readOnly: false });
    // The file given is read, never changed.
    expect(await readFile(FIXTURE_PATH)).toEqual(FIXTURE_BYTES);

    // Importing it again never replaces the first import.
    const second = await importAgendaFile(library, FIXTURE_PATH);
    expect(second.id).not.toBe(entry.id);
    expect((await library.list()).entries.map((listed) => listed.id).sort()).toEqual(
      [entry.id, second.id].sort(),
    );
  });

  it('is refused with the reason when it is not an agenda, and the library is unchanged', async () => {
    const cases = [
      [
        'notes.agendum',
        '1. Opening of the meeting',
        /notes\.agendum cannot be imported: it is not valid JSON/,
      ],
      [
        'cut.agendum',
        FIXTURE_TEXT.slice(0, 200),
        /cut\.agendum cannot be imported: it is not valid JSON/,
      ],
      [
        'other.agendum',
        '{"schemaVersion":1,"id":"x"}',
        /other\.agendum cannot be imported: it does not match the Agendum format/,
      ],
      [
        'newer.agendum',
        '{"schemaVersion":42}',
        /newer\.agendum cannot be imported: it was made by a newer version of Agendum/,
      ],
    ] as const;
    for (const [name, text, message] of cases) {
      const file = join(folder, name);
      await writeFile(file, text);
      await expect(importAgendaFile(library, file)).rejects.toThrow(message);
      expect(await readFile(file, 'utf8')).toBe(text);
    }
    await expect(importAgendaFile(library, join(folder, 'gone.agendum'))).rejects.toThrow(
      /gone\.agendum could not be read: the file or folder is no longer there \(ENOENT\)/,
    );
    expect((await library.list()).entries).toEqual([]);
  });

  it('is refused, saying why, when in a format this version cannot convert', async () => {
    const file = join(folder, 'old.agendum');
    const { schemaVersion: _version, ...withoutVersion } = seedAgenda();
    await writeFile(file, JSON.stringify(withoutVersion));
    // No migration from format 0 exists: the message says so instead of guessing.
    await expect(readAgendaFile(file)).rejects.toThrow(
      /old\.agendum cannot be imported: it is in format 0/,
    );
  });
});
