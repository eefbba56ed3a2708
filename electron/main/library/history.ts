import { join } from 'node:path';
import { AgendumError } from '../../../shared/ipc/agendum-error';
import { copyFileDurably, linkDurably, removeAbandonedTemporaryFiles } from './durable-file';
import { type FileSystem, errorCode, realFileSystem } from './file-system';

/** A save keeps the state of one save; a snapshot is kept longer, one per stretch of editing. */
export type VersionKind = 'save' | 'snapshot';

/** One earlier state of an agenda, as the History panel lists it. */
export interface AgendaVersion {
  /** Opaque to callers; names the file under `history/<agenda id>/`. */
  readonly versionId: string;
  /** ISO timestamp. */
  readonly savedAt: string;
  readonly kind: VersionKind;
  /** Bytes on disk. */
  readonly size: number;
}

export interface HistoryPolicy {
  /** The most recent saves are all kept, however old. */
  readonly savesKept: number;
  /** A snapshot is taken at a save when the last one is older than this. */
  readonly snapshotEveryMs: number;
  /** Snapshots older than this are removed. */
  readonly snapshotsKeptForMs: number;
}

export const DEFAULT_HISTORY_POLICY: HistoryPolicy = {
  savesKept: 20,
  snapshotEveryMs: 5 * 60 * 1_000,
  snapshotsKeptForMs: 30 * 24 * 60 * 60 * 1_000,
};

export interface AgendaHistoryOptions {
  readonly fs?: FileSystem;
  readonly now?: () => Date;
  readonly retryDelaysMs?: readonly number[];
  readonly policy?: Partial<HistoryPolicy>;
  readonly isProcessAlive?: (pid: number) => boolean;
}

/** `2012-10-17T10-00-00.000Z-1.save`: time (file-name safe), a counter within the millisecond, kind. */
const VERSION_ID =
  /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})\.(\d{3})Z-(\d{1,6})\.(save|snapshot)$/;
const VERSION_EXTENSION = '.agendum';

interface VersionName {
  readonly versionId: string;
  readonly savedAt: string;
  readonly time: number;
  readonly counter: number;
  readonly kind: VersionKind;
}

/**
 * Earlier states of each agenda, as whole `.agendum` files under
 * `history/<id>/`: every save (the last `savesKept`), and one snapshot per
 * `snapshotEveryMs` of editing (kept `snapshotsKeptForMs`).
 */
export class AgendaHistory {
  private readonly fs: FileSystem;
  private readonly now: () => Date;
  private readonly policy: HistoryPolicy;
  /** Agendas whose folder this run has made and cleaned. */
  private readonly prepared = new Set<string>();

  constructor(
    private readonly folder: string,
    private readonly options: AgendaHistoryOptions = {},
  ) {
    this.fs = options.fs ?? realFileSystem;
    this.now = options.now ?? (() => new Date());
    this.policy = { ...DEFAULT_HISTORY_POLICY, ...options.policy };
  }

  /**
   * Keeps the agenda file at `source`, as just saved, as the newest save of
   * agenda `id`, and as a snapshot if one is due.
   *
   * A copy, not a link to `source`: another program may change the agenda
   * file in place, and the history must not change with it.
   */
  async record(id: string, source: string): Promise<void> {
    await this.prepare(id);
    const versions = await this.names(id);
    const now = this.now();
    const lastSnapshot = versions.find((version) => version.kind === 'snapshot');
    const snapshotDue =
      !lastSnapshot || now.getTime() - lastSnapshot.time >= this.policy.snapshotEveryMs;
    const counter =
      1 + Math.max(0, ...versions.filter((v) => v.time === now.getTime()).map((v) => v.counter));
    const save = newVersion(now, counter, 'save');
    const snapshot = snapshotDue ? newVersion(now, counter, 'snapshot') : null;
    const savePath = this.versionPath(id, save.versionId);
    try {
      await copyFileDurably(source, savePath, this.options);
      if (snapshot) {
        // Both names are the history's own, never written in place: one file may carry both.
        await linkDurably(savePath, this.versionPath(id, snapshot.versionId), this.options);
      }
    } catch (error) {
      // The folder may have been removed meanwhile; the next save makes it again.
      this.prepared.delete(id);
      throw error;
    }
    const added = snapshot ? [save, snapshot] : [save];
    await this.prune(id, now, [...added, ...versions].sort(newestFirst));
  }

