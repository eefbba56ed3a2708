import * as nodeFs from 'node:fs/promises';

/**
 * The file operations storage and export use, passed in so that tests can
 * inject ENOSPC, EIO, a crash halfway through a write, and the like.
 */
export type FileSystem = Pick<
  typeof nodeFs,
  'open' | 'readFile' | 'rename' | 'rm' | 'mkdir' | 'readdir' | 'stat' | 'copyFile' | 'link'
>;

export const realFileSystem: FileSystem = nodeFs;

/** What link() fails with where the file system has no hard links (FAT, some network shares). */
export const NO_HARD_LINK_CODES: ReadonlySet<string> = new Set([
  'EPERM',
  'ENOTSUP',
  'ENOSYS',
  'EOPNOTSUPP',
  'EXDEV',
  'EMLINK',
]);

/** The error code of a Node file-system error, if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** A moment as it can appear in a file name on every system: no ":" (Windows), no ".". */
export function fileStamp(moment: Date): string {
  return moment.toISOString().replace(/[:.]/g, '-');
}

/**
 * `<base><suffix>`, or `<base>-2<suffix>`, `-3`… if that name is taken.
 *
 * Files are set aside and trashed under stamped names; two in the same
 * millisecond must not land on one name, since a rename would replace the first.
 */
export async function unusedPath(fs: FileSystem, base: string, suffix = ''): Promise<string> {
  for (let attempt = 1; ; attempt += 1) {
    const candidate = attempt === 1 ? `${base}${suffix}` : `${base}-${attempt}${suffix}`;
    const exists = await fs.stat(candidate).then(
      () => true,
      (error: unknown) => {
        if (errorCode(error) === 'ENOENT') return false;
        throw error;
      },
    );
    if (!exists) return candidate;
  }
}

/** Whether a process of this computer is still running; a stale lock or temporary file is not. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it belongs to someone else.
    return errorCode(error) === 'EPERM';
  }
}
