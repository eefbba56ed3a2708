import { join } from 'node:path';
import type { Agenda } from '../../../shared/model/agenda';
import { newId } from '../../../shared/model/ids';
import type { AgendaMigration } from '../../../shared/model/migrations';
import { serializeAgenda } from '../../../shared/model/serialize';
import type { NamedVersionSummary } from '../../../shared/library/history';
import { type NextSessionOptions, startNextSession } from '../../../shared/revisions/next-session';
import { type IssuanceKind, reviseIssuance } from '../../../shared/revisions/revised-issuance';
import { advanceSessionOrdinal } from '../../../shared/revisions/session-ordinals';
import { type AgendaTemplate, createAgenda } from '../../../shared/model/templates';
import type {
  LibraryEntry,
  LibraryListing,
  SetAsideNotice,
} from '../../../shared/library/library-entry';
import { AgendumError } from '../../../shared/ipc/agendum-error';
import type { SaveReceipt } from '../../../shared/ipc/contract';
import { AgendaFiles, agendaFileFormat } from './agenda-files';
import { AgendaLocks, type EditingAccess } from './agenda-lock';
import { diskError, diskErrorMessage, isDiskError } from './disk-error-message';
import { type FileSystem, realFileSystem } from './file-system';
import { type AgendaVersion, AgendaHistory, type HistoryPolicy } from './history';
import { type IndexEntry, LibraryIndex } from './library-index';
import { NamedVersions } from './named-versions';
import { openLibrary } from './library-opening';
import { restoreFromTrash } from './restore-from-trash';
import { Trash, type TrashEntry } from './trash';
import { NewerFormatError, UnreadableFileError, checkJsonText } from './validated-json-file';

export interface LibraryStoreOptions {
  /** The clock of history, trash and set-aside names; tests move it. */
  readonly now?: () => Date;
  /** Delays between retries of a transient EPERM/EBUSY; tests shorten them. */
  readonly retryDelaysMs?: readonly number[];
  readonly migrations?: readonly AgendaMigration[];
  readonly historyPolicy?: Partial<HistoryPolicy>;
  /** Who this instance is, for the one-writer locks; tests play two instances. */
  readonly pid?: number;
  readonly host?: string;
  readonly isProcessAlive?: (pid: number) => boolean;
}

export interface OpenForEditingOptions {
  /** Which window asks; a second window of this instance gets the agenda read-only. */
  readonly holder?: string;
  /** The user chose to open it anyway, knowing who holds it. */
  readonly takeOver?: boolean;
}

const KEPT_IN_EDITOR =
  'Your changes are still in the editor and will be saved once this is solved.';

/**
 * The library: one `.agendum` file per agenda under `agendas/`, a small index
 * (`library.json`) of what the library view lists, earlier versions under
 * `history/<id>/`, and deleted agendas under `trash/`.
 *
 * Operations run one at a time; each failure reaches the caller as an
 * AgendumError in the user's words, and leaves memory as the disk is, so a
 * later attempt writes what it is given.
 */
