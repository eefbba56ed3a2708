import { readdir, readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { exportToFolder } from '../../electron/main/export/export-to-folder';
import { chromiumPdfPrinter } from '../../electron/main/export/print-pdf-bytes-with-chromium';
import { exportRenderer } from '../../electron/main/export/render-export-file';
import type { ExportFormat } from '../../shared/export/export-formats';
import type { Agenda } from '../../shared/model/agenda';
import { median } from './stats';

/**
 * Export: the file as the Export dialog makes it, through the real code of
 * main: the document rendered from the agenda, the format's bytes (the PDF
 * printed by a headless Chromium, as in the CLI and the test host), written
 * into the folder and read back. A fresh renderer each time, so nothing is
 * reused from the previous run.
 */

export const BENCH_EXPORT_FORMATS = ['docx', 'html', 'md', 'pdf'] as const;
export type BenchExportFormat = (typeof BENCH_EXPORT_FORMATS)[number];

export interface ExportResult {
  readonly items: number;
  readonly format: BenchExportFormat;
  readonly ms: readonly number[];
  readonly bytes: number;
}

export async function exportOnce(
  agenda: Agenda,
  format: ExportFormat,
  folder: string,
): Promise<number> {
  const render = exportRenderer(agenda, { paperSize: 'A4', printPdf: chromiumPdfPrinter() });
  const fileName = `agenda.${format}`;
  let bytes = 0;
  const outcome = await exportToFolder(
    folder,
    [
      {
        format,
        fileName,
        render: async () => {
          const made = await render(format);
          bytes = made.length;
          return made;
        },
      },
    ],
    { replace: [fileName] },
  );
  if (outcome.status !== 'written') throw new Error(`Export ${format}: ${JSON.stringify(outcome)}`);
  return bytes;
}

export async function measureExport(
  agenda: Agenda,
  format: BenchExportFormat,
  repeats: number,
  log: (line: string) => void,
): Promise<ExportResult> {
  const folder = await mkdtemp(join(tmpdir(), 'agendum-bench-export-'));
  try {
    const ms: number[] = [];
    let bytes = 0;
    for (let repeat = 0; repeat < repeats; repeat += 1) {
      const start = performance.now();
      bytes = await exportOnce(agenda, format, folder);
      ms.push(performance.now() - start);
    }
    log(
      `  export ${format} of ${agenda.items.length} items: ${median(ms).toFixed(0)} ms (${(bytes / 1024).toFixed(0)} KB)`,
    );
    return { items: agenda.items.length, format, ms, bytes };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export interface BundleSize {
  readonly files: readonly { name: string; raw: number; gzip: number }[];
  readonly raw: number;
  readonly gzip: number;
}

/** What the app loads at start: dist/renderer's index.html and assets, source maps excluded. */
export async function measureBundle(rendererFolder: string): Promise<BundleSize> {
  const assets = (await readdir(join(rendererFolder, 'assets'))).map((name) => `assets/${name}`);
  const files = [];
  for (const name of ['index.html', ...assets.toSorted()]) {
    if (name.endsWith('.map')) continue;
    const content = await readFile(join(rendererFolder, name));
    files.push({ name, raw: content.length, gzip: gzipSync(content, { level: 9 }).length });
  }
  return {
    files,
    raw: files.reduce((sum, file) => sum + file.raw, 0),
    gzip: files.reduce((sum, file) => sum + file.gzip, 0),
  };
}
