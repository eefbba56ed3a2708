import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { writeFileDurably } from './durable-file';
import { type FileSystem, errorCode, realFileSystem } from './file-system';

/** Why a file on disk could not be used; the file itself has been moved aside. */
export class UnreadableFileError extends Error {
  constructor(
    readonly file: string,
    readonly setAsideAs: string,
    readonly reason: string,
  ) {
    super(`${file} could not be read (${reason}); it was kept as ${setAsideAs}.`);
    this.name = 'UnreadableFileError';
  }
}

/**
 * A lowdb adapter that never trusts the disk and never leaves a half-written file.
 *
 * Reading parses JSON and then the schema; a file that fails either is renamed
 * aside (never overwritten) and reported. Writing goes through writeFileDurably,
 * one write at a time per file.
 */
export class ValidatedJsonFile<T> implements Adapter<T> {
  private pendingWrite: Promise<void> = Promise.resolve();

  constructor(
    readonly path: string,
    private readonly schema: z.ZodType<T>,
    private readonly serialize: (data: T) => string,
    private readonly fs: FileSystem = realFileSystem,
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await this.fs.readFile(this.path, 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
    const reason = describeProblem(text, this.schema);
    if (reason.ok) return reason.data;
    const setAsideAs = await setAside(this.fs, this.path);
    throw new UnreadableFileError(this.path, setAsideAs, reason.message);
  }

  write(data: T): Promise<void> {
    const bytes = this.serialize(data);
    const write = this.pendingWrite.then(() => writeFileDurably(this.path, bytes, { fs: this.fs }));
    // The queue goes on after a failure; the caller of this write sees the error.
    this.pendingWrite = write.catch(() => undefined);
    return write;
  }
}

type Checked<T> = { ok: true; data: T } | { ok: false; message: string };

function describeProblem<T>(text: string, schema: z.ZodType<T>): Checked<T> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'invalid JSON';
    return { ok: false, message: text.trim() === '' ? 'the file is empty' : `not JSON: ${detail}` };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return {
    ok: false,
    message: `does not match the Agendum format (${where}${issue?.message ?? ''})`,
  };
}

/** Renames a bad file to `<name>.unreadable-<time>` beside it and returns the new path. */
async function setAside(fs: FileSystem, path: string): Promise<string> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = `${path}.unreadable-${stamp}`;
  await fs.rename(path, target);
  return target;
}