  /** Newest first. */
  async list(id: string): Promise<AgendaVersion[]> {
    const names = await this.names(id);
    const versions = await Promise.all(
      names.map(async (name): Promise<AgendaVersion | null> => {
        const stats = await this.fs.stat(this.versionPath(id, name.versionId)).catch(() => null);
        if (stats === null) return null;
        return {
          versionId: name.versionId,
          savedAt: name.savedAt,
          kind: name.kind,
          size: stats.size,
        };
      }),
    );
    return versions.filter((version) => version !== null);
  }

  /** The bytes of one version; the caller checks them like any file from disk. */
  async read(id: string, versionId: string): Promise<string> {
    if (!VERSION_ID.test(versionId)) {
      throw new AgendumError('not-found', 'There is no such version of this agenda.');
    }
    try {
      return await this.fs.readFile(this.versionPath(id, versionId), 'utf8');
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
      throw new AgendumError('not-found', 'This version is no longer in the history.');
    }
  }

  /** The newest save, if any, so that a restore can first keep a state the history lacks. */
  async newestSave(id: string): Promise<string | null> {
    const newest = (await this.names(id)).find((version) => version.kind === 'save');
    return newest ? this.read(id, newest.versionId) : null;
  }

  /** The agenda's folder exists, cleared of what a crash left, once per run. */
  private async prepare(id: string): Promise<void> {
    if (this.prepared.has(id)) return;
    const folder = this.agendaFolder(id);
    await this.fs.mkdir(folder, { recursive: true });
    await removeAbandonedTemporaryFiles(folder, this.options);
    this.prepared.add(id);
  }

  /** Removes what the policy no longer keeps of `versions`, newest first. */
  private async prune(id: string, now: Date, versions: readonly VersionName[]): Promise<void> {
    const saves = versions.filter((version) => version.kind === 'save');
    const expired = [
      ...saves.slice(this.policy.savesKept),
      ...versions.filter(
        (version) =>
          version.kind === 'snapshot' &&
          now.getTime() - version.time > this.policy.snapshotsKeptForMs,
      ),
    ];
    for (const version of expired) {
      // A version that cannot be removed now will be on the next save.
      await this.fs
        .rm(this.versionPath(id, version.versionId), { force: true })
        .catch(() => undefined);
    }
  }

  /** Versions by name, newest first. */
  private async names(id: string): Promise<VersionName[]> {
    let files: string[];
    try {
      files = await this.fs.readdir(this.agendaFolder(id));
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
    const versions: VersionName[] = [];
    for (const file of files) {
      if (!file.endsWith(VERSION_EXTENSION)) continue;
      const versionId = file.slice(0, -VERSION_EXTENSION.length);
      const match = VERSION_ID.exec(versionId);
      if (!match) continue;
      const [, day, hours, minutes, seconds, millis, counter, kind] = match;
      const savedAt = `${day}T${hours}:${minutes}:${seconds}.${millis}Z`;
      const time = Date.parse(savedAt);
      if (Number.isNaN(time)) continue;
      versions.push({
        versionId,
        savedAt,
        time,
        counter: Number(counter),
        kind: kind === 'snapshot' ? 'snapshot' : 'save',
      });
    }
    return versions.sort(newestFirst);
  }

  /** Every version of agenda `id`, named ones too, gone: the agenda itself is deleted for good. */
  async removeAll(id: string): Promise<void> {
    await this.fs.rm(this.agendaFolder(id), { recursive: true, force: true });
    this.prepared.delete(id);
  }

  private agendaFolder(id: string): string {
    return join(this.folder, id);
  }

  private versionPath(id: string, versionId: string): string {
    return join(this.agendaFolder(id), `${versionId}${VERSION_EXTENSION}`);
  }
}

function newVersion(moment: Date, counter: number, kind: VersionKind): VersionName {
  const stamp = moment.toISOString().replace(/:/g, '-');
  return {
    versionId: `${stamp}-${counter}.${kind}`,
    savedAt: moment.toISOString(),
    time: moment.getTime(),
    counter,
    kind,
  };
}

function newestFirst(a: VersionName, b: VersionName): number {
  return b.time - a.time || b.counter - a.counter;
}
