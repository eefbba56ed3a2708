import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Agenda, AgendaSchema } from '../../../../../shared/model/agenda';
import { type FileSystem, realFileSystem } from '../../../../../electron/main/library/file-system';

export const FIXTURE_PATH = fileURLToPath(
  new URL('../../../../fixtures/ctoc-wg2-2012.agendum', import.meta.url),
);
export const FIXTURE_BYTES = readFileSync(FIXTURE_PATH);
export const FIXTURE_TEXT = FIXTURE_BYTES.toString('utf8');

export function seedAgenda(): Agenda {
  return AgendaSchema.parse(JSON.parse(FIXTURE_TEXT));
}

/** Retry delays short enough for a test that injects a persistent EBUSY. */
export const QUICK_RETRIES = [1, 1, 1] as const;

/** A fresh folder under the system's temporary folder, removed by the returned function. */
export async function temporaryFolder(): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'agendum-library-'));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** Every file under `folder`, relative, sorted; for "no stray temporary file" checks. */
export async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();
}

export function isTemporaryFile(name: string): boolean {
  return name.endsWith('.tmp');
}

export type FaultyMethod = keyof FileSystem | 'handle.writeFile' | 'handle.sync';

export interface Fault {
  readonly method: FaultyMethod;
  readonly code: string;
  /** How many calls fail before the method works again; every call by default. */
  readonly times?: number;
  /** Only calls on paths that pass; all by default. */
  readonly when?: (path: string) => boolean;
  /** For handle.writeFile: write half of the data before failing, as a crash or full disk would. */
  readonly partial?: boolean;
}

export function fsError(code: string, operation: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected failure, ${operation} '${path}'`), {
    code,
    syscall: operation,
    path,
  });
}

/**
 * The real file system with failures injected on demand: ENOSPC on the next
 * rename, a write cut off halfway, an EBUSY that clears after two tries.
 */
export class FaultyFileSystem {
  private faults: { fault: Fault; remaining: number }[] = [];
  /** Every call that failed, as "method path". */
  readonly failures: string[] = [];
  /** Every call made, failed or not, as "method path"; for "written once" checks. */
  readonly calls: string[] = [];
  readonly fs: FileSystem;

  /**
   * With `skipFsync`, sync() does nothing: for tests of error handling, which
   * run hundreds of libraries and do not test durability (the crash test does).
   */
  constructor(
    private readonly options: { skipFsync?: boolean } = {},
    private readonly real: FileSystem = realFileSystem,
  ) {
    const methods = Object.keys({
      open: 0,
      readFile: 0,
      rename: 0,
      rm: 0,
      mkdir: 0,
      readdir: 0,
      stat: 0,
      copyFile: 0,
      link: 0,
    } satisfies Record<keyof FileSystem, 0>) as (keyof FileSystem)[];
    const wrapped: Record<string, unknown> = {};
    for (const method of methods) {
      const original = this.real[method] as (...args: unknown[]) => Promise<unknown>;
      wrapped[method] = async (...args: unknown[]) => {
        const path = String(args[0]);
        this.failIfInjected(method, path);
        const result = await original(...args);
        return method === 'open' ? this.wrapHandle(result as FileHandle, path) : result;
      };
    }
    this.fs = wrapped as FileSystem;
  }

  inject(fault: Fault): this {
    this.faults.push({ fault, remaining: fault.times ?? Number.POSITIVE_INFINITY });
    return this;
  }

  heal(): void {
    this.faults = [];
  }

  private takeFault(method: FaultyMethod, path: string): Fault | undefined {
    this.calls.push(`${method} ${path}`);
    const active = this.faults.find(
      ({ fault, remaining }) =>
        fault.method === method && remaining > 0 && (fault.when?.(path) ?? true),
    );
    if (!active) return undefined;
    active.remaining -= 1;
    this.failures.push(`${method} ${path}`);
    return active.fault;
  }

  private failIfInjected(method: FaultyMethod, path: string): void {
    const fault = this.takeFault(method, path);
    if (fault) throw fsError(fault.code, method, path);
  }

  private wrapHandle(handle: FileHandle, path: string): FileHandle {
    return new Proxy(handle, {
      get: (target, property) => {
        if (property === 'writeFile') {
          return async (data: string | Uint8Array) => {
            const fault = this.takeFault('handle.writeFile', path);
            if (!fault) return target.writeFile(data);
            if (fault.partial) {
              const bytes = typeof data === 'string' ? Buffer.from(data) : data;
              await target.writeFile(bytes.subarray(0, Math.floor(bytes.length / 2)));
            }
            throw fsError(fault.code, 'write', path);
          };
        }
        if (property === 'sync') {
          return async () => {
            this.failIfInjected('handle.sync', path);
            if (!this.options.skipFsync) await target.sync();
          };
        }
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      },
    });
  }
}

/** A clock that tests move by hand. */
export class TestClock {
  constructor(private current = new Date('2012-10-17T08:00:00.000Z')) {}
  readonly now = (): Date => new Date(this.current);
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
