import { Low } from 'lowdb';
import { join } from 'node:path';
import { type Agenda, AgendaSchema, IdSchema } from '../../../shared/model/agenda';
import {
  AGENDA_MIGRATIONS,
  type AgendaMigration,
  migrateAgendaDocument,
} from '../../../shared/model/migrations';
import { serializeAgenda } from '../../../shared/model/serialize';
import { type FileSystem, errorCode, realFileSystem } from './file-system';
import {
  type JsonFileFormat,
  UnreadableFileError,
  ValidatedJsonFile,
  type ValidatedJsonFileOptions,
} from './validated-json-file';

export const AGENDA_EXTENSION = '.agendum';

/** The native file: JSON, upgraded through the migrations, checked against the schema. */
export function agendaFileFormat(
  migrations: readonly AgendaMigration[] = AGENDA_MIGRATIONS,
): JsonFileFormat<Agenda> {
  return {
    schema: AgendaSchema,
    serialize: serializeAgenda,
    formatName: 'the Agendum format',
    upgrade: (document) => migrateAgendaDocument(document, migrations),
  };
}

export interface AgendaFilesOptions extends ValidatedJsonFileOptions {
  readonly migrations?: readonly AgendaMigration[];
}

/**
 * The `.agendum` files of the library folder, one lowdb file each.
 *
 * A file is written over only once this store has read it whole (or written
 * it): a damaged one is set aside first, and one of a newer format is refused.
 */
export class AgendaFiles {
  private readonly files = new Map<string, Low<Agenda>>();
  private readonly trusted = new Set<string>();
  private readonly fs: FileSystem;
  private readonly format: JsonFileFormat<Agenda>;

  constructor(
    readonly folder: string,
    private readonly options: AgendaFilesOptions = {},
  ) {
    this.fs = options.fs ?? realFileSystem;
    this.format = agendaFileFormat(options.migrations);
  }

  path(id: string): string {
    return join(this.folder, `${id}${AGENDA_EXTENSION}`);
  }

  /**
   * The agenda on disk, or null if its file is gone. Throws UnreadableFileError
   * (set aside), NewerFormatError (left in place) or the disk's error.
   */
  async read(id: string): Promise<Agenda | null> {
    const file = this.file(id);
    // Low keeps its old data when the file is missing; the disk is what counts here.
    file.data = null as unknown as Agenda;
    try {
      await file.read();
    } catch (error) {
      this.trusted.delete(id);
      if (error instanceof UnreadableFileError && error.setAsideAs !== null) this.files.delete(id);
      throw error;
    }
    this.trusted.add(id);
    return file.data;
  }

  /**
   * Writes the agenda durably. Reports, through `onSetAside`, a damaged file
   * found in the way (it was moved aside, and the new content takes its place).
   */
  async write(
    id: string,
    agenda: Agenda,
    onSetAside: (error: UnreadableFileError) => void,
  ): Promise<void> {
    if (!this.trusted.has(id)) {
      try {
        await this.read(id);
      } catch (error) {
        if (!(error instanceof UnreadableFileError) || error.setAsideAs === null) throw error;
        onSetAside(error);
      }
    }
    const file = this.file(id);
    file.data = agenda;
    await file.write();
    this.trusted.add(id);
  }

  forget(id: string): void {
    this.files.delete(id);
    this.trusted.delete(id);
  }

  /** Ids of the agenda files in the folder, whatever the index says. */
  async idsOnDisk(): Promise<string[]> {
    let names: string[];
    try {
      names = await this.fs.readdir(this.folder);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
    return names
      .filter((name) => name.endsWith(AGENDA_EXTENSION) && !name.startsWith('.'))
      .map((name) => name.slice(0, -AGENDA_EXTENSION.length))
      .filter((id) => IdSchema.safeParse(id).success);
  }

  private file(id: string): Low<Agenda> {
    let file = this.files.get(id);
    if (!file) {
      const adapter = new ValidatedJsonFile(this.path(id), this.format, this.options);
      file = new Low<Agenda>(adapter, null as unknown as Agenda);
      this.files.set(id, file);
    }
    return file;
  }
}
