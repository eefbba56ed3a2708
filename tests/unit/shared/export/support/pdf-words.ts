import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { wordsOf } from './visible-text';

/**
 * Reading a PDF back the way a reader would: the words of the page body, and
 * apart from them the running header and footer of each page.
 */

export const SOFFICE = '/usr/bin/soffice';
export const PDFTOTEXT = '/usr/bin/pdftotext';

/** Header and footer sit in the top and bottom 2 cm; the text body starts at 2.5 cm. */
const FURNITURE_ZONE_POINTS = (2 / 2.54) * 72;

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  /** Words of the page body, in the order they were written (pdftotext -raw): the document's order, not a guess at columns. */
  readonly body: readonly string[];
  /** Words in the header and footer zones: the symbol and the page number. */
  readonly furniture: readonly string[];
}

export function readPdfPages(pdfPath: string): PdfPage[] {
  const xhtml = execFileSync(PDFTOTEXT, ['-raw', '-bbox', pdfPath, '-'], { encoding: 'utf8' });
  const pages: PdfPage[] = [];
  for (const pageMatch of xhtml.matchAll(
    /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g,
  )) {
    const width = Number(pageMatch[1]);
    const height = Number(pageMatch[2]);
    const body: string[] = [];
    const furniture: string[] = [];
    const words = (pageMatch[3] ?? '').matchAll(
      /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
    );
    for (const [, yMin, yMax, word] of words) {
      const inFurniture =
        Number(yMax) < FURNITURE_ZONE_POINTS || Number(yMin) > height - FURNITURE_ZONE_POINTS;
      (inFurniture ? furniture : body).push(decodeEntities(word ?? ''));
    }
    pages.push({ width, height, body, furniture });
  }
  return pages;
}

/** The body words of every page, as one sequence comparable with the seed's. */
export function pdfBodyWords(pages: readonly PdfPage[]): string[] {
  return wordsOf(pages.map((page) => page.body.join(' ')).join('\n'));
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

/**
 * Converts a .docx to a PDF beside it with LibreOffice, in a profile of its
 * own so that parallel runs and a user's open LibreOffice do not interfere.
 * Its exit status says nothing, so success is the PDF being there.
 */
export async function convertDocxWithLibreOffice(docxPath: string): Promise<string> {
  const outputFolder = dirname(docxPath);
  const profile = mkdtempSync(join(tmpdir(), 'agendum-lo-profile-'));
  await new Promise<void>((resolve) => {
    execFile(
      SOFFICE,
      [
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        outputFolder,
        `-env:UserInstallation=file://${profile}`,
        docxPath,
      ],
      { timeout: 120_000 },
      () => resolve(),
    );
  });
  rmSync(profile, { recursive: true, force: true });
  const pdfPath = docxPath.replace(/\.docx$/, '.pdf');
  if (!existsSync(pdfPath)) throw new Error(`LibreOffice did not convert ${docxPath} to PDF`);
  return pdfPath;
}
