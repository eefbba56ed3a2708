import { execFile } from 'node:child_process';
import { access, constants, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Prints the HTML rendering to PDF with a Chromium found on the machine.
 *
 * The app prints with `webContents.printToPDF`; the CLI and the tests have no
 * Electron, so they drive a headless Chromium with the same page instead.
 */

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** No Chromium where we looked: the message says where, and how to point elsewhere. */
export class ChromiumNotFoundError extends Error {
  constructor(readonly chromiumPath: string) {
    super(
      `No Chromium at ${chromiumPath}; install Chromium or set CHROMIUM_PATH to a Chromium or Chrome executable to export PDF.`,
    );
    this.name = 'ChromiumNotFoundError';
  }
}

export class PdfPrintError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfPrintError';
  }
}

export interface PrintPdfOptions {
  /** The complete HTML document, as renderHtml gives it. */
  readonly html: string;
  /** Where the PDF goes; the caller owns writing it safely to its destination. */
  readonly outputPath: string;
  /** Defaults to CHROMIUM_PATH, else /usr/bin/chromium. */
  readonly chromiumPath?: string;
  readonly timeoutMs?: number;
}

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env['CHROMIUM_PATH']?.trim();
  return fromEnv ? fromEnv : DEFAULT_CHROMIUM_PATH;
}

export async function printPdfWithChromium(options: PrintPdfOptions): Promise<void> {
  const executable = options.chromiumPath ?? chromiumPath();
  try {
    await access(executable, constants.X_OK);
  } catch {
    throw new ChromiumNotFoundError(executable);
  }

  // A fresh profile each time: a profile shared with a running browser makes
  // Chromium hand the job to that browser and exit without printing.
  const workFolder = await mkdtemp(join(tmpdir(), 'agendum-pdf-'));
  try {
    const htmlPath = join(workFolder, 'document.html');
    await writeFile(htmlPath, options.html, 'utf8');
    await runChromium(
      executable,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-pdf-header-footer',
        `--user-data-dir=${join(workFolder, 'profile')}`,
        `--print-to-pdf=${options.outputPath}`,
        pathToFileURL(htmlPath).href,
      ],
      options.timeoutMs ?? 60_000,
    );
    await expectPdf(options.outputPath);
  } finally {
    await rm(workFolder, { recursive: true, force: true });
  }
}

function runChromium(
  executable: string,
  args: readonly string[],
  timeoutMs: number,
): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      executable,
      args,
      { timeout: timeoutMs, maxBuffer: 8 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (!error) {
          resolve();
          return;
        }
        const reason = error.killed ? `did not finish within ${timeoutMs / 1000} s` : error.message;
        const detail = stderr.trim().split('\n').slice(-3).join(' ');
        reject(
          new PdfPrintError(
            `Chromium could not print the PDF: ${reason}${detail ? ` (${detail})` : ''}`,
          ),
        );
      },
    );
  });
}

/** Chromium can exit 0 without writing anything; only a real PDF counts. */
async function expectPdf(path: string): Promise<void> {
  const size = await stat(path).then(
    (stats) => stats.size,
    () => 0,
  );
  if (size < 5) throw new PdfPrintError(`Chromium exited without writing ${path}.`);
}
