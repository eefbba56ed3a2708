import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printPdfWithChromium } from './print-pdf-with-chromium';
import type { PrintPdf } from './render-export-file';

/**
 * The PDF printer of the CLI and the test host: a headless Chromium found on
 * the machine prints into a private temporary folder, and the bytes go to
 * export-to-folder like any other format's, to be written safely.
 */
export function chromiumPdfPrinter(chromiumPath?: string): PrintPdf {
  return async (html) => {
    const folder = await mkdtemp(join(tmpdir(), 'agendum-print-'));
    try {
      const outputPath = join(folder, 'document.pdf');
      await printPdfWithChromium({ html, outputPath, chromiumPath });
      return new Uint8Array(await readFile(outputPath));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  };
}
