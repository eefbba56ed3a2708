import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  importFileIntoLibrary,
  importTextIntoLibrary,
} from '../../../../../electron/main/import/import-into-library';
import { LibraryStore } from '../../../../../electron/main/library/library-store';
import { ImportedAgendaSchema } from '../../../../../shared/library/imported-agenda';
import { FIXTURE_PATH, temporaryFolder } from '../library/test-library';
import { loadSeedMarkdown } from '../../../shared/import/support/agenda-fixtures';
import { excelWorkbook } from './support/stored-zip';

let folder: string;
let remove: () => Promise<void>;
let library: LibraryStore;
const path = (name: string) => join(folder, name);

beforeEach(async () => {
  ({ path: folder, remove } = await temporaryFolder());
  library = new LibraryStore(join(folder, 'library'));
});
afterEach(async () => {
  await library.releaseAll();
  await remove();
});

describe('importing into the library', () => {
  it('saves a Markdown agenda as a new agenda and says what was found', async () => {
    writeFileSync(path('WG.2 2012.md'), loadSeedMarkdown());
    const imported = await importFileIntoLibrary(library, path('WG.2 2012.md'));
    expect(ImportedAgendaSchema.parse(imported)).toEqual(imported);
    expect(imported.entry).toMatchObject({
      name: 'WG.2 2012',
      symbol: 'CTOC/COP/WG.2/2012/1',
    });
    expect(imported.summary).toMatchObject({ items: 8, subItems: 2, unplaced: 0 });
    const agenda = await library.load(imported.entry.id);
    expect(agenda.id).toBe(imported.entry.id);
    expect(agenda.items).toHaveLength(8);
    expect(await library.openForEditing(imported.entry.id)).toEqual({ readOnly: false });
  });

  it('takes a .agendum file as it is, without a summary', async () => {
    const imported = await importFileIntoLibrary(library, FIXTURE_PATH);
    expect(imported).toMatchObject({ summary: null, notes: [] });
    expect(imported.entry.symbol).toBe('CTOC/COP/WG.2/2012/1');
  });

  it('keeps the text it could not place with the agenda', async () => {
    const text = readFileSync(
      join(import.meta.dirname, '../../../../fixtures/import/ccpcj-2024-typed.txt'),
      'utf8',
    );
    const imported = await importTextIntoLibrary(library, text);
    const agenda = await library.load(imported.entry.id);
    expect(imported.summary?.unplaced).toBeGreaterThan(0);
    expect(agenda.unplaced).toHaveLength(imported.summary?.unplaced ?? -1);
    expect(imported.entry.name).toBe(agenda.meeting.title || agenda.header.symbol);
  });

  it('creates nothing from a file that is not an agenda', async () => {
    writeFileSync(path('budget.docx'), excelWorkbook());
    writeFileSync(path('empty.md'), '');
    writeFileSync(path('letter.txt'), 'Dear colleagues,\n\nPlease find attached the report.\n');
    await expect(importFileIntoLibrary(library, path('budget.docx'))).rejects.toThrow(
      'it is an Excel workbook renamed to .docx',
    );
    await expect(importFileIntoLibrary(library, path('empty.md'))).rejects.toThrow(
      'The file is empty',
    );
    await expect(importFileIntoLibrary(library, path('letter.txt'))).rejects.toThrow(
      'This does not look like a provisional agenda',
    );
    await expect(importTextIntoLibrary(library, '  \n ')).rejects.toThrow(
      'There is no text to import',
    );
    expect((await library.list()).entries).toEqual([]);
    expect(await library.listTrash()).toEqual([]);
  });
});
