import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  type FileSystem,
  NO_HARD_LINK_CODES,
  errorCode,
  isProcessAlive,
  realFileSystem,
} from './file-system';

/** Codes that Windows and antivirus software raise for a moment and then clear. */
const TRANSIENT_CODES = new Set(['EPERM', 'EBUSY']);
/** About six seconds in all: long enough for a virus scan of one file, short enough to tell the user. */
const RETRY_DELAYS_MS = [50, 100, 200, 400, 800, 1_600, 3_200];

/** A temporary file left by a process that is gone may be removed after this long in any case. */
const ABANDONED_AFTER_MS = 60 * 60 * 1_000;

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
  await replaceThroughTemporaryFile(path, options, async (fs, temporary) => {
    // 'wx': a name already taken is someone else's write; never write through it.
    await withHandle(fs, temporary, 'wx', async (handle) => {
      await handle.writeFile(data);
      await handle.sync();
    });
  });
}

/**
 * Copies `source` to `path` with the same guarantees as writeFileDurably.
 *
 * The copy is the system's (a clone where the file system has them, as APFS,
 * Btrfs and ReFS do): the bytes never pass through JavaScript again.
 */
export async function copyFileDurably(
  source: string,
  path: string,
  options: DurableWriteOptions = {},
): Promise<void> {
  await replaceThroughTemporaryFile(path, options, async (fs, temporary) => {
    await fs.copyFile(source, temporary, constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE);
    // 'r+': Windows flushes only a handle open for writing.
    await withHandle(fs, temporary, 'r+', (handle) => handle.sync());
  });
}

/**
 * `fill` makes a whole, synced temporary file beside `path`; it is renamed
 * over `path` and the folder synced. On failure the temporary file goes.
 */
async function replaceThroughTemporaryFile(
  path: string,
  options: DurableWriteOptions,
  fill: (fs: FileSystem, temporary: string) => Promise<void>,
): Promise<void> {
  const fs = options.fs ?? realFileSystem;
  const temporary = temporaryPathFor(path);
  try {
    await fill(fs, temporary);
    await retryTransient(() => fs.rename(temporary, path), options.retryDelaysMs);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(fs, dirname(path));
}

type FileHandle = Awaited<ReturnType<FileSystem['open']>>;

async function withHandle(
  fs: FileSystem,
  path: string,
  flags: string,
  use: (handle: FileHandle) => Promise<void>,
): Promise<void> {
  const handle = await fs.open(path, flags);
  try {
    await use(handle);
  } finally {
    await handle.close();
  }
}

/**
 * Gives the whole, synced file `existing` a second name, `path`: a hard link,
 * or a durable copy on file systems without them (FAT, some network shares).
 * Only for files never written in place, or the two names would change together.
 */
export async function linkDurably(
  existing: string,
  path: string,
  options: DurableWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? realFileSystem;
  try {
    await fs.link(existing, path);
  } catch (error) {
    if (!NO_HARD_LINK_CODES.has(errorCode(error) ?? '')) throw error;
    await copyFileDurably(existing, path, options);
    return;
  }
  await syncFolder(fs, dirname(path));
}

/**
 * `.<name>.<pid>-<random>.tmp` beside the target.
 *
 * The pid tells a later run whether the writer is gone (its file abandoned by
 * a crash) or still writing (another instance of the app).
 */
function temporaryPathFor(path: string): string {
  const random = randomBytes(6).toString('hex');
  return join(dirname(path), `.${basename(path)}.${process.pid}-${random}.tmp`);
}

const TEMPORARY_NAME = /^\..+\.(\d+)-[0-9a-f]+\.tmp$/;
const OLD_TEMPORARY_NAME = /^\..+\.[0-9a-f]{12}\.tmp$/;

export interface CleanupOptions {
  readonly fs?: FileSystem;
  readonly now?: () => Date;
  readonly isProcessAlive?: (pid: number) => boolean;
}

/**
 * Removes the temporary files that a crash left in `folder`: those of a
 * process that is no longer running, and any older than an hour.
 * Returns the names removed.
 */
export async function removeAbandonedTemporaryFiles(
  folder: string,
  options: CleanupOptions = {},
): Promise<string[]> {
  const fs = options.fs ?? realFileSystem;
  const alive = options.isProcessAlive ?? isProcessAlive;
  const now = (options.now ?? (() => new Date()))().getTime();
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = TEMPORARY_NAME.exec(name);
    if (!match && !OLD_TEMPORARY_NAME.test(name)) continue;
    const pid = Number(match?.[1] ?? Number.NaN);
    const path = join(folder, name);
    let abandoned = Number.isSafeInteger(pid) && pid !== process.pid && !alive(pid);
    if (!abandoned) {
      const stats = await fs.stat(path).catch(() => undefined);
      abandoned = stats !== undefined && now - stats.mtimeMs > ABANDONED_AFTER_MS;
    }
    if (!abandoned) continue;
    await fs.rm(path, { force: true }).then(
      () => removed.push(name),
      () => undefined,
    );
  }
  return removed;
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
