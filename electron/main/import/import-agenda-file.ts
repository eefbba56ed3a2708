import { basename, extname } from 'node:path';
import type { LibraryEntry } from '../../../shared/library/library-entry';
import type { Agenda } from '../../../shared/model/agenda';
import { AgendumError } from '../../../shared/ipc/agendum-error';
import { agendaFileFormat } from '../library/agenda-files';
import { diskError, isDiskError } from '../library/disk-error-message';
import { type FileSystem, realFileSystem } from '../library/file-system';
import type { LibraryStore } from '../library/library-store';
import { checkJsonText } from '../library/validated-json-file';

/** Far above any real agenda (the seed is 18 kB); a bigger file is not one. */
const MAX_AGENDA_FILE_BYTES = 64 * 1024 * 1024;

/**
 * Reads a `.agendum` file from outside the library (a colleague's, from a
 * shared drive): upgraded if older, checked against the schema, refused with
 * the reason in plain words otherwise. The file itself is never changed.
 */
export async function readAgendaFile(
  path: string,
  fs: FileSystem = realFileSystem,
): Promise<Agenda> {
  const name = basename(path);
  let text: string;
  try {
    const stats = await fs.stat(path);
    if (stats.size > MAX_AGENDA_FILE_BYTES) {
      throw new AgendumError('corrupt-file', `${name} is too large to be an agenda.`);
    }
    text = await fs.readFile(path, 'utf8');
  } catch (error) {
    if (isDiskError(error)) throw diskError(error, `${name} could not be read`);
    throw error;
  }
  const check = checkJsonText(text, agendaFileFormat());
  switch (check.status) {
    case 'loaded':
    case 'upgraded':
      return check.data;
    case 'newer':
    case 'damaged':
      throw new AgendumError('corrupt-file', `${name} cannot be imported: ${check.reason}.`);
  }
}

/**
 * Adds the agenda of a `.agendum` file to the library, under the file's name.
 *
 * It always gets a new id: the library's public operations create agendas
 * with fresh ids only, which also means an import can never replace an
 * agenda already in the library (the same file imported twice gives two).
 */
export async function importAgendaFile(
  library: LibraryStore,
  path: string,
  fs: FileSystem = realFileSystem,
): Promise<LibraryEntry> {
  const agenda = await readAgendaFile(path, fs);
  const name = basename(path, extname(path)).trim() || agenda.meeting.title || 'Imported agenda';
  const entry = await library.create(name, 'blank');
  try {
    await library.save({ ...agenda, id: entry.id });
  } catch (error) {
    // The blank agenda made to hold it goes to the trash rather than stay looking like the import.
    await library.delete(entry.id).catch(() => undefined);
    throw error;
  }
  // Saving took the agenda for this instance; the window that opens it next takes it for itself.
  await library.release(entry.id).catch(() => undefined);
  return { ...entry, symbol: agenda.header.symbol, meetingTitle: agenda.meeting.title };
}
