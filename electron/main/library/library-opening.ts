import { join } from 'node:path';
import type { SetAsideNotice } from '../../../shared/library/library-entry';
import type { AgendaFiles } from './agenda-files';
import { removeAbandonedTemporaryFiles } from './durable-file';
import type { FileSystem } from './file-system';
import type { IndexEntry, LibraryIndex } from './library-index';
import { NewerFormatError, UnreadableFileError } from './validated-json-file';

export interface LibraryOpeningParts {
  readonly fs: FileSystem;
  readonly dataFolder: string;
  readonly agendas: AgendaFiles;
  readonly index: LibraryIndex;
  readonly now: () => Date;
  readonly isProcessAlive: ((pid: number) => boolean) | undefined;
  readonly onNotice: (notice: SetAsideNotice) => void;
}

/**
 * Reads the index and reconciles it with the folder: agendas whose file has
 * gone are dropped, files the index does not know (copied in by hand, or an
 * index that was lost) are read, checked and added. Temporary files left by
 * a crash are removed.
 */
export async function openLibrary(parts: LibraryOpeningParts): Promise<void> {
  const { fs, dataFolder, agendas, index, onNotice } = parts;
  await fs.mkdir(agendas.folder, { recursive: true });
  const cleanup = { fs, now: parts.now, isProcessAlive: parts.isProcessAlive };
  for (const folder of [dataFolder, agendas.folder, join(dataFolder, 'trash')]) {
    await removeAbandonedTemporaryFiles(folder, cleanup);
  }
  try {
    await index.read();
  } catch (error) {
    if (!(error instanceof UnreadableFileError) || error.setAsideAs === null) throw error;
    onNotice({ file: error.file, setAsideAs: error.setAsideAs, reason: error.reason });
    index.reset();
  }
  const onDisk = new Set(await agendas.idsOnDisk());
  const gone = index.entries.filter((entry) => !onDisk.has(entry.id)).map((entry) => entry.id);
  const found: IndexEntry[] = [];
  for (const id of onDisk) {
    if (index.find(id)) continue;
    const entry = await entryForUnknownFile(id, agendas, onNotice);
    if (entry) found.push(entry);
  }
  // One write for the whole folder: a lost index may have to list hundreds of files again.
  if (gone.length > 0 || found.length > 0) await index.reconcile(gone, found, 'derived');
}

async function entryForUnknownFile(
  id: string,
  agendas: AgendaFiles,
  onNotice: (notice: SetAsideNotice) => void,
): Promise<IndexEntry | null> {
  try {
    const agenda = await agendas.read(id);
    if (agenda === null) return null;
    const meetingTitle = agenda.meeting.title;
    return {
      id,
      name: meetingTitle || 'Untitled agenda',
      symbol: agenda.header.symbol,
      meetingTitle,
    };
  } catch (error) {
    if (error instanceof NewerFormatError) {
      // Listed, so that opening it says why it cannot be; the file stays as it is.
      return {
        id,
        name: 'Agenda made by a newer version of Agendum',
        symbol: '',
        meetingTitle: '',
      };
    }
    if (!(error instanceof UnreadableFileError)) throw error;
    // Left in place when it cannot be moved (held by another program): told, skipped, tried next time.
    onNotice({
      file: error.file,
      setAsideAs: error.setAsideAs ?? error.file,
      reason: error.reason,
    });
    return null;
  }
}
