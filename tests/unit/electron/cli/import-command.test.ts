import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../../electron/cli/agendum';
import { AgendaSchema } from '../../../../shared/model/agenda';
import {
  loadImportSample,
  loadSeedAgenda,
  loadSeedMarkdown,
} from '../../shared/import/support/agenda-fixtures';
import { withPositionalIds } from '../../shared/import/support/positional-ids';
import { fakeIo } from './fake-io';

let folder: string;
const path = (name: string) => join(folder, name);

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'agendum-cli-import-'));
  writeFileSync(path('seed.md'), loadSeedMarkdown());
  writeFileSync(path('typed.txt'), loadImportSample('ccpcj-2024-typed.txt'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function readAgenda(name: string) {
  return AgendaSchema.parse(JSON.parse(readFileSync(path(name), 'utf8')));
}

describe('agendum import', () => {
  it('writes the agenda and prints what it found and guessed', async () => {
    const io = fakeIo();
    const status = await main(['import', path('seed.md'), '--out', path('seed.agendum')], io);
    expect(status).toBe(0);
    expect(withPositionalIds(readAgenda('seed.agendum'))).toEqual(
      withPositionalIds(loadSeedAgenda()),
    );
    expect(readFileSync(path('seed.agendum'), 'utf8')).toMatch(/^\{\n {2}"schemaVersion": 1,/);
    expect(io.out).toEqual([
      `Imported ${path('seed.md')} into ${path('seed.agendum')}`,
      'Found 8 items, 2 sub-items, 16 paragraphs, 7 documents, 3 time slots; nothing left unplaced.',
      expect.stringMatching(/^Note: .*CTOC\/COP\/WG\.2\/2012\/1 was inferred/),
    ]);
    expect(io.err).toEqual([]);
  });

  it('lists the unplaced text with where it came from, and keeps it in the file', async () => {
    const io = fakeIo();
    expect(await main(['import', path('typed.txt'), '--out', path('typed.agendum')], io)).toBe(0);
    const unplacedAt = io.out.indexOf(
      'Unplaced text (in the file, under "unplaced", to move or discard by hand):',
    );
    expect(unplacedAt).toBeGreaterThan(0);
    expect(io.out.slice(unplacedAt + 1)).toEqual([
      '  line 15: in the masthead, but not a field of it',
      '    “* Reissued for technical reasons on 2 February 2024.”',
      '  line 44: follows the Documentation list of item 2 but is not a document title with its symbol',
      '    “Documents will be posted on the website of the Commission.”',
      '  line 62: under the heading of item 9, which the agenda list does not have',
      '    “Item 9. Something not on the agenda”',
      '  line 64: under the heading of item 9, which the agenda list does not have',
      '    “This paragraph belongs to an item that does not exist.”',
    ]);
    expect(io.out[1]).toBe(
      'Found 5 items, 2 sub-items, 7 paragraphs, 3 documents, 3 time slots; 4 pieces of text left unplaced.',
    );
    expect(readAgenda('typed.agendum').unplaced?.map((piece) => piece.source)).toEqual([
      'line 15',
      'line 44',
      'line 62',
      'line 64',
    ]);
  });

  it('never replaces an agenda file unless told to', async () => {
    writeFileSync(path('kept.agendum'), 'my edits');
    const io = fakeIo();
    expect(await main(['import', path('seed.md'), '--out', path('kept.agendum')], io)).toBe(1);
    expect(io.err).toEqual([
      `agendum import: ${path('kept.agendum')} already exists: give another --out, or --overwrite to replace it`,
    ]);
    expect(readFileSync(path('kept.agendum'), 'utf8')).toBe('my edits');
    const overwrite = fakeIo();
    expect(
      await main(
        ['import', path('seed.md'), '--out', path('kept.agendum'), '--overwrite'],
        overwrite,
      ),
    ).toBe(0);
    expect(readAgenda('kept.agendum').items).toHaveLength(8);
  });

  it('refuses what is not an agenda, and writes nothing', async () => {
    writeFileSync(path('novel.txt'), 'Chapter One\n\nThe rain had not stopped for three days.\n');
    const io = fakeIo();
    expect(await main(['import', path('novel.txt'), '--out', path('novel.agendum')], io)).toBe(1);
    expect(io.err).toEqual([
      `agendum import: ${path('novel.txt')}: This does not look like a provisional agenda: no numbered agenda items were found`,
    ]);
    expect(existsSync(path('novel.agendum'))).toBe(false);
  });

  it.each([
    [[], 'give the file to import: a .docx, .md or .txt'],
    [['seed.md'], 'give the agenda file to write with --out <file.agendum>'],
    [['seed.md', '--out', 'x', '--force'], 'unknown option --force'],
  ])('explains a command line it cannot use: %j', async (args, message) => {
    const io = fakeIo();
    expect(await main(['import', ...args], io)).toBe(1);
    expect(io.err).toEqual([`agendum import: ${message}`]);
  });

  it('is listed among the commands', async () => {
    const io = fakeIo();
    await main([], io);
    expect(
      io.err.some((line) =>
        line.includes('agendum import <file.docx|.md|.txt> --out <file.agendum>'),
      ),
    ).toBe(true);
  });
});
