import { join } from 'node:path';
import { z } from 'zod';
import { AgendumError } from '../../../shared/ipc/agendum-error';
import type { NamedVersionSummary } from '../../../shared/library/history';
import { writeFileDurably } from './durable-file';
import { type FileSystem, errorCode, realFileSystem } from './file-system';

export interface NamedVersionsOptions {
  readonly fs?: FileSystem;
  readonly now?: () => Date;
  readonly retryDelaysMs?: readonly number[];
}

/** `2012-10-17T10-00-00.000Z-1`: when it was named (file-name safe), a counter within the millisecond. */
const NAMED_ID = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})\.(\d{3})Z-(\d{1,6})$/;
const NAMED_EXTENSION = '.named.json';

/** What a named version's file holds: the name, and the agenda's file text as it was. */
const NamedFileSchema = z.object({
  name: z.string(),
  namedAt: z.string(),
  agenda: z.string(),
});

/**
 * Versions the user named ("sent to the Bureau", "as issued"), under
 * `history/<id>/named/`: kept until the user deletes them, whatever the
 * automatic history prunes.
 */
export class NamedVersions {
  private readonly fs: FileSystem;
  private readonly now: () => Date;

  constructor(
    private readonly folder: string,
    private readonly options: NamedVersionsOptions = {},
  ) {
    this.fs = options.fs ?? realFileSystem;
    this.now = options.now ?? (() => new Date());
  }

  /** Keeps `bytes` (an agenda's file text) under `name`. */
  async add(id: string, name: string, bytes: string): Promise<NamedVersionSummary> {
    const folder = this.namedFolder(id);
    await this.fs.mkdir(folder, { recursive: true });
    const now = this.now();
    const stamp = now.toISOString().replace(/:/g, '-');
    const taken = new Set(await this.ids(id));
    let counter = 1;
    while (taken.has(`${stamp}-${counter}`)) counter += 1;
    const versionId = `${stamp}-${counter}`;
    const namedAt = now.toISOString();
    const file = JSON.stringify({ name, namedAt, agenda: bytes });
    await writeFileDurably(this.path(id, versionId), file, this.options);
    return { versionId, name, namedAt, size: Buffer.byteLength(bytes) };
  }

  /** Newest first; a file that cannot be read is left out. */
  async list(id: string): Promise<NamedVersionSummary[]> {
    const versions: NamedVersionSummary[] = [];
    for (const versionId of await this.ids(id)) {
      const file = await this.readFile(id, versionId).catch(() => null);
      if (file === null) continue;
      versions.push({
        versionId,
        name: file.name,
        namedAt: file.namedAt,
        size: Buffer.byteLength(file.agenda),
      });
    }
    return versions.sort((a, b) => b.versionId.localeCompare(a.versionId, 'en'));
  }

  /** The agenda's file text as it was named; the caller checks it like any file from disk. */
  async read(id: string, versionId: string): Promise<string> {
    return (await this.readFile(id, versionId)).agenda;
  }

  async delete(id: string, versionId: string): Promise<void> {
    this.requireId(versionId);
    try {
      await this.fs.rm(this.path(id, versionId));
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
      throw new AgendumError('not-found', 'This named version is no longer kept.');
    }
  }

  private async readFile(id: string, versionId: string): Promise<z.infer<typeof NamedFileSchema>> {
    this.requireId(versionId);
    let text: string;
    try {
      text = await this.fs.readFile(this.path(id, versionId), 'utf8');
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
      throw new AgendumError('not-found', 'This named version is no longer kept.');
    }
    let parsed: z.infer<typeof NamedFileSchema>;
    try {
      parsed = NamedFileSchema.parse(JSON.parse(text));
    } catch {
      throw new AgendumError('corrupt-file', 'This named version’s file is damaged.');
    }
    return parsed;
  }

  private async ids(id: string): Promise<string[]> {
    let files: string[];
    try {
      files = await this.fs.readdir(this.namedFolder(id));
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
    return files
      .filter((file) => file.endsWith(NAMED_EXTENSION))
      .map((file) => file.slice(0, -NAMED_EXTENSION.length))
      .filter((versionId) => NAMED_ID.test(versionId));
  }

  private requireId(versionId: string): void {
    if (!NAMED_ID.test(versionId)) {
      throw new AgendumError('not-found', 'There is no such named version of this agenda.');
    }
  }

  private namedFolder(id: string): string {
    return join(this.folder, id, 'named');
  }

  private path(id: string, versionId: string): string {
    return join(this.namedFolder(id), `${versionId}${NAMED_EXTENSION}`);
  }
}
