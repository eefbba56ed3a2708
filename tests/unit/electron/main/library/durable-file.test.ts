import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileDurably } from '../../../../../electron/main/library/durable-file';
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
