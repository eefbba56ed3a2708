import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { AgendumError } from '../../../shared/ipc/agendum-error';
import {
  type FileSystem,
  NO_HARD_LINK_CODES,
  errorCode,
  isProcessAlive,
  realFileSystem,
} from './file-system';

/** Whether this window may write the agenda, and if not, who does. */
export type EditingAccess =
  { readonly readOnly: false } | { readonly readOnly: true; readonly heldBy: string };

const LockOwnerSchema = z.object({
  pid: z.number().int(),
  host: z.string(),
  since: z.string(),
  /** Tells this lock from a later one of the same process, so that release never removes another's. */
  token: z.string(),
});
type LockOwner = z.infer<typeof LockOwnerSchema>;

/** A lock file with no readable owner is taken over after this long (a crash while creating it). */
const UNREADABLE_LOCK_STALE_MS = 10_000;

export interface AgendaLockOptions {
  readonly fs?: FileSystem;
  readonly now?: () => Date;
  readonly pid?: number;
  readonly host?: string;
  readonly isProcessAlive?: (pid: number) => boolean;
}

interface LockOnDisk {
  readonly raw: string;
  readonly owner: LockOwner | null;
  readonly modifiedMs: number;
}

/**
 * One writer per agenda: `<id>.agendum.lock` beside the agenda, holding the
 * pid, host and time of the instance that edits it. A second instance opens
 * the agenda read-only and is told who holds it; a second window of the same
 * instance is told apart by its `holder`. A lock left by a process of this
 * computer that is no longer running is taken over.
 *
 * Locks tell processes apart: an app instance has one LibraryStore, and a
 * lock bearing its own pid that it does not know of is a leftover.
 */
export class AgendaLocks {
  /** Agendas this store holds, with the window (holder) that asked. */
  private readonly held = new Map<string, { holder: string; token: string }>();
  private readonly fs: FileSystem;
  private readonly now: () => Date;
  private readonly pid: number;
  private readonly host: string;
  private readonly alive: (pid: number) => boolean;

  constructor(
    private readonly folder: string,
    options: AgendaLockOptions = {},
  ) {
    this.fs = options.fs ?? realFileSystem;
    this.now = options.now ?? (() => new Date());
    this.pid = options.pid ?? process.pid;
    this.host = options.host ?? hostname();
    this.alive = options.isProcessAlive ?? isProcessAlive;
  }

  holds(id: string): boolean {
    return this.held.has(id);
  }

