import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../../electron/cli/agendum';
import { parseExportArguments } from '../../../../electron/cli/export-command';
import { chromiumPath } from '../../../../electron/main/export/print-pdf-with-chromium';
import { fakeIo } from './fake-io';

const ROOT = resolve(import.meta.dirname, '../../../..');
const SEED = join(ROOT, 'tests/fixtures/ctoc-wg2-2012.agendum');
const BASE = 'CTOC_COP_WG.2_2012_1_E';
const run = promisify(execFile);

let out: string;
beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), 'agendum-cli-export-'));
});
afterEach(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('agendum export', () => {
  it('writes the formats asked for, named after the symbol, and prints each path', async () => {
    const io = fakeIo();
    const status = await main(['export', SEED, '--format', 'md,docx,agendum', '--out', out], io);
    expect(io.err).toEqual([]);
    expect(status).toBe(0);
    // In the dialog's order, whatever the order given.
    expect(io.out).toEqual([
      join(out, `${BASE}.docx`),
      join(out, `${BASE}.md`),
      join(out, `${BASE}.agendum`),
    ]);
    expect(await readFile(join(out, `${BASE}.agendum`))).toEqual(await readFile(SEED));
    const { value } = await mammoth.extractRawText({
      buffer: await readFile(join(out, `${BASE}.docx`)),
    });
    expect(value).toContain('Working Group of Government Experts on Technical Assistance');
  });

  it('never writes over a file without --overwrite', async () => {
    await writeFile(join(out, `${BASE}.md`), 'a colleague’s copy');
    const io = fakeIo();
    expect(await main(['export', SEED, '--format', 'md,txt', '--out', out], io)).toBe(1);
    expect(io.err).toEqual([
      `agendum export: not written: ${BASE}.md already in ${out}; add --overwrite to replace`,
    ]);
    expect(await readdir(out)).toEqual([`${BASE}.md`]);
    expect(await readFile(join(out, `${BASE}.md`), 'utf8')).toBe('a colleague’s copy');

    const again = fakeIo();
    expect(await main(['export', SEED, '--format', 'md', '--out', out, '--overwrite'], again)).toBe(
      0,
    );
    expect(await readFile(join(out, `${BASE}.md`), 'utf8')).toContain('Provisional agenda');
  });

  it('takes a file name of the user’s, made safe', async () => {
    const io = fakeIo();
    await main(
      ['export', SEED, '--format', 'txt', '--out', out, '--name', '../WG2: draft?.txt'],
      io,
    );
    // No way out of the folder, none of the characters Windows refuses, no doubled extension.
    expect(await readdir(out)).toEqual(['_WG2 draft.txt']);
  });

  it.each([
    [['export'], /^agendum export: give the \.agendum file to export/],
    [['export', SEED, '--out', '/tmp'], /give the formats with --format/],
    [['export', SEED, '--format', 'docx'], /give the destination folder with --out/],
    [
      ['export', SEED, '--format', 'docx,rtf', '--out', '/tmp'],
      /unknown format "rtf": choose among docx, pdf, html, md, txt, agendum$/,
    ],
    [
      ['export', SEED, '--format', 'md', '--out', '/tmp', '--paper', 'A3'],
      /unknown paper size "A3"/,
    ],
    [['export', SEED, '--format', 'md', '--out', '/tmp', '--colour'], /unknown option --colour/],
    [
      ['export', '/nowhere/x.agendum', '--format', 'md', '--out', '/tmp'],
      /cannot read \/nowhere\/x\.agendum: the file or folder is no longer there \(ENOENT\)$/,
    ],
  ])('refuses %j in one line', async (argv, message) => {
    const io = fakeIo();
    expect(await main(argv, io)).toBe(1);
    expect(io.err).toHaveLength(1);
    expect(io.err[0]).toMatch(message);
    expect(io.out).toEqual([]);
  });

  it('refuses a file that is not JSON, or not an agenda, in one line', async () => {
    const notJson = join(out, 'notes.agendum');
    await writeFile(notJson, 'Provisional agenda\n1. Opening');
    const wrongSchema = join(out, 'wrong.agendum');
    await writeFile(wrongSchema, JSON.stringify({ schemaVersion: 1, id: 'x', items: [] }));
    const target = join(out, 'target');
    for (const [file, message] of [
      [notJson, 'agendum export: notes.agendum is not an Agendum file: it is not valid JSON'],
      [wrongSchema, 'agendum export: wrong.agendum does not match the Agendum format: at header:'],
    ] as const) {
      const io = fakeIo();
      expect(await main(['export', file, '--format', 'md', '--out', target], io)).toBe(1);
      expect(io.err).toHaveLength(1);
      expect(io.err[0]?.startsWith(message)).toBe(true);
    }
  });

  it('names the folder and the cause when the folder is not there', async () => {
    const io = fakeIo();
    const missing = join(out, 'gone');
    expect(await main(['export', SEED, '--format', 'md', '--out', missing], io)).toBe(1);
    expect(io.err).toEqual([
      `agendum export: Could not export to the folder “${missing}”: the folder cannot be found: a network drive that is disconnected, or a folder moved or deleted (ENOENT).`,
    ]);
  });

  it('says where it looked when there is no Chromium for the PDF, before writing anything', async () => {
    const previous = process.env['CHROMIUM_PATH'];
    process.env['CHROMIUM_PATH'] = '/nowhere/chromium';
    try {
      const io = fakeIo();
      expect(await main(['export', SEED, '--format', 'md,pdf', '--out', out], io)).toBe(1);
      expect(io.err).toEqual([
        'agendum export: PDF needs Chromium, and there is none at /nowhere/chromium: install Chromium or set CHROMIUM_PATH',
      ]);
      expect(await readdir(out)).toEqual([]);
    } finally {
      if (previous === undefined) delete process.env['CHROMIUM_PATH'];
      else process.env['CHROMIUM_PATH'] = previous;
    }
  });

  it('reads its arguments in any order', () => {
    expect(
      parseExportArguments([
        '--out',
        'o',
        'f.agendum',
        '--paper',
        'letter',
        '--format',
        '.PDF, md',
      ]),
    ).toEqual({
      file: 'f.agendum',
      formats: ['pdf', 'md'],
      out: 'o',
      paperSize: 'Letter',
      baseName: null,
      overwrite: false,
    });
  });
});

describe('agendum export, run for real', () => {
  it('writes all six formats from the command line', { timeout: 60_000 }, async () => {
    const formats = existsSync(chromiumPath())
      ? 'docx,pdf,html,md,txt,agendum'
      : 'docx,html,md,txt,agendum';
    const { stdout, stderr } = await run(
      'npx',
      ['tsx', 'electron/cli/agendum.ts', 'export', SEED, '--format', formats, '--out', out],
      { cwd: ROOT },
    );
    expect(stderr).toBe('');
    const extensions = formats.split(',');
    expect(stdout.trim().split('\n')).toEqual(extensions.map((ext) => join(out, `${BASE}.${ext}`)));
    expect((await readdir(out)).sort()).toEqual(extensions.map((ext) => `${BASE}.${ext}`).sort());
    if (extensions.includes('pdf')) {
      expect((await readFile(join(out, `${BASE}.pdf`))).subarray(0, 5).toString()).toBe('%PDF-');
    }
  });

  it('exits non-zero with one line and no stack trace on bad input', async () => {
    const failure = await run(
      'npx',
      ['tsx', 'electron/cli/agendum.ts', 'export', SEED, '--format', 'rtf', '--out', out],
      { cwd: ROOT },
    ).then(
      () => null,
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toBe(
      'agendum export: unknown format "rtf": choose among docx, pdf, html, md, txt, agendum\n',
    );
  });

  it.skipIf(process.getuid?.() !== 0 || !existsSync('/usr/bin/setpriv'))(
    'names the folder when permission is refused (run as an unprivileged user)',
    { timeout: 60_000 },
    async () => {
      // Root writes through chmod; a user without rights does not.
      await chmod(out, 0o555);
      const failure = await run(
        '/usr/bin/setpriv',
        [
          '--reuid=65534',
          '--regid=65534',
          '--clear-groups',
          process.execPath,
          '--import',
          'tsx',
          'electron/cli/agendum.ts',
          'export',
          SEED,
          '--format',
          'md',
          '--out',
          out,
        ],
        { cwd: ROOT, env: { ...process.env, HOME: tmpdir() } },
      ).then(
        () => null,
        (error: unknown) => error as { code: number; stderr: string },
      );
      expect(failure?.code).toBe(1);
      expect(failure?.stderr).toContain(
        `Could not export to the folder “${out}”: permission refused`,
      );
      expect(failure?.stderr).not.toMatch(/\n\s+at /);
      await chmod(out, 0o755);
      expect(await readdir(out)).toEqual([]);
    },
  );
});
