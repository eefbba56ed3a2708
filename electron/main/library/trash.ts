import { join } from 'node:path';
import { z } from 'zod';
import { AgendumError } from '../../../shared/ipc/agendum-error';
import { IdSchema } from '../../../shared/model/agenda';
import { retryTransient, writeFileDurably } from './durable-file';
import { type FileSystem, errorCode, fileStamp, realFileSystem, unusedPath } from './file-system';

/** What the library knew of an agenda when it was deleted, kept beside it in the trash. */
export const TrashedEntrySchema = z.object({
  id: IdSchema,
  name: z.string(),
  symbol: z.string(),
  meetingTitle: z.string(),
  deletedAt: z.string(),
});
export type TrashedEntry = z.infer<typeof TrashedEntrySchema>;

/** One deleted agenda, as the trash lists it. */
export interface TrashEntry extends TrashedEntry {
  /** Names the deleted file; pass it to restoreFromTrash. */
  readonly trashId: string;
}

const AGENDA_EXTENSION = '.agendum';
const ENTRY_EXTENSION = '.entry.json';
/** `<agenda id>.<stamp>`, the stamp possibly followed by `-2`… when two deletions share a millisecond. */
const TRASH_ID = /^([A-Za-z0-9_-]{1,64})\.(\d{4}-\d{2}-\d{2}T[\d-]+Z(?:-\d+)?)$/;

export interface TrashOptions {
  readonly fs?: FileSystem;
  readonly now?: () => Date;
  readonly retryDelaysMs?: readonly number[];
}

/**
 * Deleted agendas: `trash/<id>.<stamp>.agendum`, moved there whole, with
 * `<id>.<stamp>.entry.json` keeping the name it had in the library.
 */
export class Trash {
  private readonly fs: FileSystem;
  private readonly now: () => Date;

  constructor(
    private readonly folder: string,
    private readonly options: TrashOptions = {},
  ) {
    this.fs = options.fs ?? realFileSystem;
    this.now = options.now ?? (() => new Date());
  }

  /** Moves the agenda file in; false when there was no file to move. */
  async put(agendaPath: string, entry: Omit<TrashedEntry, 'deletedAt'>): Promise<boolean> {
    await this.fs.mkdir(this.folder, { recursive: true });
    const now = this.now();
    const base = await unusedPath(
      this.fs,
      join(this.folder, `${entry.id}.${fileStamp(now)}`),
      AGENDA_EXTENSION,
    );
    const trashId = base.slice(this.folder.length + 1, -AGENDA_EXTENSION.length);
    const trashed: TrashedEntry = { ...entry, deletedAt: now.toISOString() };
    // The name first: a crash between the two steps leaves a note without a file, which is ignored.
    await writeFileDurably(
      this.entryPath(trashId),
      `${JSON.stringify(trashed, null, 2)}\n`,
      this.options,
    );
    try {
      await retryTransient(() => this.fs.rename(agendaPath, base), this.options.retryDelaysMs);
      return true;
    } catch (error) {
      await this.fs.rm(this.entryPath(trashId), { force: true }).catch(() => undefined);
      if (errorCode(error) === 'ENOENT') return false;
      throw error;
    }
  }

  /** Newest deletion first. */
  async list(): Promise<TrashEntry[]> {
    let files: string[];
    try {
      files = await this.fs.readdir(this.folder);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
    const entries: TrashEntry[] = [];
    for (const file of files) {
      if (!file.endsWith(AGENDA_EXTENSION)) continue;
      const trashId = file.slice(0, -AGENDA_EXTENSION.length);
      const match = TRASH_ID.exec(trashId);
      if (!match?.[1]) continue;
      entries.push({ trashId, ...(await this.readEntry(trashId, match[1])) });
    }
    return entries.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  }

  /** The path of a trashed agenda file, after checking that the id names one. */
  async locate(trashId: string): Promise<{ path: string; entry: TrashedEntry }> {
    const match = TRASH_ID.exec(trashId);
    if (!match?.[1]) throw notInTrash();
    const path = this.agendaPath(trashId);
    const exists = await this.fs.stat(path).then(
      () => true,
      (error: unknown) => {
        if (errorCode(error) === 'ENOENT') return false;
        throw error;
      },
    );
    if (!exists) throw notInTrash();
    return { path, entry: await this.readEntry(trashId, match[1]) };
  }

  /** Deletes a trashed agenda for good, its note with it. */
  async remove(trashId: string): Promise<TrashedEntry> {
    const { path, entry } = await this.locate(trashId);
    await retryTransient(() => this.fs.rm(path), this.options.retryDelaysMs);
    await this.forget(trashId);
    return entry;
  }

  /** After a restore: the note goes with the file. */
  async forget(trashId: string): Promise<void> {
    await this.fs.rm(this.entryPath(trashId), { force: true }).catch(() => undefined);
  }

  private async readEntry(trashId: string, id: string): Promise<TrashedEntry> {
    const text = await this.fs.readFile(this.entryPath(trashId), 'utf8').catch(() => '');
    try {
      const parsed = TrashedEntrySchema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
    } catch {
      // A missing or damaged note: the file is what matters; the name falls back below.
    }
    const stamp = TRASH_ID.exec(trashId)?.[2] ?? '';
    const deletedAt = stamp.replace(/^(.{10}T\d\d)-(\d\d)-(\d\d)-(\d{3})Z.*$/, '$1:$2:$3.$4Z');
    return { id, name: 'Deleted agenda', symbol: '', meetingTitle: '', deletedAt };
  }

  private agendaPath(trashId: string): string {
    return join(this.folder, `${trashId}${AGENDA_EXTENSION}`);
  }

  private entryPath(trashId: string): string {
    return join(this.folder, `${trashId}${ENTRY_EXTENSION}`);
  }
}

function notInTrash(): AgendumError {
  return new AgendumError('not-found', 'This agenda is no longer in the trash.');
}
