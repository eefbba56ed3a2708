import { join } from 'node:path';
import { z } from 'zod';
import type { RecentFolder } from '../../../shared/export/export-request';
import { writeFileDurably } from '../library/durable-file';
import { type FileSystem, realFileSystem } from '../library/file-system';

/** How many destinations the Export dialog offers again. */
export const RECENT_DESTINATION_COUNT = 5;

/** A shared drive that does not answer within this long is shown as not reachable. */
const REACHABLE_WITHIN_MS = 1_500;

const RecentDestinationsFileSchema = z.object({
  schemaVersion: z.literal(1),
  folders: z.array(z.string().min(1).max(4_096)).max(50),
});

export const RECENT_DESTINATIONS_FILE = 'export-destinations.json';

/**
 * The last few folders exported to, newest first, in a small file of the
 * data folder. A damaged or unreadable file only costs the list: it is read
 * as empty and written over at the next export.
 */
export class RecentDestinations {
  readonly path: string;

  constructor(
    dataFolder: string,
    private readonly fs: FileSystem = realFileSystem,
  ) {
    this.path = join(dataFolder, RECENT_DESTINATIONS_FILE);
  }

  async folders(): Promise<string[]> {
    try {
      const text = await this.fs.readFile(this.path, 'utf8');
      const parsed = RecentDestinationsFileSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data.folders.slice(0, RECENT_DESTINATION_COUNT) : [];
    } catch {
      return [];
    }
  }

  /** The list with each folder marked reachable or not, checked all at once. */
  async withAvailability(): Promise<RecentFolder[]> {
    const folders = await this.folders();
    return Promise.all(
      folders.map(async (folder) => ({ folder, available: await this.isReachable(folder) })),
    );
  }

  async remember(folder: string): Promise<void> {
    const folders = [folder, ...(await this.folders()).filter((known) => known !== folder)].slice(
      0,
      RECENT_DESTINATION_COUNT,
    );
    await this.fs.mkdir(join(this.path, '..'), { recursive: true });
    const file = { schemaVersion: 1 as const, folders };
    await writeFileDurably(this.path, `${JSON.stringify(file, null, 2)}\n`, { fs: this.fs });
  }

  private async isReachable(folder: string): Promise<boolean> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), REACHABLE_WITHIN_MS);
    });
    const check = this.fs.stat(folder).then(
      (stats) => stats.isDirectory(),
      () => false,
    );
    try {
      return await Promise.race([check, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