export class LibraryStore {
  private readonly agendas: AgendaFiles;
  private readonly index: LibraryIndex;
  private readonly locks: AgendaLocks;
  private readonly history: AgendaHistory;
  private readonly named: NamedVersions;
  private readonly trash: Trash;
  private readonly now: () => Date;
  private notices: SetAsideNotice[] = [];
  private opened: Promise<void> | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly dataFolder: string,
    private readonly fs: FileSystem = realFileSystem,
    private readonly options: LibraryStoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    const shared = { fs, now: this.now, retryDelaysMs: options.retryDelaysMs };
    this.agendas = new AgendaFiles(join(dataFolder, 'agendas'), {
      ...shared,
      migrations: options.migrations,
    });
    this.index = new LibraryIndex(join(dataFolder, 'library.json'), shared);
    this.locks = new AgendaLocks(this.agendas.folder, { ...shared, ...options });
    this.history = new AgendaHistory(join(dataFolder, 'history'), {
      ...shared,
      policy: options.historyPolicy,
      isProcessAlive: options.isProcessAlive,
    });
    this.named = new NamedVersions(join(dataFolder, 'history'), shared);
    this.trash = new Trash(join(dataFolder, 'trash'), shared);
  }

  list(): Promise<LibraryListing> {
    return this.run('The library could not be read', async () => {
      const entries = await Promise.all(this.index.entries.map((entry) => this.describe(entry)));
      const notices = this.notices;
      this.notices = [];
      return { entries, notices };
    });
  }

  create(name: string, template: AgendaTemplate): Promise<LibraryEntry> {
    return this.run('The new agenda could not be created', async () => {
      const agenda = createAgenda(template);
      await this.agendas.write(agenda.id, agenda, (error) => this.noteSetAside(error));
      const entry = {
        id: agenda.id,
        name: name.trim() || 'Untitled agenda',
        symbol: '',
        meetingTitle: '',
      };
      await this.addRequired(entry);
      return this.describe(entry);
    });
  }

  duplicate(id: string): Promise<LibraryEntry> {
    return this.run('The agenda could not be duplicated', async () => {
      const source = await this.loadNow(id);
      const entry = this.requireEntry(id);
      const copy: Agenda = { ...structuredClone(source), id: newId() };
      await this.agendas.write(copy.id, copy, (error) => this.noteSetAside(error));
      const copyEntry = { ...entry, id: copy.id, name: `${entry.name} (copy)` };
      await this.addRequired(copyEntry);
      return this.describe(copyEntry);
    });
  }

  rename(id: string, name: string): Promise<LibraryEntry> {
    return this.run('The agenda could not be renamed', async () => {
      this.requireEntry(id);
      const renamed = await this.index.replace(
        id,
        (entry) => ({ ...entry, name: name.trim() }),
        'required',
      );
      return this.describe(renamed ?? this.requireEntry(id));
    });
  }

  /** Moves the agenda's file to the trash folder; nothing is destroyed. */
  delete(id: string): Promise<void> {
    return this.run('The agenda could not be moved to the trash', async () => {
      const entry = this.requireEntry(id);
      await this.locks.ensureWritable(id, 'Agendum did not move it to the trash.');
      await this.trash.put(this.agendas.path(id), entry);
      this.agendas.forget(id);
      await this.locks.release(id).catch(() => undefined);
      await this.index.remove([id], 'derived');
    });
  }

  load(id: string): Promise<Agenda> {
    return this.run('The agenda could not be opened', () => this.loadNow(id));
  }

  save(agenda: Agenda): Promise<SaveReceipt> {
    return this.run('The agenda could not be saved', () => this.saveNow(agenda), KEPT_IN_EDITOR);
  }

  /**
   * Takes the agenda for editing in this window, or tells who edits it
   * elsewhere; a read-only window must not save.
   */
  openForEditing(id: string, options: OpenForEditingOptions = {}): Promise<EditingAccess> {
    return this.run('The agenda could not be opened for editing', async () => {
      this.requireEntry(id);
      return this.locks.acquire(id, options.holder ?? 'default', options.takeOver ?? false);
    });
  }

  /** The window stops editing the agenda; another instance may take it. */
  release(id: string, holder?: string): Promise<void> {
    return this.run('The agenda could not be released', () => this.locks.release(id, holder));
  }

  /** On quit: every agenda this instance edits is released. */
  releaseAll(): Promise<void> {
    return this.run('The agendas could not be released', () => this.locks.releaseAll());
  }

  /** Earlier versions of the agenda, newest first. */
  listVersions(id: string): Promise<AgendaVersion[]> {
    return this.run('The history of the agenda could not be read', async () => {
      this.requireEntry(id);
      return this.history.list(id);
    });
  }

  readVersion(id: string, versionId: string): Promise<Agenda> {
    return this.run('This version could not be read', async () => {
      this.requireEntry(id);
      return this.readVersionNow(id, versionId);
    });
  }

  /**
   * Makes an earlier version the current one, as a new save: the state it
   * replaces stays in the history, so the restore can itself be undone.
   */
  restoreVersion(id: string, versionId: string): Promise<{ agenda: Agenda; savedAt: string }> {
    return this.run('This version could not be restored', async () => {
      this.requireEntry(id);
      const agenda = await this.readVersionNow(id, versionId);
      const current = await this.fs.readFile(this.agendas.path(id), 'utf8').catch(() => null);
      if (current !== null && current !== (await this.history.newestSave(id))) {
        await this.history.record(id, this.agendas.path(id));
      }
      const { savedAt } = await this.saveNow(agenda);
      return { agenda, savedAt };
    });
  }

  /** Keeps the agenda as it is on disk now under a name the user gave, until deleted. */
  nameVersion(id: string, name: string): Promise<NamedVersionSummary> {
    return this.run('This version could not be named', async () => {
      const agenda = await this.loadNow(id);
      return this.named.add(id, name.trim(), serializeAgenda(agenda));
    });
  }

  /** The versions the user named, newest first. */
  listNamedVersions(id: string): Promise<NamedVersionSummary[]> {
    return this.run('The named versions could not be read', async () => {
      this.requireEntry(id);
      return this.named.list(id);
    });
  }

  readNamedVersion(id: string, versionId: string): Promise<Agenda> {
    return this.run('This named version could not be read', async () => {
      this.requireEntry(id);
      return this.checkedVersion(id, await this.named.read(id, versionId));
    });
  }

  deleteNamedVersion(id: string, versionId: string): Promise<void> {
    return this.run('This named version could not be deleted', async () => {
      this.requireEntry(id);
      await this.named.delete(id, versionId);
    });
  }

  /**
   * A new agenda for the next session, started from this one: the ordinal
   * advanced, dates shifted or cleared, documents kept or emptied.
   */
  startNextSession(id: string, options: NextSessionOptions): Promise<LibraryEntry> {
    return this.run('The next session could not be started', async () => {
      const source = await this.loadNow(id);
      const entry = this.requireEntry(id);
      const next = startNextSession(source, options);
      return this.addAgenda(next, nextSessionName(entry.name, next));
    });
  }

  /** A revision, corrigendum, addendum or reissue of the agenda, as a new agenda with its symbol. */
  reviseIssuance(id: string, kind: IssuanceKind): Promise<LibraryEntry> {
    return this.run('The new issuance could not be created', async () => {
      const source = await this.loadNow(id);
      const entry = this.requireEntry(id);
      const issued = this.index.entries.map((known) => known.symbol).filter(Boolean);
      const { agenda } = reviseIssuance(source, kind, {
        issued,
        issueDate: this.now().toISOString().slice(0, 10),
      });
      const symbol = agenda.header.symbol;
      return this.addAgenda(
        agenda,
        symbol ? `${entry.name} (${symbol})` : `${entry.name} (${kind})`,
      );
    });
  }

  /** Deleted agendas, most recently deleted first. */
  listTrash(): Promise<TrashEntry[]> {
    return this.run('The trash could not be read', () => this.trash.list());
  }

  /**
   * Deletes an agenda in the trash for good. Its history and named versions
   * go too, unless the library or the trash still holds an agenda of that id.
   */
  deleteFromTrash(trashId: string): Promise<void> {
    return this.run('The agenda could not be deleted from the trash', async () => {
      const { id } = await this.trash.remove(trashId);
      const kept =
        this.index.find(id) !== undefined ||
        (await this.trash.list()).some((other) => other.id === id);
      // The named versions are kept in the agenda's history folder: they go with it.
      if (!kept) await this.history.removeAll(id);
    });
  }

  /** Puts a deleted agenda back in the library, under a new id if its own is taken again. */
  restoreFromTrash(trashId: string): Promise<LibraryEntry> {
    return this.run('The agenda could not be restored from the trash', async () => {
      const restored = await restoreFromTrash(trashId, {
        fs: this.fs,
        trash: this.trash,
        agendas: this.agendas,
        index: this.index,
        format: agendaFileFormat(this.options.migrations),
        retryDelaysMs: this.options.retryDelaysMs,
        onSetAside: (error) => this.noteSetAside(error),
      });
      return this.describe(restored);
    });
  }

  private async loadNow(id: string): Promise<Agenda> {
    this.requireEntry(id);
    let agenda: Agenda | null;
    try {
      agenda = await this.agendas.read(id);
    } catch (error) {
      if (error instanceof UnreadableFileError && error.setAsideAs !== null) {
        await this.index.remove([id], 'derived');
        throw new AgendumError('corrupt-file', `${error.message} It was removed from the library.`);
      }
      throw error;
    }
    if (agenda === null) {
      await this.index.remove([id], 'derived');
      throw new AgendumError('not-found', 'This agenda’s file is no longer in the library folder.');
    }
    // After a crash between writing an agenda and the index, the index catches up here.
    await this.refreshIndexEntry({ ...agenda, id });
    // A file copied in by hand may carry another agenda's id; its file name wins.
    return agenda.id === id ? agenda : { ...agenda, id };
  }

  private async saveNow(agenda: Agenda): Promise<SaveReceipt> {
    this.requireEntry(agenda.id);
    await this.locks.ensureWritable(agenda.id, `Agendum did not write to it. ${KEPT_IN_EDITOR}`);
    await this.agendas.write(agenda.id, agenda, (error) => this.noteSetAside(error));
    const savedAt = this.now().toISOString();
    // The agenda is safe on disk by now; a history that cannot be written must not undo that,
    // but the user is told that this version is not kept.
    const historyProblem = await this.history
      .record(agenda.id, this.agendas.path(agenda.id))
      .then(() => undefined)
      .catch((error: unknown) => diskErrorMessage(error));
    await this.refreshIndexEntry(agenda);
    return historyProblem === undefined ? { savedAt } : { savedAt, historyProblem };
  }

  /** The index shows the symbol and meeting title of the agenda as on disk. */
  private async refreshIndexEntry({ id, header, meeting }: Agenda): Promise<void> {
    const entry = this.index.find(id);
    if (!entry || (entry.symbol === header.symbol && entry.meetingTitle === meeting.title)) return;
    const fresh = { symbol: header.symbol, meetingTitle: meeting.title };
    await this.index.replace(id, (known) => ({ ...known, ...fresh }), 'derived');
  }

  /** Writes a new agenda and its index entry. */
  private async addAgenda(agenda: Agenda, name: string): Promise<LibraryEntry> {
    await this.agendas.write(agenda.id, agenda, (error) => this.noteSetAside(error));
    const entry = {
      id: agenda.id,
      name: name.trim() || 'Untitled agenda',
      symbol: agenda.header.symbol,
      meetingTitle: agenda.meeting.title,
    };
    await this.addRequired(entry);
    return this.describe(entry);
  }

  private async readVersionNow(id: string, versionId: string): Promise<Agenda> {
    return this.checkedVersion(id, await this.history.read(id, versionId));
  }

  private checkedVersion(id: string, text: string): Agenda {
    const check = checkJsonText(text, agendaFileFormat(this.options.migrations));
    if (check.status === 'damaged' || check.status === 'newer') {
      throw new AgendumError(
        'corrupt-file',
        `This version of the agenda cannot be read: ${check.reason}.`,
      );
    }
    return { ...check.data, id };
  }

  private requireEntry(id: string): IndexEntry {
    const entry = this.index.find(id);
    if (!entry) throw new AgendumError('not-found', 'This agenda is no longer in the library.');
    return entry;
  }

  /** Adds a new agenda's entry; if that fails, its file goes too, so no nameless agenda appears later. */
  private async addRequired(entry: IndexEntry): Promise<void> {
    try {
      await this.index.add(entry, 'required');
    } catch (error) {
      await this.fs.rm(this.agendas.path(entry.id), { force: true }).catch(() => undefined);
      this.agendas.forget(entry.id);
      throw error;
    }
  }

  private async describe(entry: IndexEntry): Promise<LibraryEntry> {
    const stats = await this.fs.stat(this.agendas.path(entry.id)).catch(() => undefined);
    return { ...entry, updatedAt: (stats?.mtime ?? new Date(0)).toISOString() };
  }

  private noteSetAside(error: UnreadableFileError): void {
    if (error.setAsideAs === null) return;
    this.notices.push({ file: error.file, setAsideAs: error.setAsideAs, reason: error.reason });
  }

  /**
   * Runs one operation after the previous one has finished, on an opened
   * library, and turns what went wrong into a message for the user.
   */
  private run<T>(failedAction: string, operation: () => Promise<T>, nextStep = ''): Promise<T> {
    const result = this.queue.then(async () => {
      try {
        await this.open();
        await this.index.flush();
        return await operation();
      } catch (error) {
        throw userError(error, failedAction, nextStep);
      }
    });
    this.queue = result.catch(() => undefined);
    return result;
  }

  private open(): Promise<void> {
    // A library that failed to open (a drive not yet mounted) is tried again next time.
    this.opened ??= openLibrary({
      fs: this.fs,
      dataFolder: this.dataFolder,
      agendas: this.agendas,
      index: this.index,
      now: this.now,
      isProcessAlive: this.options.isProcessAlive,
      onNotice: (notice) => this.notices.push(notice),
    }).catch((error: unknown) => {
      this.opened = undefined;
      throw error;
    });
    return this.opened;
  }
}

/** "Twenty-first session" → "Twenty-second session"; else the meeting with its new session. */
function nextSessionName(name: string, next: Agenda): string {
  const advanced = advanceSessionOrdinal(name);
  if (advanced !== null) return advanced;
  const { session, title } = next.meeting;
  if (session) return `${title.trim() || name}, ${session}`;
  return `${name} (next session)`;
}

function userError(error: unknown, failedAction: string, nextStep: string): unknown {
  if (error instanceof AgendumError) return error;
  if (error instanceof UnreadableFileError || error instanceof NewerFormatError) {
    return new AgendumError('corrupt-file', error.message);
  }
  if (isDiskError(error)) return diskError(error, failedAction, nextStep);
  return error;
}

// Re-exported for the IPC layer, which describes these to the renderer.
export type { AgendaVersion, EditingAccess, TrashEntry };
