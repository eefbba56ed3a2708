import { Low } from 'lowdb';
import { z } from 'zod';
import { IdSchema } from '../../../shared/model/agenda';
import { ValidatedJsonFile, type ValidatedJsonFileOptions } from './validated-json-file';

const IndexEntrySchema = z.object({
  id: IdSchema,
  name: z.string(),
  symbol: z.string(),
  meetingTitle: z.string(),
});
export type IndexEntry = z.infer<typeof IndexEntrySchema>;

const LibraryIndexSchema = z.object({
  schemaVersion: z.literal(1),
  entries: z.array(IndexEntrySchema),
});
type LibraryIndexData = z.infer<typeof LibraryIndexSchema>;

/**
 * How much a change of the index matters if it cannot be written:
 * `required` when the change exists nowhere else (a name the user typed), so
 * the operation fails and memory stays as the disk is; `derived` when the
 * folder or the agenda file already holds the truth (a save, a deletion), so
 * memory moves on and the write is tried again with the next change.
 */
export type IndexChange = 'required' | 'derived';

/**
 * `library.json`: the list the library view shows, so that listing never
 * reads every agenda. It can always be rebuilt from the agenda files but for
 * the names, which live only here.
 */
export class LibraryIndex {
  private readonly file: Low<LibraryIndexData>;
  /** Memory holds a change that the disk does not yet. */
  private unwritten = false;

  constructor(path: string, options: ValidatedJsonFileOptions) {
    const adapter = new ValidatedJsonFile(
      path,
      {
        schema: LibraryIndexSchema,
        serialize: (data) => `${JSON.stringify(data, null, 2)}\n`,
        formatName: 'the library index format',
      },
      options,
    );
    this.file = new Low(adapter, { schemaVersion: 1, entries: [] });
  }

  get entries(): readonly IndexEntry[] {
    return this.file.data.entries;
  }

  find(id: string): IndexEntry | undefined {
    return this.file.data.entries.find((entry) => entry.id === id);
  }

  /** Throws UnreadableFileError (the file set aside) or a disk error; a missing file is an empty index. */
  async read(): Promise<void> {
    await this.file.read();
  }

  /** After the old index was set aside: start empty, to be filled from the folder and written. */
  reset(): void {
    this.file.data = { schemaVersion: 1, entries: [] };
    this.unwritten = true;
  }

  async replace(
    id: string,
    change: (entry: IndexEntry) => IndexEntry,
    kind: IndexChange,
  ): Promise<IndexEntry | undefined> {
    let updated: IndexEntry | undefined;
    await this.commit(
      this.entries.map((entry) => {
        if (entry.id !== id) return entry;
        updated = change(entry);
        return updated;
      }),
      kind,
    );
    return updated;
  }

  add(entry: IndexEntry, kind: IndexChange): Promise<void> {
    return this.commit([...this.entries.filter((known) => known.id !== entry.id), entry], kind);
  }

  remove(ids: readonly string[], kind: IndexChange): Promise<void> {
    return this.commit(
      this.entries.filter((entry) => !ids.includes(entry.id)),
      kind,
    );
  }

  /** Drops the entries of `gone` and adds those of `found`, in one write. */
  reconcile(
    gone: readonly string[],
    found: readonly IndexEntry[],
    kind: IndexChange,
  ): Promise<void> {
    const replaced = new Set([...gone, ...found.map((entry) => entry.id)]);
    return this.commit(
      [...this.entries.filter((entry) => !replaced.has(entry.id)), ...found],
      kind,
    );
  }

  /** Writes a change that an earlier failure left only in memory. */
  async flush(): Promise<void> {
    if (this.unwritten) await this.commit(this.entries, 'derived');
  }

  private async commit(entries: readonly IndexEntry[], kind: IndexChange): Promise<void> {
    const next: LibraryIndexData = { schemaVersion: 1, entries: [...entries] };
    try {
      await this.file.adapter.write(next);
      this.unwritten = false;
    } catch (error) {
      if (kind === 'required') throw error;
      this.unwritten = true;
    }
    this.file.data = next;
  }
}
