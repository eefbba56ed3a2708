import type { Adapter } from 'lowdb';
import { basename } from 'node:path';
import type { z } from 'zod';
import type { MigrationOutcome } from '../../../shared/model/migrations';
import { diskErrorMessage } from './disk-error-message';
import { retryTransient, writeFileDurably } from './durable-file';
import { type FileSystem, errorCode, fileStamp, realFileSystem, unusedPath } from './file-system';

/** How one kind of JSON file is checked, written and brought up to date. */
export interface JsonFileFormat<T> {
  readonly schema: z.ZodType<T>;
  readonly serialize: (data: T) => string;
  /** How the format is named in messages, e.g. "the Agendum format". */
  readonly formatName: string;
  /** Brings an older document up to the current format; files without migrations omit it. */
  readonly upgrade?: (document: unknown) => MigrationOutcome;
}

export type JsonFileCheck<T> =
  | { readonly status: 'loaded'; readonly data: T }
  | { readonly status: 'upgraded'; readonly data: T; readonly fromVersion: number }
  | { readonly status: 'newer'; readonly reason: string }
  | { readonly status: 'damaged'; readonly reason: string };

/** Why a file on disk could not be used. It was moved aside, unless `setAsideAs` is null. */
export class UnreadableFileError extends Error {
  constructor(
    readonly file: string,
    readonly setAsideAs: string | null,
    readonly reason: string,
    /** Why the file could not be moved aside, when it could not. */
    readonly setAsideFailure?: unknown,
  ) {
    super(
      setAsideAs === null
        ? `The file ${basename(file)} could not be read (${reason}), and could not be moved aside ` +
            `(${diskErrorMessage(setAsideFailure)}); it was left as it is.`
        : `The file ${basename(file)} could not be read (${reason}); it was kept, ` +
            `unchanged, as ${basename(setAsideAs)} in the same folder.`,
    );
    this.name = 'UnreadableFileError';
  }
}

/** A file written by a newer Agendum: left where it is, untouched, for that version to open. */
export class NewerFormatError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`The file ${basename(file)} cannot be opened: ${reason}. It was left as it is.`);
    this.name = 'NewerFormatError';
  }
}

export interface ValidatedJsonFileOptions {
  readonly fs?: FileSystem;
  readonly now?: () => Date;
  readonly retryDelaysMs?: readonly number[];
}

/**
 * A lowdb adapter that never trusts the disk and never leaves a half-written file.
 *
 * Reading parses JSON, upgrades an older format and checks the schema; a file
 * that fails is renamed aside (never overwritten) and reported, and a file of a
 * newer format is left in place. Writing goes through writeFileDurably, one
 * write at a time per file; the first write over an upgraded file first keeps
 * a copy of it as `<name>.v<N>.bak`.
 */
export class ValidatedJsonFile<T> implements Adapter<T> {
  private pendingWrite: Promise<void> = Promise.resolve();
  /** The format version of the file on disk, when it was read through a migration. */
  private upgradedFrom: number | undefined;
  private readonly fs: FileSystem;

  constructor(
    readonly path: string,
    private readonly format: JsonFileFormat<T>,
    private readonly options: ValidatedJsonFileOptions = {},
  ) {
    this.fs = options.fs ?? realFileSystem;
  }

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await this.fs.readFile(this.path, 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
    const check = checkJsonText(text, this.format);
    switch (check.status) {
      case 'loaded':
        this.upgradedFrom = undefined;
        return check.data;
      case 'upgraded':
        this.upgradedFrom = check.fromVersion;
        return check.data;
      case 'newer':
        throw new NewerFormatError(this.path, check.reason);
      case 'damaged': {
        let setAsideAs: string;
        try {
          setAsideAs = await this.setAside();
        } catch (failure) {
          throw new UnreadableFileError(this.path, null, check.reason, failure);
        }
        throw new UnreadableFileError(this.path, setAsideAs, check.reason);
      }
    }
  }

  write(data: T): Promise<void> {
    const bytes = this.format.serialize(data);
    const write = this.pendingWrite.then(async () => {
      if (this.upgradedFrom !== undefined) {
        await this.keepPreMigrationCopy(this.upgradedFrom);
        this.upgradedFrom = undefined;
      }
      await writeFileDurably(this.path, bytes, this.options);
    });
    // The queue goes on after a failure; the caller of this write sees the error.
    this.pendingWrite = write.catch(() => undefined);
    return write;
  }

  /** Renames the bad file to `<name>.unreadable-<time>` beside it; returns the new path. */
  private async setAside(): Promise<string> {
    const now = this.options.now?.() ?? new Date();
    const target = await unusedPath(this.fs, `${this.path}.unreadable-${fileStamp(now)}`);
    await retryTransient(() => this.fs.rename(this.path, target), this.options.retryDelaysMs);
    return target;
  }

  private async keepPreMigrationCopy(version: number): Promise<void> {
    let original: Buffer;
    try {
      original = await this.fs.readFile(this.path);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return;
      throw error;
    }
    const backup = await unusedPath(this.fs, `${this.path}.v${version}`, '.bak');
    await writeFileDurably(backup, original, this.options);
  }
}

/**
 * What the text of a file holds, in a form the store can act on; pure, so
 * that the fuzz test can try thousands of damaged files without a disk.
 */
export function checkJsonText<T>(text: string, format: JsonFileFormat<T>): JsonFileCheck<T> {
  if (text.trim() === '') return { status: 'damaged', reason: 'the file is empty' };
  let json: unknown;
  try {
    // Notepad and some editors put a byte-order mark in front; it is not part of the JSON.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { status: 'damaged', reason: describeJsonError(text, error) };
  }
  const outcome = format.upgrade?.(json) ?? { status: 'current', document: json };
  switch (outcome.status) {
    case 'newer':
      return { status: 'newer', reason: outcome.message };
    case 'refused':
      return { status: 'damaged', reason: outcome.message };
    case 'current':
    case 'migrated': {
      const parsed = format.schema.safeParse(outcome.document);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue && issue.path.length > 0 ? `at ${issue.path.join('.')}: ` : '';
        return {
          status: 'damaged',
          reason: `it does not match ${format.formatName} (${where}${issue?.message ?? 'invalid'})`,
        };
      }
      return outcome.status === 'current'
        ? { status: 'loaded', data: parsed.data }
        : { status: 'upgraded', data: parsed.data, fromVersion: outcome.fromVersion };
    }
  }
}

/**
 * JSON.parse's complaint in a form fit for a message: a file cut short says
 * so, a position becomes a line and column, and quoted content is kept short.
 */
function describeJsonError(text: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : '';
  if (/Unexpected end of JSON input/.test(detail)) {
    return 'it is not valid JSON: it ends too early, as if cut short';
  }
  const position = /at position (\d+)/.exec(detail)?.[1];
  if (position !== undefined) {
    const before = text.slice(0, Number(position)).split('\n');
    const line = before.length;
    const column = (before.at(-1)?.length ?? 0) + 1;
    return `it is not valid JSON (a mistake at line ${line}, column ${column})`;
  }
  const short = detail.replace(/\s+/g, ' ').trim();
  return `it is not valid JSON (${short.length > 80 ? `${short.slice(0, 80)}…` : short})`;
}
