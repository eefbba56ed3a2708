import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type FileSystem, errorCode, realFileSystem } from './file-system';

/** Codes that Windows and antivirus software raise for a moment and then clear. */
const TRANSIENT_CODES = new Set(['EPERM', 'EBUSY']);
const RETRY_DELAYS_MS = [50, 100, 200, 400, 800, 1_600, 3_200];

export interface DurableWriteOptions {
  readonly fs?: FileSystem;
  /** Delays between retries of a transient rename failure; tests shorten them. */
  readonly retryDelaysMs?: readonly number[];
}

/**
 * Writes a file so that a crash at any moment leaves either the old bytes or
 * the new ones, never a mixture: temporary file in the same folder, fsync,
 * rename over the target, fsync the folder.
 */
export async function writeFileDurably(
  path: string,
  data: string | Uint8Array,
  options: DurableWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? realFileSystem;
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(temporary, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await retryTransient(() => fs.rename(temporary, path), options.retryDelaysMs);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(fs, folder);
}

/** Makes the rename itself durable; Windows cannot open a folder, and needs no such step. */
async function syncFolder(fs: FileSystem, folder: string): Promise<void> {
  let handle;
  try {
    handle = await fs.open(folder, 'r');
  } catch (error) {
    if (['EISDIR', 'EPERM', 'EACCES'].includes(errorCode(error) ?? '')) return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    // Some network file systems refuse fsync on a folder; the rename is done all the same.
    if (!['EINVAL', 'ENOTSUP', 'EBADF'].includes(errorCode(error) ?? '')) throw error;
  } finally {
    await handle.close();
  }
}

export async function retryTransient<T>(
  operation: () => Promise<T>,
  delaysMs: readonly number[] = RETRY_DELAYS_MS,
): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await operation();
    } catch (error) {
      const delay = delaysMs[attempt];
      if (delay === undefined || !TRANSIENT_CODES.has(errorCode(error) ?? '')) throw error;
      await sleep(delay);
    }
  }
}
