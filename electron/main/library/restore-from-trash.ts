import { AgendumError } from '../../../shared/ipc/agendum-error';
import type { Agenda } from '../../../shared/model/agenda';
import { newId } from '../../../shared/model/ids';
import type { AgendaFiles } from './agenda-files';
import { retryTransient } from './durable-file';
import type { FileSystem } from './file-system';
import type { IndexEntry, LibraryIndex } from './library-index';
import type { Trash } from './trash';
import {
  type JsonFileFormat,
  type UnreadableFileError,
  checkJsonText,
} from './validated-json-file';

export interface TrashRestoreParts {
  readonly fs: FileSystem;
  readonly trash: Trash;
  readonly agendas: AgendaFiles;
  readonly index: LibraryIndex;
  readonly format: JsonFileFormat<Agenda>;
  readonly retryDelaysMs: readonly number[] | undefined;
  readonly onSetAside: (error: UnreadableFileError) => void;
}

/**
 * Puts a deleted agenda back in the library with the name it had, under a new
 * id if its own is taken again. On failure it stays in the trash, named.
 */
export async function restoreFromTrash(
  trashId: string,
  parts: TrashRestoreParts,
): Promise<IndexEntry> {
  const { path, entry } = await parts.trash.locate(trashId);
  const check = checkJsonText(await parts.fs.readFile(path, 'utf8'), parts.format);
  if (check.status === 'damaged' || check.status === 'newer') {
    throw new AgendumError(
      'corrupt-file',
      `The deleted agenda cannot be restored: ${check.reason}. It was left in the trash.`,
    );
  }
  const taken =
    parts.index.find(entry.id) !== undefined ||
    (await parts.agendas.idsOnDisk()).includes(entry.id);
  const id = taken ? newId() : entry.id;
  // A copy with a new id inside when the old id is taken again; otherwise the file moves back.
  const copy = taken || check.data.id !== id;
  if (copy) {
    await parts.agendas.write(id, { ...check.data, id }, parts.onSetAside);
  } else {
    await retryTransient(() => parts.fs.rename(path, parts.agendas.path(id)), parts.retryDelaysMs);
  }
  const restored = {
    id,
    name: entry.name,
    symbol: check.data.header.symbol,
    meetingTitle: check.data.meeting.title,
  };
  try {
    await parts.index.add(restored, 'required');
  } catch (error) {
    // Back to the trash with its name, rather than in the library without one.
    if (copy) {
      await parts.fs.rm(parts.agendas.path(id), { force: true }).catch(() => undefined);
      parts.agendas.forget(id);
    } else {
      await retryTransient(
        () => parts.fs.rename(parts.agendas.path(id), path),
        parts.retryDelaysMs,
      ).catch(() => undefined);
    }
    throw error;
  }
  // An upgraded original stays in the trash as it was; a copy that cannot be removed is a spare.
  if (copy && check.status === 'loaded') {
    await parts.fs.rm(path, { force: true }).catch(() => undefined);
  }
  await parts.trash.forget(trashId);
  return restored;
}
