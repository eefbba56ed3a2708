import { mkdir, mkdtemp, open, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LibraryStore } from '../../electron/main/library/library-store';
import type { Agenda } from '../../shared/model/agenda';
import { serializeAgenda } from '../../shared/model/serialize';
import { generateAgenda, withOneEdit } from './generate-agenda';
import { median, timed } from './stats';

/**
 * Save: one edit persisted through the real LibraryStore.save, against the
 * raw limit of the same disk in the same run: the same bytes written with
 * writeFile + fsync + rename. The two alternate (store, raw, raw, store, …)
 * so that a burst of noise from a neighbour falls on both.
 */

export interface SaveResult {
  readonly items: number;
  readonly bytes: number;
  readonly storeMs: readonly number[];
  readonly rawMs: readonly number[];
  /** Per pair: store ÷ raw, taken side by side. */
  readonly pairRatios: readonly number[];
  /** JSON.stringify of the agenda alone: part of the store's time, none of the raw's. */
  readonly serializeMs: number;
}

/** The physical floor: the bytes already made, written as a careful program would. */
export async function rawDurableWrite(path: string, bytes: string): Promise<void> {
  const temporary = `${path}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, path);
}

/** A store holding one agenda of the given size, ready to save it (lock taken, history started). */
export async function storeWithAgenda(
  folder: string,
  items: number,
): Promise<{ store: LibraryStore; agenda: Agenda }> {
  const store = new LibraryStore(join(folder, 'library'));
  const entry = await store.create(`Benchmark ${items}`, 'blank');
  const agenda = { ...generateAgenda(items), id: entry.id };
  await store.openForEditing(entry.id);
  // The first saves take the lock and start the history; a user's session is past them.
  await store.save(withOneEdit(agenda, -1));
  await store.save(withOneEdit(agenda, -2));
  return { store, agenda };
}

export async function measureSave(
  items: number,
  repeats: number,
  log: (line: string) => void,
): Promise<SaveResult> {
  const folder = await mkdtemp(join(tmpdir(), 'agendum-bench-save-'));
  try {
    const { store, agenda } = await storeWithAgenda(folder, items);
    const rawFolder = join(folder, 'raw');
    await mkdir(rawFolder);
    const rawPath = join(rawFolder, `${agenda.id}.agendum`);
    await rawDurableWrite(rawPath, serializeAgenda(agenda));

    const storeMs: number[] = [];
    const rawMs: number[] = [];
    const serializeMsList: number[] = [];
    for (let revision = 0; revision < repeats; revision += 1) {
      const edited = withOneEdit(agenda, revision);
      const serializeStart = performance.now();
      const bytes = serializeAgenda(edited);
      serializeMsList.push(performance.now() - serializeStart);
      const viaStore = () => timed(() => store.save(edited));
      const viaRaw = () => timed(() => rawDurableWrite(rawPath, bytes));
      if (revision % 2 === 0) {
        storeMs.push(await viaStore());
        rawMs.push(await viaRaw());
      } else {
        rawMs.push(await viaRaw());
        storeMs.push(await viaStore());
      }
    }
    const bytes = Buffer.byteLength(serializeAgenda(withOneEdit(agenda, 0)));
    const pairRatios = storeMs.map((ms, index) => ms / (rawMs[index] ?? Number.NaN));
    log(
      `  save ${items} items (${(bytes / 1024).toFixed(0)} KB): store ${median(storeMs).toFixed(1)} ms, raw ${median(rawMs).toFixed(1)} ms`,
    );
    return {
      items,
      bytes,
      storeMs,
      rawMs,
      pairRatios,
      serializeMs: median(serializeMsList),
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
