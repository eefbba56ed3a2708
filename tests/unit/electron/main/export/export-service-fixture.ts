import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ExportService } from '../../../../../electron/main/export/export-service';
import type { HostDialogs } from '../../../../../electron/main/host-dialogs';
import { temporaryFolder } from '../library/test-library';

/** Main's dialogs, answered by the test: each folder pick takes the next answer. */
export class ScriptedDialogs implements HostDialogs {
  folders: (string | null)[] = [];
  chooseFolder = () => Promise.resolve(this.folders.shift() ?? null);
  chooseAgendaFile = () => Promise.resolve(null);
}

export interface ExportServiceFixture {
  readonly root: string;
  readonly dataFolder: string;
  /** A folder standing for the shared drive, empty at the start. */
  readonly share: string;
  readonly dialogs: ScriptedDialogs;
  readonly service: ExportService;
  /** The HTML of each PDF printed, in order; the PDF itself is a stand-in. */
  readonly printed: string[];
  readonly remove: () => Promise<void>;
}

/** An export service on a fresh data folder, with scripted dialogs and a recording printer. */
export async function exportServiceFixture(): Promise<ExportServiceFixture> {
  const { path: root, remove } = await temporaryFolder();
  const dataFolder = join(root, 'data');
  const share = join(root, 'share');
  await mkdir(dataFolder);
  await mkdir(share);
  const dialogs = new ScriptedDialogs();
  const printed: string[] = [];
  const service = new ExportService({
    dataFolder,
    dialogs,
    printPdf: (html) => {
      printed.push(html);
      return Promise.resolve(new TextEncoder().encode('%PDF-1.7 test'));
    },
  });
  return { root, dataFolder, share, dialogs, service, printed, remove };
}
