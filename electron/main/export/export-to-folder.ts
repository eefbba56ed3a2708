import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { ExportFormat } from '../../../shared/export/export-formats';
import type { ExportOutcome, ExportedFile } from '../../../shared/export/export-request';
import { diskErrorMessage, isDiskError } from '../library/disk-error-message';
import { retryTransient } from '../library/durable-file';
import { type FileSystem, errorCode, realFileSystem } from '../library/file-system';

/**
 * Writes exported files into a folder the user chose, typically on a shared
 * drive that may vanish, fill up or refuse a write at any moment.
 *
 * Nothing already in the folder is replaced unless the user agreed to it;
 * each file is written whole under a temporary name in the same folder,
 * flushed, checked, then renamed into place and read back. On a failure the
 * temporary file is removed, a file that was there stays as it was, and the
 * outcome says which folder and why, in plain words.
 */

export interface ExportFile {
  readonly format: ExportFormat;
  readonly fileName: string;
  /** Made only when its turn comes, so a slow PDF shows as progress on that file. */
  readonly render: () => Promise<Uint8Array>;
}

export interface ExportProgress {
  readonly fileName: string;
  /** 0-based position of the file in the export. */
  readonly index: number;
  readonly total: number;
  readonly phase: 'writing' | 'written';
}

export interface ExportToFolderOptions {
  readonly fs?: FileSystem;
  /** Names of files already there that the user agreed to replace. */
  readonly replace?: readonly string[];
  readonly onProgress?: (progress: ExportProgress) => void;
  /** Delays between retries of a transient EPERM/EBUSY on rename; tests shorten them. */
  readonly retryDelaysMs?: readonly number[];
}

/** The bytes read back differ from those written: the drive did not keep them. */
export class ReadBackMismatchError extends Error {
  constructor(
    readonly path: string,
    /** Found under the file's own name, after the rename: what was there before is gone. */
    readonly inPlace: boolean,
  ) {
    super(`${path} does not hold the bytes written to it`);
    this.name = 'ReadBackMismatchError';
  }
}

/** A file of that name appeared in the folder after the user was asked. */
class AppearedMeanwhileError extends Error {
  constructor(readonly fileName: string) {
    super(`${fileName} appeared in the folder during the export`);
    this.name = 'AppearedMeanwhileError';
  }
}

/** Names of `fileNames` that are already in `folder`. A folder that cannot be read throws. */
export async function existingFiles(
  folder: string,
  fileNames: readonly string[],
  fs: FileSystem = realFileSystem,
): Promise<string[]> {
  const found: string[] = [];
  for (const fileName of fileNames) {
    if (await exists(fs, join(folder, fileName))) found.push(fileName);
  }
  return found;
}

export async function exportToFolder(
  folder: string,
  files: readonly ExportFile[],
  options: ExportToFolderOptions = {},
): Promise<ExportOutcome> {
  const fs = options.fs ?? realFileSystem;
  const agreed = new Set(options.replace ?? []);
  const written: ExportedFile[] = [];
  let current: ExportFile | undefined;
  try {
    const stats = await fs.stat(folder);
    if (!stats.isDirectory()) {
      const headline = `Could not export to “${folder}”: it is a file, not a folder`;
      return failed(folder, headline, written, undefined);
    }
    const present = await existingFiles(
      folder,
      files.map((file) => file.fileName),
      fs,
    );
    const unasked = present.filter((fileName) => !agreed.has(fileName));
    if (unasked.length > 0) return { status: 'conflicts', folder, fileNames: unasked };

    for (const [index, file] of files.entries()) {
      current = file;
      const report = (phase: ExportProgress['phase']) =>
        options.onProgress?.({ fileName: file.fileName, index, total: files.length, phase });
      report('writing');
      const bytes = await renderFile(file);
      const path = join(folder, file.fileName);
      await writeVerified(fs, folder, file.fileName, bytes, {
        mayReplace: agreed.has(file.fileName),
        retryDelaysMs: options.retryDelaysMs,
      });
      written.push({ format: file.format, fileName: file.fileName, path });
      report('written');
    }
    return { status: 'written', folder, files: written };
  } catch (error) {
    if (error instanceof AppearedMeanwhileError) {
      // Asked again, for this file only; what was written so far stays written.
      return { status: 'conflicts', folder, fileNames: [error.fileName] };
    }
    if (error instanceof RenderError && current) {
      const headline = `${current.fileName} could not be made: ${error.reason}`;
      return failed(folder, headline, written, undefined);
    }
    const cause = await describeCause(fs, folder, error);
    const headline = `Could not export to the folder “${folder}”: ${cause}`;
    if (error instanceof ReadBackMismatchError && error.inPlace && current) {
      const note = `${current.fileName} on the drive may be damaged: export it again, or check the drive.`;
      return failed(folder, headline, written, undefined, note);
    }
    return failed(folder, headline, written, current);
  }
}

