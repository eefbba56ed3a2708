import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../../electron/cli/agendum';
import { parseCompareArguments } from '../../../../electron/cli/compare-command';
import { chromiumPath } from '../../../../electron/main/export/print-pdf-with-chromium';
import { serializeAgenda } from '../../../../shared/model/serialize';
import { PDFTOTEXT } from '../../shared/export/support/pdf-words';
import { wordsOf } from '../../shared/export/support/visible-text';
import { manyChanges } from '../../shared/revisions/revision-cases';
import {
  documentXml,
  reviewedText,
  revisionAuthors,
} from '../../shared/revisions/support/docx-revisions';
import { fakeIo } from './fake-io';

const OLD = join(import.meta.dirname, '../../../fixtures/ctoc-wg2-2012.agendum');
const BASE = 'CTOC_COP_WG.2_2012_1_Rev.1_E_compared';

describe('agendum compare', () => {
  let folder = '';
  let newFile = '';
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'agendum-compare-'));
    newFile = join(folder, 'revised.agendum');
    writeFileSync(newFile, serializeAgenda(manyChanges()));
  });
  afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  function outFolder(name: string): string {
    const path = join(folder, name);
    mkdirSync(path);
    return path;
  }

  it('writes Word with tracked changes by the author and the marked-up HTML, and prints their paths', async () => {
    const out = outFolder('docx-html');
    const io = fakeIo();
    const status = await main(
      ['compare', OLD, newFile, '--format', 'html,docx', '--out', out, '--author', 'Jane Doe'],
      io,
    );
    expect(io.err).toEqual([]);
    expect(status).toBe(0);
    expect(io.out).toEqual([join(out, `${BASE}.docx`), join(out, `${BASE}.html`)]);
    const xml = await documentXml(new Uint8Array(readFileSync(join(out, `${BASE}.docx`))));
    expect(revisionAuthors(xml)).toEqual(['Jane Doe']);
    const accepted = wordsOf(reviewedText(xml, 'accept')).join(' ');
    expect(accepted).toContain('the possible advantages of initiating');
    expect(accepted).not.toContain('potential benefits');
    const html = readFileSync(join(out, `${BASE}.html`), 'utf8');
    expect(html).toContain('<del>potential benefits</del>');
  });

  it('sets the two texts side by side with --layout side-by-side, headed by the files’ names', async () => {
    const out = outFolder('side-by-side');
    const io = fakeIo();
    const args = ['compare', OLD, newFile, '--format', 'html', '--out', out];
    expect(await main([...args, '--layout', 'side-by-side'], io)).toBe(0);
    const html = readFileSync(join(out, `${BASE}.html`), 'utf8');
    expect(html).toContain(`<th scope="col">${basename(OLD)}</th>`);
    expect(html).toContain(`<th scope="col">${basename(newFile)}</th>`);
    expect(html).toMatch(/<td>[^]*<del>potential benefits<\/del>[^]*<\/td><td>/);
  });

  it('prints one line per change after the paths with --summary', async () => {
    const io = fakeIo();
    const out = outFolder('summary');
    expect(
      await main(['compare', OLD, newFile, '--format', 'html', '--out', out, '--summary'], io),
    ).toBe(0);
    expect(io.out.slice(1)).toContain('Item 3 moved to 6');
    expect(io.out.slice(1)).toContain('Sub-item 1 (b) became item 2');
    expect(io.out.slice(1)).toContain(
      'Meeting Wednesday, 17 October, 3-6 p.m. moved to Thursday, 18 October, 3-6 p.m.',
    );
  });

  it.skipIf(!existsSync(chromiumPath()) || !existsSync(PDFTOTEXT))(
    'prints the comparison to PDF with Chromium, old and new words both there',
    async () => {
      const out = outFolder('pdf');
      const io = fakeIo();
      expect(await main(['compare', OLD, newFile, '--format', 'pdf', '--out', out], io)).toBe(0);
      const pdf = join(out, `${BASE}.pdf`);
      expect(io.out).toEqual([pdf]);
      const text = wordsOf(execFileSync(PDFTOTEXT, [pdf, '-'], { encoding: 'utf8' })).join(' ');
      // Where item 3 was, struck through; where it is, with the words changed marked.
      expect(text).toContain('the potential benefits of initiating');
      expect(text).toMatch(/the potential benefits ?possible advantages of initiating/);
      expect(text).toContain('Moved to item 6');
      expect(text).toContain('Moved from item 3');
    },
    60_000,
  );

  it('never writes over a file already there unless told to', async () => {
    const out = outFolder('conflict');
    writeFileSync(join(out, `${BASE}.html`), 'kept');
    const io = fakeIo();
    expect(await main(['compare', OLD, newFile, '--format', 'html', '--out', out], io)).toBe(1);
    expect(io.err).toEqual([
      `agendum compare: not written: ${BASE}.html already in ${out}; add --overwrite to replace`,
    ]);
    expect(readFileSync(join(out, `${BASE}.html`), 'utf8')).toBe('kept');
    const again = fakeIo();
    expect(
      await main(['compare', OLD, newFile, '--format', 'html', '--out', out, '--overwrite'], again),
    ).toBe(0);
    expect(readFileSync(join(out, `${BASE}.html`), 'utf8')).toContain('<ins>');
  });

  it.each([
    [['compare', OLD], 'agendum compare: give the old and the new .agendum file;'],
    [['compare', OLD, OLD, '--out', '/tmp'], 'agendum compare: give the formats with --format;'],
    [
      ['compare', OLD, OLD, '--format', 'docx'],
      'agendum compare: give the destination folder with --out;',
    ],
    [
      ['compare', OLD, OLD, '--format', 'md', '--out', '/tmp'],
      'agendum compare: a comparison cannot be written as "md": choose among docx, pdf, html',
    ],
    [
      ['compare', OLD, OLD, '--format', 'docx', '--out', '/tmp', '--author', '  '],
      'agendum compare: --author needs a name',
    ],
    [
      ['compare', OLD, OLD, '--format', 'docx', '--out', '/tmp', '--match', 'guess'],
      'agendum compare: unknown --match "guess"',
    ],
    [
      ['compare', OLD, OLD, OLD, '--format', 'docx', '--out', '/tmp'],
      'agendum compare: unexpected argument',
    ],
    [
      ['compare', '/nowhere/old.agendum', OLD, '--format', 'docx', '--out', '/tmp'],
      'agendum compare: cannot read /nowhere/old.agendum',
    ],
  ])('refuses bad input in one line, with exit status 1: %j', async (argv, message) => {
    const io = fakeIo();
    expect(await main(argv, io)).toBe(1);
    expect(io.err).toHaveLength(1);
    expect(io.err[0]).toContain(message);
    expect(io.out).toEqual([]);
  });

  it('refuses a file that is not an agenda', async () => {
    const bad = join(folder, 'bad.agendum');
    writeFileSync(bad, '{"schemaVersion": 1, "items": "none"}');
    const io = fakeIo();
    expect(await main(['compare', OLD, bad, '--format', 'docx', '--out', folder], io)).toBe(1);
    expect(io.err).toHaveLength(1);
    expect(io.err[0]).toMatch(/^agendum compare: bad\.agendum does not match the Agendum format/);
  });

  it('reads its options', () => {
    expect(
      parseCompareArguments(['a.agendum', 'b.agendum', '--format', 'pdf,docx,pdf', '--out', 'x']),
    ).toEqual({
      oldFile: 'a.agendum',
      newFile: 'b.agendum',
      formats: ['docx', 'pdf'],
      out: 'x',
      author: 'Agendum',
      matchBy: undefined,
      paperSize: 'A4',
      baseName: null,
      overwrite: false,
      summary: false,
      layout: 'inline',
    });
    expect(
      parseCompareArguments([
        'a',
        'b',
        '--format',
        'html',
        '--out',
        'x',
        '--layout',
        'side-by-side',
      ]).layout,
    ).toBe('side-by-side');
    expect(() =>
      parseCompareArguments(['a', 'b', '--format', 'html', '--out', 'x', '--layout', 'columns']),
    ).toThrow('no layout "columns": choose inline or side-by-side');
  });

  it('is a verb of the agendum command, listed in its usage', async () => {
    const io = fakeIo();
    await main([], io);
    expect(
      io.err.some((line) => line.includes('agendum compare <old.agendum> <new.agendum>')),
    ).toBe(true);
  });
});
