import { AgendumError } from '../../../shared/ipc/agendum-error';
import { errorCode } from './file-system';

const NETWORK_DRIVE_GONE =
  'The drive cannot be reached (a network drive that is disconnected or asleep, perhaps)';

/**
 * What a file-system error code means, in the words of someone who is not a programmer.
 *
 * Storage and export both show these; the code itself goes at the end, in
 * brackets, for whoever gives support.
 */
const CAUSES: Readonly<Record<string, string>> = {
  ENOSPC: 'The disk is full',
  EDQUOT: 'Your share of the disk is used up (disk quota)',
  EFBIG: 'The file is too large for this disk',
  EACCES: 'Permission refused: your account may not write or read there',
  EPERM:
    'Permission refused: the system did not allow it (the file may be read-only, or held by another program such as an antivirus)',
  EROFS: 'The disk is read-only',
  EBUSY: 'The file is in use by another program (an antivirus or a backup tool, perhaps)',
  ETXTBSY: 'The file is in use by another program',
  EAGAIN: 'The disk is busy for the moment',
  EIO: 'The disk reported a read or write failure (it may be damaged or was disconnected)',
  EXDEV: 'The file could not be moved from one disk to another',
  ENOENT: 'The file or folder is no longer there',
  ENOTDIR: 'A folder on the way is missing, or is a file',
  EISDIR: 'A folder is in the way where a file was expected',
  EEXIST: 'A file of that name is already there',
  ENOTEMPTY: 'The folder is not empty',
  ENAMETOOLONG: 'The file name or the path is too long',
  EMFILE: 'Too many files are open at once',
  ENFILE: 'Too many files are open at once',
  ELOOP: 'The path loops back on itself through links',
  EINVAL: 'The disk refused the operation as invalid (a name with characters it does not accept?)',
  ETIMEDOUT: NETWORK_DRIVE_GONE,
  EHOSTDOWN: NETWORK_DRIVE_GONE,
  EHOSTUNREACH: NETWORK_DRIVE_GONE,
  ENETDOWN: NETWORK_DRIVE_GONE,
  ENETUNREACH: NETWORK_DRIVE_GONE,
  ENOTCONN: NETWORK_DRIVE_GONE,
  ECONNRESET: NETWORK_DRIVE_GONE,
  ECONNREFUSED: NETWORK_DRIVE_GONE,
  ECONNABORTED: NETWORK_DRIVE_GONE,
  ESTALE: NETWORK_DRIVE_GONE,
  EPIPE: NETWORK_DRIVE_GONE,
};

/** The cause of a file-system failure in plain words, e.g. "The disk is full (ENOSPC)". */
export function diskErrorMessage(error: unknown): string {
  const code = errorCode(error);
  if (code === undefined) return 'The disk reported an unexpected problem';
  const cause = CAUSES[code] ?? 'The disk reported an unexpected problem';
  return `${cause} (${code})`;
}

/** Whether an error came from the file system (a Node system error with an E… code). */
export function isDiskError(error: unknown): boolean {
  return /^E[A-Z0-9]+$/.test(errorCode(error) ?? '');
}

/**
 * The AgendumError the user sees when `failedAction` met a file-system error:
 * "The agenda could not be saved: the disk is full (ENOSPC)." plus what happens next.
 */
export function diskError(error: unknown, failedAction: string, nextStep = ''): AgendumError {
  const cause = diskErrorMessage(error);
  const sentence = `${failedAction}: ${cause.charAt(0).toLowerCase()}${cause.slice(1)}.`;
  return new AgendumError('disk', nextStep === '' ? sentence : `${sentence} ${nextStep}`);
}