/** A file that could not be made at all (no Chromium for the PDF, say) is not a disk failure. */
class RenderError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'RenderError';
  }
}

async function renderFile(file: ExportFile): Promise<Uint8Array> {
  try {
    return await file.render();
  } catch (error) {
    throw new RenderError(error instanceof Error ? error.message : String(error));
  }
}

interface WriteOptions {
  readonly mayReplace: boolean;
  readonly retryDelaysMs?: readonly number[];
}

/**
 * Temporary file in the destination folder (so the rename cannot cross
 * disks), written, flushed and read back before it takes the real name, then
 * read back again under that name.
 */
async function writeVerified(
  fs: FileSystem,
  folder: string,
  fileName: string,
  bytes: Uint8Array,
  options: WriteOptions,
): Promise<void> {
  const target = join(folder, fileName);
  // A short name of its own: the user's name plus a suffix could pass the 255-byte limit.
  const temporary = join(
    folder,
    `.agendum-export-${process.pid}-${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    const handle = await fs.open(temporary, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await expectBytes(fs, temporary, bytes, false);
    if (options.mayReplace) {
      await retryTransient(() => fs.rename(temporary, target), options.retryDelaysMs);
    } else {
      await moveIntoFreeName(fs, temporary, target, fileName, options.retryDelaysMs);
    }
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(fs, folder);
  await expectBytes(fs, target, bytes, true);
}

/**
 * Gives the temporary file its name only if no file has it: a hard link fails
 * on an existing name instead of replacing it. Drives without hard links
 * (FAT, many network shares) get a check right before the rename instead.
 */
async function moveIntoFreeName(
  fs: FileSystem,
  temporary: string,
  target: string,
  fileName: string,
  retryDelaysMs: readonly number[] | undefined,
): Promise<void> {
  try {
    await fs.link(temporary, target);
    await fs.rm(temporary, { force: true });
    return;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') throw new AppearedMeanwhileError(fileName);
    if (!LINK_UNSUPPORTED.has(errorCode(error) ?? '')) throw error;
  }
  if (await exists(fs, target)) throw new AppearedMeanwhileError(fileName);
  await retryTransient(() => fs.rename(temporary, target), retryDelaysMs);
}

const LINK_UNSUPPORTED = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

async function expectBytes(
  fs: FileSystem,
  path: string,
  expected: Uint8Array,
  inPlace: boolean,
): Promise<void> {
  const actual = await fs.readFile(path);
  if (!Buffer.from(expected).equals(actual)) throw new ReadBackMismatchError(path, inPlace);
}

/** Makes the rename durable; Windows and some network drives cannot, and need not. */
async function syncFolder(fs: FileSystem, folder: string): Promise<void> {
  const handle = await fs.open(folder, 'r').catch(() => undefined);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // The rename is done all the same; a drive that refuses fsync on a folder is not a failure.
  } finally {
    await handle.close();
  }
}

async function exists(fs: FileSystem, path: string): Promise<boolean> {
  try {
    await fs.stat(path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}

/** The cause in plain words, after checking whether the folder itself has gone. */
async function describeCause(fs: FileSystem, folder: string, error: unknown): Promise<string> {
  if (error instanceof ReadBackMismatchError) {
    return 'the file read back from the drive differs from what was written (the drive may be failing, or full)';
  }
  const code = errorCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    const folderThere = await fs.stat(folder).then(
      (stats) => stats.isDirectory(),
      () => false,
    );
    if (!folderThere) {
      return `the folder cannot be found: a network drive that is disconnected, or a folder moved or deleted (${code})`;
    }
  }
  if (isDiskError(error)) return lowerFirst(diskErrorMessage(error));
  return error instanceof Error ? error.message : String(error);
}

function failed(
  folder: string,
  headline: string,
  written: readonly ExportedFile[],
  current: ExportFile | undefined,
  note?: string,
): ExportOutcome {
  const sentences = [`${headline}.`];
  if (current) {
    sentences.push(
      `${current.fileName} was not written; a file of that name already there is unchanged.`,
    );
  }
  if (note !== undefined) sentences.push(note);
  if (written.length > 0) {
    sentences.push(
      `Written before the failure: ${written.map((file) => file.fileName).join(', ')}.`,
    );
  }
  return { status: 'failed', folder, message: sentences.join(' '), written: [...written] };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
