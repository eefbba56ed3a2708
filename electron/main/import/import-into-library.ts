import { basename, extname } from 'node:path';
import { importPlainText } from '../../../shared/import/from-markdown';
import { ImportError, type ImportResult } from '../../../shared/import/import-result';
import type { ImportedAgenda } from '../../../shared/library/imported-agenda';
import type { LibraryStore } from '../library/library-store';
import { importAgendaFile } from './import-agenda-file';
import { importDocumentFile } from './read-import-file';

/**
 * "Import…" and "Paste text…" of the library view: a previous agenda, as a
 * `.agendum`, Word, Markdown or text file or as pasted text, becomes a new
 * agenda of the library. A file that cannot be read as an agenda is refused
 * before anything is created.
 */

/** Saves what an import read as a new agenda, under `name`, and says what was found. */
export async function addImportedAgenda(
  library: LibraryStore,
  name: string,
  result: ImportResult,
): Promise<ImportedAgenda> {
  const { agenda } = result;
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
  return {
    entry: { ...entry, symbol: agenda.header.symbol, meetingTitle: agenda.meeting.title },
    summary: result.summary,
    notes: [...result.notes],
  };
}

function nameFor(result: ImportResult, fallback: string): string {
  const { header, meeting } = result.agenda;
  return (meeting.title.trim() || header.symbol.trim() || fallback).slice(0, 500);
}

/** A file picked in main's open dialog: `.agendum` as it is, anything else read by the importer. */
export async function importFileIntoLibrary(
  library: LibraryStore,
  path: string,
): Promise<ImportedAgenda> {
  if (extname(path).toLowerCase() === '.agendum') {
    return { entry: await importAgendaFile(library, path), summary: null, notes: [] };
  }
  const result = await importDocumentFile(path);
  const fileName = basename(path, extname(path)).trim();
  return addImportedAgenda(library, fileName || nameFor(result, 'Imported agenda'), result);
}

/** Text pasted from the clipboard (an e-mail, a web page), read as a plain-text agenda. */
export async function importTextIntoLibrary(
  library: LibraryStore,
  text: string,
): Promise<ImportedAgenda> {
  if (text.trim() === '') {
    throw new ImportError('empty', 'There is no text to import: paste the agenda into the box.');
  }
  const result = importPlainText(text);
  return addImportedAgenda(library, nameFor(result, 'Pasted agenda'), result);
}
