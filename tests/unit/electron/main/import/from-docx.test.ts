import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importDocx, linesFromDocx } from '../../../../../electron/main/import/from-docx';
import { renderDocumentBlocks } from '../../../../../shared/export/document-blocks';
import { packDocx, renderDocx } from '../../../../../shared/export/render-docx';
import { MAX_IMPORT_BYTES } from '../../../../../shared/import/import-result';
import type { Agenda } from '../../../../../shared/model/agenda';
import {
  loadSeedAgenda,
  loadTestAgenda,
  TEST_AGENDAS,
} from '../../../shared/import/support/agenda-fixtures';
import { withPositionalIds } from '../../../shared/import/support/positional-ids';
import { excelWorkbook, storedZip } from './support/stored-zip';
import { wordStyleAgenda } from './support/word-agenda';

const PANDOC = '/usr/bin/pandoc';
const SEED_MARKDOWN = join(
  import.meta.dirname,
  '../../../../fixtures/provisional-agenda-ctoc-wg2-2012.md',
);

async function exportedDocx(agenda: Agenda): Promise<Uint8Array> {
  return packDocx(renderDocx(renderDocumentBlocks(agenda)));
}

describe('the seed through Word', () => {
  const seed = withPositionalIds(loadSeedAgenda());
  const folder = mkdtempSync(join(tmpdir(), 'agendum-pandoc-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  /** The seed's Markdown made into Word by Debian's pandoc, with the options given. */
  function pandocDocx(from: string): Uint8Array {
    const out = join(folder, `${from}.docx`);
    execFileSync(PANDOC, ['-f', from, '-t', 'docx', SEED_MARKDOWN, '-o', out]);
    return new Uint8Array(readFileSync(out));
  }

  it("Agendum's own DOCX export imports to the fixture", async () => {
    const result = await importDocx(await exportedDocx(loadSeedAgenda()));
    expect(withPositionalIds(result.agenda)).toEqual(seed);
    expect(result.unplaced).toEqual([]);
    expect(result.notes).toEqual([]);
  });

  it.skipIf(!existsSync(PANDOC))('pandoc -f markdown -t docx: the same model', async () => {
    const result = await importDocx(pandocDocx('markdown'));
    // pandoc's "smart" extension curls the one straight apostrophe of the seed ("Office's").
    const curled = JSON.stringify(seed).replace("Office's", 'Office\u2019s');
    expect(withPositionalIds(result.agenda)).toEqual(JSON.parse(curled));
    expect(result.unplaced).toEqual([]);
    expect(result.notes).toEqual([expect.stringContaining('CTOC/COP/WG.2/2012/1 was inferred')]);
  });

  it.skipIf(!existsSync(PANDOC))('pandoc without smart quotes: exactly the fixture', async () => {
    const result = await importDocx(pandocDocx('markdown-smart'));
    expect(withPositionalIds(result.agenda)).toEqual(seed);
  });
});

describe.each(TEST_AGENDAS)('test agenda $name through its DOCX export', ({ name }) => {
  it('comes back whole', async () => {
    const agenda = loadTestAgenda(name);
    const result = await importDocx(await exportedDocx(agenda));
    expect(result.unplaced).toEqual([]);
    expect(result.notes).toEqual([]);
    expect(withPositionalIds(result.agenda)).toEqual(withPositionalIds(agenda));
  });
});

describe('an agenda typed in Word, not exported by Agendum', () => {
  it('reads auto-numbered lists, bold headings, a layout masthead, the annex table and footnotes', async () => {
    const result = await importDocx(await wordStyleAgenda());
    const { agenda } = result;
    expect(agenda.header).toMatchObject({
      body: 'United Nations Environment Programme',
      symbol: 'UNEP/OzL.Pro.WG.1/41/1',
      issueDate: '2019-03-28',
    });
    expect(agenda.meeting).toMatchObject({
      session: 'Forty-first meeting',
      venue: 'Bangkok',
      startDate: '2019-07-01',
      endDate: '2019-07-05',
      documentTitle: 'Provisional agenda',
    });
    expect(agenda.items.map((item) => [item.title, item.subItems.length])).toEqual([
      ['Opening of the meeting', 2],
      ['Adoption of the agenda and organization of work', 0],
      ['Issues related to the replenishment of the Multilateral Fund', 2],
      ['Other matters', 0],
    ]);
    // Word numbered the (i) and (ii) itself: they are typed back into the folded text.
    expect(agenda.items[2]?.subItems[1]?.annotations.map((p) => p.runs[0]?.text)).toEqual([
      '(i) in respect of the Parties operating under paragraph 1 of Article 5;',
      '(ii) in respect of the other Parties.',
    ]);
    expect(agenda.items[1]?.annotations[0]?.runs).toEqual([
      { text: 'The Working Group will adopt its agenda on the basis of the ' },
      { text: 'provisional agenda', italic: true },
      { text: '.' },
    ]);
    expect(agenda.organization.days.map((day) => [day.date, day.slots.length])).toEqual([
      ['2019-07-01', 2],
      ['2019-07-02', 1],
    ]);
    expect(agenda.organization.days[0]?.slots[0]?.entries).toHaveLength(3);
    expect(result.unplaced.map(({ text, source, reason }) => ({ text, source, reason }))).toEqual([
      {
        text: 'Reissued for technical reasons on 2 April 2019.',
        source: 'footnote 1',
        reason: 'a footnote',
      },
    ]);
  });

  it('gives each line its place in the file', async () => {
    const lines = await linesFromDocx(await wordStyleAgenda());
    expect(lines[0]?.source).toBe('paragraph 1');
    expect(lines.find((line) => line.cells)?.source).toBe('table 1, row 1');
  });
});

describe('a .docx that is not a Word agenda', () => {
  it.each([
    ['an empty file', new Uint8Array(), 'The file is empty'],
    ['an Excel workbook renamed', excelWorkbook(), 'it is an Excel workbook renamed to .docx'],
    ['another zip', storedZip({ 'notes.txt': 'hello' }), 'it is a zip archive'],
    [
      'text renamed',
      new TextEncoder().encode('1. Opening\n2. Other matters\n'),
      'not a zip package',
    ],
    [
      'an old .doc',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      'save it as .docx',
    ],
    ['a 50 MB file', new Uint8Array(50 * 1024 * 1024), 'The file is 50.0 MB'],
  ])('%s is refused: %s', async (_what, bytes, message) => {
    await expect(importDocx(bytes)).rejects.toThrow(message);
  });

  it('the size is checked before anything is parsed', async () => {
    const oversized = new Uint8Array(MAX_IMPORT_BYTES + 1);
    oversized.set([0x50, 0x4b, 0x03, 0x04]);
    const started = performance.now();
    await expect(importDocx(oversized)).rejects.toMatchObject({ refusal: 'too-large' });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('a damaged Word package says it cannot be read', async () => {
    const damaged = storedZip({ 'word/document.xml': '<w:document' });
    await expect(importDocx(damaged)).rejects.toMatchObject({ refusal: 'not-a-document' });
  });

  it('a Word document that is not an agenda says so', async () => {
    const novel = await packDocx(
      renderDocx({
        language: 'en',
        symbol: '',
        title: 'Chapter One',
        blocks: [
          { kind: 'section-heading', text: 'Chapter One' },
          {
            kind: 'paragraph',
            itemId: 'x',
            paragraphId: 'p',
            number: null,
            runs: [
              {
                text: 'The rain had not stopped for three days when Marguerite opened the letter.',
              },
            ],
          },
        ],
      }),
    );
    await expect(importDocx(novel)).rejects.toThrow(
      'This does not look like a provisional agenda: no numbered agenda items were found',
    );
  });
});
