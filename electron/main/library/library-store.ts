import { join } from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import { type Agenda, AgendaSchema, IdSchema } from '../../../shared/model/agenda';
import { newId } from '../../../shared/model/ids';
import { serializeAgenda } from '../../../shared/model/serialize';
import { type AgendaTemplate, createAgenda } from '../../../shared/model/templates';
import type {
  LibraryEntry,
  LibraryListing,
  SetAsideNotice,
} from '../../../shared/library/library-entry';
import { AgendumError } from '../../../shared/ipc/agendum-error';
import { type FileSystem, errorCode, realFileSystem } from './file-system';
import { UnreadableFileError, ValidatedJsonFile } from './validated-json-file';

const IndexEntrySchema = z.object({
  id: IdSchema,
  name: z.string(),
  symbol: z.string(),
  meetingTitle: z.string(),
});
type IndexEntry = z.infer<typeof IndexEntrySchema>;

const LibraryIndexSchema = z.object({
  schemaVersion: z.literal(1),
  entries: z.array(IndexEntrySchema),
});
type LibraryIndex = z.infer<typeof LibraryIndexSchema>;

const AGENDA_EXTENSION = '.agendum';

/**
 * The library: one `.agendum` file per agenda under `agendas/`, and a small
 * index (`library.json`) holding what the library view lists, so that listing
 * never reads every agenda. Deleted agendas move to `trash/`.
 */
export class LibraryStore {
  private readonly agendaFolder: string;
  private readonly trashFolder: string;
  private readonly index: Low<LibraryIndex>;
  private readonly agendaFiles = new Map<string, Low<Agenda>>();
  private notices: SetAsideNotice[] = [];
  private opened: Promise<void> | undefined;

  constructor(
    readonly dataFolder: string,
    private readonly fs: FileSystem = realFileSystem,
  ) {
    this.agendaFolder = join(dataFolder, 'agendas');
    this.trashFolder = join(dataFolder, 'trash');
    const indexFile = new ValidatedJsonFile(
      join(dataFolder, 'library.json'),
      LibraryIndexSchema,
      (data) => `${JSON.stringify(data, null, 2)}\n`,
      fs,
    );
    this.index = new Low(indexFile, { schemaVersion: 1, entries: [] });
  }

  async list(): Promise<LibraryListing> {
    await this.open();
    const entries = await Promise.all(
      this.index.data.entries.map(async (entry): Promise<LibraryEntry> => {
        const updatedAt = await this.fs
          .stat(this.agendaPath(entry.id))
          .then((stats) => stats.mtime.toISOString())
          .catch(() => new Date(0).toISOString());
        return { ...entry, updatedAt };
      }),
    );
    const notices = this.notices;
    this.notices = [];
    return { entries, notices };
  }

  async create(name: string, template: AgendaTemplate): Promise<LibraryEntry> {
    await this.open();
    const agenda = createAgenda(template);
    await this.writeAgenda(agenda);
    return this.addToIndex({
      id: agenda.id,
      name: name.trim() || 'Untitled agenda',
      symbol: '',
      meetingTitle: '',
    });
  }

  async duplicate(id: string): Promise<LibraryEntry> {
    const source = await this.load(id);
    const entry = this.requireEntry(id);
    const copy: Agenda = { ...structuredClone(source), id: newId() };
    await this.writeAgenda(copy);
    return this.addToIndex({ ...entry, id: copy.id, name: `${entry.name} (copy)` });
  }

  async rename(id: string, name: string): Promise<LibraryEntry> {
    await this.open();
    const entry = this.requireEntry(id);
    entry.name = name.trim();
    await this.index.write();
    return this.describe(entry);
  }

