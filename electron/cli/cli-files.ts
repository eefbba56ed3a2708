import { access, constants } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ExportFormat } from '../../shared/export/export-formats';
import { exportFileName } from '../../shared/export/file-names';
import { exportToFolder } from '../main/export/export-to-folder';
import { chromiumPath } from '../main/export/print-pdf-with-chromium';
import { CliError, type CliIo } from './cli-io';

/**
 * What the verbs that write files (export, compare) do alike: find Chromium
 * before anything is written, and write through export-to-folder as the app
 * does, printing each path.
 */

/** The Chromium that prints PDF, checked first so that a missing one leaves nothing half written. */
export async function chromiumFor(formats: readonly ExportFormat[]): Promise<string | undefined> {
  if (!formats.includes('pdf')) return undefined;
  const chromium = chromiumPath();
  await access(chromium, constants.X_OK).catch(() => {
    throw new CliError(
      `PDF needs Chromium, and there is none at ${chromium}: install Chromium or set CHROMIUM_PATH`,
    );
  });
  return chromium;
}

export interface CliFiles<F extends ExportFormat> {
  readonly out: string;
  readonly baseName: string;
  readonly formats: readonly F[];
  readonly render: (format: F) => Promise<Uint8Array>;
  /** Replace files already there (--overwrite); otherwise nothing is written over. */
  readonly overwrite: boolean;
}

/** Writes `<baseName>.<format>` for each format into `out`, printing the path of each file written. */
export async function writeCliFiles<F extends ExportFormat>(
  io: CliIo,
  files: CliFiles<F>,
): Promise<void> {
  const folder = resolve(files.out);
  const written = files.formats.map((format) => ({
    format,
    fileName: exportFileName(files.baseName, format),
    render: () => files.render(format),
  }));
  const outcome = await exportToFolder(folder, written, {
    replace: files.overwrite ? written.map((file) => file.fileName) : [],
    onProgress: (progress) => {
      if (progress.phase === 'written') io.stdout(resolve(folder, progress.fileName));
    },
  });
  switch (outcome.status) {
    case 'written':
      return;
    case 'conflicts':
      throw new CliError(
        `not written: ${outcome.fileNames.join(', ')} already in ${folder}; add --overwrite to replace`,
      );
    case 'failed':
      throw new CliError(outcome.message);
  }
}
