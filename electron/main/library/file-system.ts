import * as nodeFs from 'node:fs/promises';

/**
 * The file operations storage and export use, passed in so that tests can
 * inject ENOSPC, EIO, a crash halfway through a write, and the like.
 */
export type FileSystem = Pick<
  typeof nodeFs,
  'open' | 'readFile' | 'rename' | 'rm' | 'mkdir' | 'readdir' | 'stat' | 'copyFile'
>;

export const realFileSystem: FileSystem = nodeFs;

/** The error code of a Node file-system error, if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error as { code: unknown };
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}