  /** Moves the agenda's file to the trash folder; nothing is destroyed. */
  async delete(id: string): Promise<void> {
    await this.open();
    this.requireEntry(id);
    await this.fs.mkdir(this.trashFolder, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    try {
      await this.fs.rename(
        this.agendaPath(id),
        join(this.trashFolder, `${id}.${stamp}${AGENDA_EXTENSION}`),
      );
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
    }
    this.agendaFiles.delete(id);
    this.index.data.entries = this.index.data.entries.filter((entry) => entry.id !== id);
    await this.index.write();
  }

  async load(id: string): Promise<Agenda> {
    await this.open();
    this.requireEntry(id);
    const file = this.agendaFile(id);
    try {
      await file.read();
    } catch (error) {
      if (error instanceof UnreadableFileError) {
        this.forget(id);
        await this.index.write();
        throw new AgendumError('corrupt-file', error.message);
      }
      throw error;
    }
    if (file.data === null) {
      throw new AgendumError('not-found', 'This agenda’s file is no longer in the library folder.');
    }
    // A file copied in by hand may carry another agenda's id; its file name wins.
    return file.data.id === id ? file.data : { ...file.data, id };
  }

  async save(agenda: Agenda): Promise<{ savedAt: string }> {
    await this.open();
    const entry = this.requireEntry(agenda.id);
    await this.writeAgenda(agenda);
    if (entry.symbol !== agenda.header.symbol || entry.meetingTitle !== agenda.meeting.title) {
      entry.symbol = agenda.header.symbol;
      entry.meetingTitle = agenda.meeting.title;
      await this.index.write();
    }
    return { savedAt: new Date().toISOString() };
  }

  private async writeAgenda(agenda: Agenda): Promise<void> {
    const file = this.agendaFile(agenda.id);
    file.data = agenda;
    await file.write();
  }

  private agendaFile(id: string): Low<Agenda> {
    let file = this.agendaFiles.get(id);
    if (!file) {
      const adapter = new ValidatedJsonFile(
        this.agendaPath(id),
        AgendaSchema,
        serializeAgenda,
        this.fs,
      );
      file = new Low<Agenda>(adapter, null as unknown as Agenda);
      this.agendaFiles.set(id, file);
    }
    return file;
  }

  private agendaPath(id: string): string {
    return join(this.agendaFolder, `${id}${AGENDA_EXTENSION}`);
  }

  private requireEntry(id: string): IndexEntry {
    const entry = this.index.data.entries.find((candidate) => candidate.id === id);
    if (!entry) throw new AgendumError('not-found', 'This agenda is no longer in the library.');
    return entry;
  }

  private async addToIndex(entry: IndexEntry): Promise<LibraryEntry> {
    this.index.data.entries.push(entry);
    await this.index.write();
    return this.describe(entry);
  }

  private async describe(entry: IndexEntry): Promise<LibraryEntry> {
    const stats = await this.fs.stat(this.agendaPath(entry.id)).catch(() => undefined);
    return { ...entry, updatedAt: (stats?.mtime ?? new Date()).toISOString() };
  }

  private forget(id: string): void {
    this.agendaFiles.delete(id);
    this.index.data.entries = this.index.data.entries.filter((entry) => entry.id !== id);
  }

  private open(): Promise<void> {
    this.opened ??= this.openOnce();
    return this.opened;
  }

  /**
   * Reads the index and reconciles it with the folder: agendas whose file has
   * gone are dropped, files the index does not know (copied in by hand, or an
   * index that was lost) are read, checked and added.
   */
  private async openOnce(): Promise<void> {
    await this.fs.mkdir(this.agendaFolder, { recursive: true });
    let indexLost = false;
    try {
      await this.index.read();
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      this.noteSetAside(error);
      this.index.data = { schemaVersion: 1, entries: [] };
      indexLost = true;
    }
    const files = (await this.fs.readdir(this.agendaFolder)).filter(
      (name) => name.endsWith(AGENDA_EXTENSION) && !name.startsWith('.'),
    );
    const onDisk = new Set(files.map((name) => name.slice(0, -AGENDA_EXTENSION.length)));
    const known = new Set(this.index.data.entries.map((entry) => entry.id));
    let changed = indexLost;
    for (const id of known) {
      if (!onDisk.has(id)) {
        this.forget(id);
        changed = true;
      }
    }
    for (const id of onDisk) {
      if (known.has(id) || !IdSchema.safeParse(id).success) continue;
      const agenda = await this.readForIndex(id);
      if (agenda) {
        this.index.data.entries.push({
          id,
          name: agenda.meeting.title || 'Untitled agenda',
          symbol: agenda.header.symbol,
          meetingTitle: agenda.meeting.title,
        });
      }
      changed = true;
    }
    if (changed) await this.index.write();
  }

  private async readForIndex(id: string): Promise<Agenda | null> {
    const file = this.agendaFile(id);
    try {
      await file.read();
      return file.data;
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      this.agendaFiles.delete(id);
      this.noteSetAside(error);
      return null;
    }
  }

  private noteSetAside(error: UnreadableFileError): void {
    this.notices.push({ file: error.file, setAsideAs: error.setAsideAs, reason: error.reason });
  }
}
