import type { IpcErrorCode } from './contract';

/** An error meant for the user: its message says what went wrong in their words. */
export class AgendumError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AgendumError';
  }
}
