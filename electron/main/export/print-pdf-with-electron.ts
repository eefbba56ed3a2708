import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import type { PrintPdf } from './render-export-file';

/**
 * The app's PDF printer: the HTML rendering loaded in a hidden window that
 * runs no script and has no preload, printed with the page size its CSS asks
 * for and without the browser's header and footer.
 *
 * The page goes through a temporary file because a data: URL of a long
 * agenda would pass Chromium's URL length limit.
 */
export const printPdfWithElectron: PrintPdf = async (html) => {
  const folder = await mkdtemp(join(tmpdir(), 'agendum-print-'));
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      spellcheck: false,
      // Nothing in the page is meant to be clicked; a middle click must not open anything either.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  try {
    const page = join(folder, 'document.html');
    await writeFile(page, html, 'utf8');
    await window.loadFile(page);
    const pdf = await window.webContents.printToPDF({
      preferCSSPageSize: true,
      displayHeaderFooter: false,
      printBackground: false,
    });
    return new Uint8Array(pdf);
  } finally {
    window.destroy();
    await rm(folder, { recursive: true, force: true });
  }
};
