import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FileSystem, realFileSystem } from '../../electron/main/library/file-system';
import { LibraryStore } from '../../electron/main/library/library-store';
import { serializeAgenda } from '../../shared/model/serialize';
import { generateAgenda } from './generate-agenda';
import { median, timed } from './stats';

/**
 * Opening the library: a fresh LibraryStore (as at app start) on a folder of
 * 1,000 agendas, to the listing the library view shows. The folder is made
 * once and indexed once by the store; each repeat is a new instance.
 */

export interface FileReads {
  files: number;
  bytes: number;
  opens: number;
  stats: number;
  /** The agenda files (`.agendum`) among the files read whole. */
  agendaFiles: number;
  /** Renames: one per durable write (temporary file, then rename). */
  renames: number;
}

export interface LibraryResult {
  readonly agendas: number;
  readonly folderBytes: number;
  /** The first list of a folder whose agendas the index did not know yet: every file read and indexed. */
  readonly indexingMs: number;
  /** What that first list read and wrote. */
  readonly indexing: FileReads;
  readonly listMs: readonly number[];
  /** A second list() on an instance already open: the index is in memory. */
  readonly warmListMs: number;
  /** What one fresh instance's list() read. */
  readonly reads: FileReads;
}

function emptyReads(): FileReads {
  return { files: 0, bytes: 0, opens: 0, stats: 0, agendaFiles: 0, renames: 0 };
}

/** The real file system, counting what is read through it. */
export function countingFileSystem(reads: FileReads): FileSystem {
  const readFile = async (...args: Parameters<FileSystem['readFile']>) => {
    // readFile's overloads give a string or a Buffer depending on the options passed through.
    const readAny = realFileSystem.readFile as (...passed: typeof args) => Promise<string | Buffer>;
    const content = await readAny(...args);
    reads.files += 1;
    reads.bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length;
    const [path] = args;
    if (typeof path === 'string' && path.endsWith('.agendum')) reads.agendaFiles += 1;
    return content;
  };
  const open = (...args: Parameters<FileSystem['open']>) => {
    reads.opens += 1;
    return realFileSystem.open(...args);
  };
  const stat = (...args: Parameters<FileSystem['stat']>) => {
    reads.stats += 1;
    return realFileSystem.stat(...args);
  };
  const rename = (...args: Parameters<FileSystem['rename']>) => {
    reads.renames += 1;
    return realFileSystem.rename(...args);
  };
  return {
    ...realFileSystem,
    rename,
    readFile: readFile as FileSystem['readFile'],
    open,
    stat: stat as FileSystem['stat'],
  };
}

/**
 * Writes `count` agendas of 10 items (about 70 KB each) straight into the
 * folder, as a library copied from another computer would arrive.
 */
async function writeLibraryFolder(libraryFolder: string, count: number): Promise<number> {
  const agendasFolder = join(libraryFolder, 'agendas');
  await mkdir(agendasFolder, { recursive: true });
  const base = generateAgenda(10);
  let bytes = 0;
  for (let index = 0; index < count; index += 1) {
    const id = `library-agenda-${String(index).padStart(4, '0')}`;
    const text = serializeAgenda({
      ...base,
      id,
      header: { ...base.header, symbol: `CTOC/COP/WG.2/2025/${index + 1}` },
      meeting: { ...base.meeting, title: `Session ${index + 1} of the Working Group` },
    });
    bytes += Buffer.byteLength(text);
    await writeFile(join(agendasFolder, `${id}.agendum`), text);
  }
  return bytes;
}

/**
 * Runs `action` on a library folder of `count` agendas that a store has
 * indexed once (the time of that first list is passed along), then removes it.
 */
export async function withIndexedLibrary<T>(
  count: number,
  action: (
    libraryFolder: string,
    folderBytes: number,
    indexingMs: number,
    indexingReads: FileReads,
  ) => Promise<T>,
): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'agendum-bench-library-'));
  try {
    const libraryFolder = join(folder, 'library');
    const folderBytes = await writeLibraryFolder(libraryFolder, count);
    const indexingReads = emptyReads();
    const indexing = new LibraryStore(libraryFolder, countingFileSystem(indexingReads));
    const indexingMs = await timed(async () => {
      const listing = await indexing.list();
      if (listing.entries.length !== count) {
        throw new Error(`The store listed ${listing.entries.length} of ${count} agendas`);
      }
    });
    return await action(libraryFolder, folderBytes, indexingMs, indexingReads);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export function measureLibrary(
  count: number,
  repeats: number,
  log: (line: string) => void,
): Promise<LibraryResult> {
  return withIndexedLibrary(count, async (libraryFolder, folderBytes, indexingMs, indexing) => {
    log(`  library: ${count} agendas indexed in ${indexingMs.toFixed(0)} ms`);
    const listMs: number[] = [];
    let reads = emptyReads();
    let warmListMs = Number.NaN;
    for (let repeat = 0; repeat < repeats; repeat += 1) {
      const counted = emptyReads();
      const store = new LibraryStore(libraryFolder, countingFileSystem(counted));
      listMs.push(await timed(() => store.list()));
      reads = counted;
      if (repeat === 0) warmListMs = await timed(() => store.list());
    }
    log(`  library: list ${median(listMs).toFixed(1)} ms (median of ${repeats})`);
    return { agendas: count, folderBytes, indexingMs, indexing, listMs, warmListMs, reads };
  });
}
