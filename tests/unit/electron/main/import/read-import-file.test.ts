import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decodeText,
  importDocumentFile,
  importFormatOf,
} from '../../../../../electron/main/import/read-import-file';
import { renderDocumentBlocks } from '../../../../../shared/export/document-blocks';
import { packDocx, renderDocx } from '../../../../../shared/export/render-docx';
import { renderText } from '../../../../../shared/export/render-text';
import { loadSeedAgenda, loadSeedMarkdown } from '../../../shared/import/support/agenda-fixtures';
import { withPositionalIds } from '../../../shared/import/support/positional-ids';
import { excelWorkbook } from './support/stored-zip';

let folder: string;
const path = (name: string) => join(folder, name);

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'agendum-import-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('importing a file from disk', () => {
  const seed = withPositionalIds(loadSeedAgenda());

  it('chooses the reader by the extension', () => {
    expect(['a.docx', 'b.MD', 'c.markdown', 'd.txt', 'e.pdf'].map(importFormatOf)).toEqual([
      'docx',
      'markdown',
      'markdown',
      'text',
      null,
    ]);
  });

  it('reads Markdown, text and Word alike', async () => {
    const rendered = renderDocumentBlocks(loadSeedAgenda());
    writeFileSync(path('seed.md'), loadSeedMarkdown());
    writeFileSync(path('seed.txt'), renderText(rendered));
    writeFileSync(path('seed.docx'), await packDocx(renderDocx(rendered)));
    for (const name of ['seed.md', 'seed.txt', 'seed.docx']) {
      const result = await importDocumentFile(path(name));
      expect(withPositionalIds(result.agenda)).toEqual(seed);
    }
  });

  it('reads a Word file saved with a .txt name as Word', async () => {
    writeFileSync(
      path('really-word.txt'),
      await packDocx(renderDocx(renderDocumentBlocks(loadSeedAgenda()))),
    );
    expect((await importDocumentFile(path('really-word.txt'))).summary.items).toBe(8);
  });

  it('decodes UTF-16 as Notepad saves it, and Latin-1 that is not UTF-8', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Réunion', 'utf16le')]);
    expect(decodeText(new Uint8Array(utf16))).toBe('Réunion');
    expect(decodeText(new Uint8Array(Buffer.from('Réunion', 'latin1')))).toBe('Réunion');
  });

  it.each([
    ['empty.md', '', 'The file is empty'],
    [
      'novel.txt',
      'Chapter One\n\nThe rain had not stopped for three days.\n',
      'This does not look like a provisional agenda: no numbered agenda items were found',
    ],
    [
      'agenda.pdf',
      '%PDF-1.7',
      'Agendum imports Word (.docx), Markdown (.md) and text (.txt) files',
    ],
    ['binary.txt', '\u0000\u0001\u0002', 'This is not a text file'],
  ])('refuses %s with a clear message', async (name, content, message) => {
    writeFileSync(path(name), content);
    await expect(importDocumentFile(path(name))).rejects.toThrow(message);
  });

  it('refuses a spreadsheet renamed .docx', async () => {
    writeFileSync(path('budget.docx'), excelWorkbook());
    await expect(importDocumentFile(path('budget.docx'))).rejects.toThrow(
      'This is not a Word document: it is an Excel workbook renamed to .docx.',
    );
  });

  it('refuses a 50 MB file from its size alone, before reading it', async () => {
    writeFileSync(path('huge.docx'), '');
    truncateSync(path('huge.docx'), 50 * 1024 * 1024);
    const started = performance.now();
    await expect(importDocumentFile(path('huge.docx'))).rejects.toMatchObject({
      refusal: 'too-large',
      message: 'The file is 50.0 MB: too large to be an agenda (the limit is 20 MB).',
    });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('a file that is not there is a disk error, in words', async () => {
    const failure = importDocumentFile(path('gone.md'));
    await expect(failure).rejects.toMatchObject({ code: 'disk' });
    await expect(failure).rejects.toThrow(
      'gone.md could not be read: the file or folder is no longer there',
    );
  });
});
