import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  copyFileDurably,
  linkDurably,
  writeFileDurably,
} from '../../../../../electron/main/library/durable-file';
import {
  FaultyFileSystem,
  type FaultyMethod,
  QUICK_RETRIES,
  temporaryFolder,
} from './test-library';

let folder: { path: string; remove: () => Promise<void> };
let target: string;
beforeEach(async () => {
  folder = await temporaryFolder();
  target = join(folder.path, 'agenda.agendum');
  await writeFile(target, 'the previous save');
});
afterEach(async () => {
  await folder.remove();
});

describe('writeFileDurably', () => {
  it('replaces the file whole and leaves nothing else behind', async () => {
    await writeFileDurably(target, 'the new save');
    expect(await readFile(target, 'utf8')).toBe('the new save');
    expect(await readdir(folder.path)).toEqual(['agenda.agendum']);
  });

  const interruptions: readonly (readonly [string, FaultyMethod, string, boolean])[] = [
    ['a write cut off halfway by a full disk', 'handle.writeFile', 'ENOSPC', true],
    ['a flush to disk that fails', 'handle.sync', 'EIO', false],
    ['a rename refused', 'rename', 'EXDEV', false],
    ['a rename that stays busy', 'rename', 'EBUSY', false],
    ['no room for the temporary file', 'open', 'ENOSPC', false],
  ];

  it.each(interruptions)(
    'keeps the previous file after %s',
    async (_name, method, code, partial) => {
      const faulty = new FaultyFileSystem().inject({ method, code, partial });
      await expect(
        writeFileDurably(target, 'the new save, which never lands', {
          fs: faulty.fs,
          retryDelaysMs: QUICK_RETRIES,
        }),
      ).rejects.toMatchObject({ code });
      expect(await readFile(target, 'utf8')).toBe('the previous save');
      expect(await readdir(folder.path)).toEqual(['agenda.agendum']);
    },
  );

  it('waits out a rename that is busy twice', async () => {
    const faulty = new FaultyFileSystem().inject({ method: 'rename', code: 'EBUSY', times: 2 });
    await writeFileDurably(target, 'the new save', { fs: faulty.fs, retryDelaysMs: [5, 5, 5] });
    expect(faulty.failures).toHaveLength(2);
    expect(await readFile(target, 'utf8')).toBe('the new save');
  });

  it('accepts a folder that cannot be opened to flush (Windows)', async () => {
    const faulty = new FaultyFileSystem().inject({
      method: 'open',
      code: 'EISDIR',
      when: (path) => path === folder.path,
    });
    await writeFileDurably(target, 'the new save', { fs: faulty.fs });
    expect(faulty.failures).toEqual([`open ${folder.path}`]);
    expect(await readFile(target, 'utf8')).toBe('the new save');
  });
});

describe('copyFileDurably', () => {
  it('copies the file whole, as a file of its own, and leaves nothing else behind', async () => {
    const copy = join(folder.path, 'copy.agendum');
    await copyFileDurably(target, copy);
    expect(await readFile(copy, 'utf8')).toBe('the previous save');
    expect(await readdir(folder.path)).toEqual(['agenda.agendum', 'copy.agendum']);
    // Changed in place, the original leaves its copy as it was.
    await writeFile(target, 'changed by hand');
    expect(await readFile(copy, 'utf8')).toBe('the previous save');
  });

  it('leaves no copy, whole or partial, when the flush fails', async () => {
    const faulty = new FaultyFileSystem().inject({ method: 'handle.sync', code: 'EIO' });
    const copy = join(folder.path, 'copy.agendum');
    await expect(copyFileDurably(target, copy, { fs: faulty.fs })).rejects.toMatchObject({
      code: 'EIO',
    });
    expect(await readdir(folder.path)).toEqual(['agenda.agendum']);
  });
});

describe('linkDurably', () => {
  it('gives the file a second name without writing its bytes again', async () => {
    const faulty = new FaultyFileSystem();
    const second = join(folder.path, 'second.agendum');
    await linkDurably(target, second, { fs: faulty.fs });
    expect((await stat(second)).ino).toBe((await stat(target)).ino);
    expect(faulty.calls.filter((call) => call.startsWith('copyFile'))).toEqual([]);
  });

  it.each(['EXDEV', 'EPERM', 'ENOTSUP'])(
    'copies the file where the file system refuses links (%s)',
    async (code) => {
      const faulty = new FaultyFileSystem().inject({ method: 'link', code });
      const second = join(folder.path, 'second.agendum');
      await linkDurably(target, second, { fs: faulty.fs });
      expect(faulty.failures).toEqual([`link ${target}`]);
      expect(await readFile(second, 'utf8')).toBe('the previous save');
      expect((await stat(second)).ino).not.toBe((await stat(target)).ino);
      expect(await readdir(folder.path)).toEqual(['agenda.agendum', 'second.agendum']);
    },
  );

  it('reports any other failure of the link', async () => {
    const faulty = new FaultyFileSystem().inject({ method: 'link', code: 'ENOSPC' });
    const second = join(folder.path, 'second.agendum');
    await expect(linkDurably(target, second, { fs: faulty.fs })).rejects.toMatchObject({
      code: 'ENOSPC',
    });
    expect(await readdir(folder.path)).toEqual(['agenda.agendum']);
  });
});
