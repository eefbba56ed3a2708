import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type ExportFile,
  type ExportProgress,
  existingFiles,
  exportToFolder,
} from '../../../../../electron/main/export/export-to-folder';
import type { FileSystem } from '../../../../../electron/main/library/file-system';
import type { ExportOutcome } from '../../../../../shared/export/export-request';
import { serializeAgenda } from '../../../../../shared/model/serialize';
import {
  FaultyFileSystem,
  type FaultyMethod,
  QUICK_RETRIES,
  seedAgenda,
  temporaryFolder,
} from '../library/test-library';

const OLD = Buffer.from('the copy a colleague is already reading\n');
const NEW = Buffer.from('the new export\n'.repeat(50));

let folder: string;
let removeFolder: () => Promise<void>;

beforeEach(async () => {
  ({ path: folder, remove: removeFolder } = await temporaryFolder());
});
afterEach(async () => {
  await removeFolder();
});

function file(fileName: string, bytes: Uint8Array = NEW): ExportFile {
  return { format: 'docx', fileName, render: () => Promise.resolve(bytes) };
}

async function names(): Promise<string[]> {
  return (await readdir(folder)).sort();
}

function expectFailure(outcome: ExportOutcome, cause: RegExp): string {
  expect(outcome.status).toBe('failed');
  const message = outcome.status === 'failed' ? outcome.message : '';
  expect(message).toContain(`“${folder}”`);
  expect(message).toMatch(cause);
  return message;
}

describe('exporting to a folder', () => {
  it('writes each file, reports progress per file and leaves no temporary file', async () => {
    const progress: ExportProgress[] = [];
    const outcome = await exportToFolder(folder, [file('A_E.docx'), file('A_E.md')], {
      onProgress: (step) => progress.push(step),
    });
    expect(outcome).toEqual({
      status: 'written',
      folder,
      files: [
        { format: 'docx', fileName: 'A_E.docx', path: join(folder, 'A_E.docx') },
        { format: 'docx', fileName: 'A_E.md', path: join(folder, 'A_E.md') },
      ],
    });
    expect(await names()).toEqual(['A_E.docx', 'A_E.md']);
    expect(await readFile(join(folder, 'A_E.md'))).toEqual(NEW);
    expect(progress.map((step) => `${step.phase} ${step.index + 1}/${step.total}`)).toEqual([
      'writing 1/2',
      'written 1/2',
      'writing 2/2',
      'written 2/2',
    ]);
  });

  it('writes nothing and lists the files already there, unless the user agreed to replace them', async () => {
    await writeFile(join(folder, 'A_E.docx'), OLD);
    const asked = await exportToFolder(folder, [file('A_E.md'), file('A_E.docx')]);
    expect(asked).toEqual({ status: 'conflicts', folder, fileNames: ['A_E.docx'] });
    expect(await names()).toEqual(['A_E.docx']);
    expect(await readFile(join(folder, 'A_E.docx'))).toEqual(OLD);
    expect(await existingFiles(folder, ['A_E.md', 'A_E.docx'])).toEqual(['A_E.docx']);

    const replaced = await exportToFolder(folder, [file('A_E.md'), file('A_E.docx')], {
      replace: ['A_E.docx'],
    });
    expect(replaced.status).toBe('written');
    expect(await readFile(join(folder, 'A_E.docx'))).toEqual(NEW);
  });

  it('asks again for a file that appeared in the folder after the question', async () => {
    const colleague = join(folder, 'A_E.pdf');
    const outcome = await exportToFolder(folder, [
      file('A_E.docx'),
      {
        format: 'pdf',
        fileName: 'A_E.pdf',
        render: async () => {
          await writeFile(colleague, OLD);
          return NEW;
        },
      },
    ]);
    expect(outcome).toEqual({ status: 'conflicts', folder, fileNames: ['A_E.pdf'] });
    expect(await readFile(colleague)).toEqual(OLD);
    expect(await names()).toEqual(['A_E.docx', 'A_E.pdf']);
  });

  it('writes to drives without hard links (FAT, network shares) by a checked rename', async () => {
    const faulty = new FaultyFileSystem({ skipFsync: true }).inject({
      method: 'link',
      code: 'EPERM',
    });
    const outcome = await exportToFolder(folder, [file('A_E.docx')], { fs: faulty.fs });
    expect(outcome.status).toBe('written');
    expect(faulty.failures).toHaveLength(1);
    expect(await names()).toEqual(['A_E.docx']);
  });

  it('names the file that could not be made, and writes nothing of it', async () => {
    const outcome = await exportToFolder(folder, [
      {
        format: 'pdf',
        fileName: 'A_E.pdf',
        render: () => Promise.reject(new Error('No Chromium at /usr/bin/chromium')),
      },
    ]);
    expect(outcome).toMatchObject({
      status: 'failed',
      message: 'A_E.pdf could not be made: No Chromium at /usr/bin/chromium.',
    });
    expect(await names()).toEqual([]);
  });
});