  /** Takes the agenda for `holder`, or says who has it; `takeOver` is the user saying "open anyway". */
  async acquire(id: string, holder: string, takeOver = false): Promise<EditingAccess> {
    const mine = this.held.get(id);
    if (mine) {
      return mine.holder === holder
        ? { readOnly: false }
        : { readOnly: true, heldBy: 'another window of Agendum on this computer' };
    }
    let lastSeen: LockOnDisk | null = null;
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const token = randomBytes(8).toString('hex');
      if (await this.tryCreate(id, token)) {
        this.held.set(id, { holder, token });
        return { readOnly: false };
      }
      lastSeen = await this.readLock(id);
      if (lastSeen === null) continue;
      if (!takeOver && !this.isStale(lastSeen)) break;
      await this.removeIfUnchanged(id, lastSeen);
    }
    return { readOnly: true, heldBy: this.describe(lastSeen?.owner ?? null) };
  }

  /** Stops editing; the lock file goes only if it is still ours. */
  async release(id: string, holder?: string): Promise<void> {
    const mine = this.held.get(id);
    if (!mine || (holder !== undefined && mine.holder !== holder)) return;
    this.held.delete(id);
    const onDisk = await this.readLock(id).catch(() => null);
    if (onDisk?.owner?.token === mine.token) {
      await this.fs.rm(this.lockPath(id), { force: true });
    }
  }

  async releaseAll(): Promise<void> {
    for (const id of [...this.held.keys()]) await this.release(id);
  }

  /**
   * Before a write: this store holds the agenda, or takes it now.
   * An agenda another instance edits is never written blindly.
   */
  async ensureWritable(id: string, consequence: string): Promise<void> {
    if (this.held.has(id)) return;
    const access = await this.acquire(id, 'autosave');
    if (access.readOnly) {
      throw new AgendumError(
        'disk',
        `This agenda is open for editing in ${access.heldBy}. ${consequence}`,
      );
    }
  }

  lockPath(id: string): string {
    return join(this.folder, `${id}.agendum.lock`);
  }

  private async tryCreate(id: string, token: string): Promise<boolean> {
    const owner: LockOwner = {
      pid: this.pid,
      host: this.host,
      since: this.now().toISOString(),
      token,
    };
    const content = `${JSON.stringify(owner)}\n`;
    const lockPath = this.lockPath(id);
    // Written whole under a temporary name, then linked into place: the lock never exists empty.
    const draft = join(this.folder, `.${id}.agendum.lock.${this.pid}-${token}.tmp`);
    try {
      await this.writeNew(draft, content);
      try {
        await this.fs.link(draft, lockPath);
        return true;
      } catch (error) {
        if (errorCode(error) === 'EEXIST') return false;
        // Hard links are the atomic way to create a file with its content; some file systems have none.
        if (!NO_HARD_LINK_CODES.has(errorCode(error) ?? '')) throw error;
      }
      try {
        await this.writeNew(lockPath, content);
        return true;
      } catch (error) {
        if (errorCode(error) === 'EEXIST') return false;
        throw error;
      }
    } finally {
      await this.fs.rm(draft, { force: true }).catch(() => undefined);
    }
  }

  private async writeNew(path: string, content: string): Promise<void> {
    const handle = await this.fs.open(path, 'wx');
    try {
      await handle.writeFile(content);
    } finally {
      await handle.close();
    }
  }

  private async readLock(id: string): Promise<LockOnDisk | null> {
    const path = this.lockPath(id);
    try {
      const [raw, stats] = await Promise.all([this.fs.readFile(path, 'utf8'), this.fs.stat(path)]);
      const parsed = LockOwnerSchema.safeParse(safeJson(raw));
      return { raw, owner: parsed.success ? parsed.data : null, modifiedMs: stats.mtimeMs };
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
  }

  private isStale(lock: LockOnDisk): boolean {
    const { owner } = lock;
    if (owner === null) return this.now().getTime() - lock.modifiedMs > UNREADABLE_LOCK_STALE_MS;
    if (owner.host !== this.host) return false;
    // This process holds one store; a lock of its own pid is a store it dropped (a restarted test host).
    return owner.pid === this.pid || !this.alive(owner.pid);
  }

  /**
   * Moves the stale lock away, then checks that it was the one judged stale:
   * another instance may have taken it over in between, and its fresh lock
   * goes back in place.
   */
  private async removeIfUnchanged(id: string, judged: LockOnDisk): Promise<void> {
    const lockPath = this.lockPath(id);
    const moved = join(this.folder, `.${id}.agendum.lock.${this.pid}-${randomHex()}.tmp`);
    try {
      await this.fs.rename(lockPath, moved);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return;
      throw error;
    }
    const raw = await this.fs.readFile(moved, 'utf8').catch(() => judged.raw);
    if (raw !== judged.raw) await this.fs.link(moved, lockPath).catch(() => undefined);
    await this.fs.rm(moved, { force: true }).catch(() => undefined);
  }

  private describe(owner: LockOwner | null): string {
    if (owner === null) return 'another instance of Agendum';
    const where = owner.host === this.host ? 'this computer' : `the computer "${owner.host}"`;
    const since = owner.since.replace('T', ' ').replace(/:\d\d\.\d+Z$/, ' UTC');
    return `another Agendum on ${where} (process ${owner.pid}, since ${since})`;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function randomHex(): string {
  return randomBytes(6).toString('hex');
}