describe('an export that fails keeps the old file, the draft, and no temporary file', () => {
  const draft = seedAgenda();
  const draftBytes = serializeAgenda(draft);

  /** Each failure the issue names, the operation it strikes, and the words the user reads. */
  const FAILURES: readonly (readonly [string, FaultyMethod, RegExp])[] = [
    ['ENOSPC', 'handle.writeFile', /the disk is full \(ENOSPC\)/],
    ['EDQUOT', 'handle.writeFile', /disk quota/],
    ['EROFS', 'open', /the disk is read-only \(EROFS\)/],
    ['EACCES', 'open', /permission refused/i],
    ['EPERM', 'rename', /permission refused/i],
    ['EXDEV', 'rename', /could not be moved from one disk to another \(EXDEV\)/],
    ['ENAMETOOLONG', 'open', /the file name or the path is too long/],
    ['EIO', 'handle.sync', /read or write failure/],
    ['ETIMEDOUT', 'rename', /drive cannot be reached/],
  ];

  it.each(FAILURES)('%s on %s', async (code, method, cause) => {
    const target = join(folder, 'A_E.docx');
    await writeFile(target, OLD);
    const faulty = new FaultyFileSystem({ skipFsync: true }).inject({
      method,
      code,
      partial: true,
      when: (path) => path.endsWith('.tmp'),
    });
    const outcome = await exportToFolder(folder, [file('A_E.docx')], {
      fs: faulty.fs,
      replace: ['A_E.docx'],
      retryDelaysMs: QUICK_RETRIES,
    });
    const message = expectFailure(outcome, cause);
    expect(faulty.failures.length).toBeGreaterThan(0);
    expect(message).toContain(
      'A_E.docx was not written; a file of that name already there is unchanged.',
    );
    expect(await readFile(target)).toEqual(OLD);
    expect(await names()).toEqual(['A_E.docx']);
    expect(serializeAgenda(draft)).toBe(draftBytes);
  });

  it('when the folder is gone', async () => {
    await rm(folder, { recursive: true });
    const outcome = await exportToFolder(folder, [file('A_E.docx')]);
    expectFailure(outcome, /the folder cannot be found.*disconnected.*\(ENOENT\)/);
    await mkdir(folder);
  });

  it('when the folder vanishes halfway, listing what was written before', async () => {
    const outcome = await exportToFolder(folder, [
      file('A_E.docx'),
      {
        format: 'md',
        fileName: 'A_E.md',
        render: async () => {
          await rm(folder, { recursive: true });
          return NEW;
        },
      },
    ]);
    const message = expectFailure(outcome, /the folder cannot be found/);
    expect(message).toContain('Written before the failure: A_E.docx.');
    expect(outcome.status === 'failed' && outcome.written.map((f) => f.fileName)).toEqual([
      'A_E.docx',
    ]);
    await mkdir(folder);
  });

  it('when the name is too long for the disk (a real ENAMETOOLONG)', async () => {
    const outcome = await exportToFolder(folder, [file(`${'x'.repeat(300)}.docx`)]);
    expectFailure(outcome, /the file name or the path is too long \(ENAMETOOLONG\)/);
    expect(await names()).toEqual([]);
  });

  it('when the bytes read back differ from those written', async () => {
    const target = join(folder, 'A_E.docx');
    await writeFile(target, OLD);
    const real = new FaultyFileSystem({ skipFsync: true }).fs;
    const lying: FileSystem = {
      ...real,
      readFile: (async (path: string, ...rest: unknown[]) => {
        const bytes = await (real.readFile as (...args: unknown[]) => Promise<Buffer>)(
          path,
          ...rest,
        );
        if (!path.endsWith('.tmp')) return bytes;
        const damaged = Buffer.from(bytes);
        damaged[0] = (damaged[0] ?? 0) ^ 0xff;
        return damaged;
      }) as FileSystem['readFile'],
    };
    const outcome = await exportToFolder(folder, [file('A_E.docx')], {
      fs: lying,
      replace: ['A_E.docx'],
    });
    expectFailure(outcome, /read back from the drive differs from what was written/);
    expect(await readFile(target)).toEqual(OLD);
    expect(await names()).toEqual(['A_E.docx']);
  });

  it('says the file may be damaged when it reads back wrong under its own name', async () => {
    const real = new FaultyFileSystem({ skipFsync: true }).fs;
    const lying: FileSystem = {
      ...real,
      readFile: (async (path: string) => {
        const bytes = await real.readFile(path);
        return path.endsWith('.docx') ? bytes.subarray(1) : bytes;
      }) as FileSystem['readFile'],
    };
    const outcome = await exportToFolder(folder, [file('A_E.docx')], { fs: lying });
    const message = expectFailure(outcome, /read back from the drive differs/);
    expect(message).toContain('A_E.docx on the drive may be damaged: export it again');
    expect(message).not.toContain('unchanged');
  });

  it('when the folder is in fact a file', async () => {
    const notAFolder = join(folder, 'share');
    await writeFile(notAFolder, OLD);
    const outcome = await exportToFolder(notAFolder, [file('A_E.docx')]);
    expect(outcome).toMatchObject({
      status: 'failed',
      message: expect.stringContaining('it is a file, not a folder') as unknown,
    });
  });
});
