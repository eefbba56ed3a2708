import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';
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

/** The printed seed, and an agenda whose annex runs over several pages. */
export interface PrintedSeed {
  readonly pages: readonly PdfPage[];
  readonly longAnnexPages: readonly PdfPage[];
}

/**
 * The page layout of a UN document, the same whichever way it was printed
 * (the HTML by Chromium, the DOCX by LibreOffice): running symbol and page
 * number from page 2, the annex on a page of its own, its header row repeated.
 * `printed` is read when the tests run, after the suite's beforeAll.
 */
export function itLaysOutUnPages(printed: () => PrintedSeed, symbol: string): void {
  it('repeats the symbol and numbers the pages from page 2, not on page 1', () => {
    const { pages } = printed();
    expect(pages.length).toBeGreaterThan(2);
    expect(pages[0]?.furniture).toEqual([]);
    pages.slice(1).forEach((page, index) => {
      expect([...page.furniture].sort()).toEqual([String(index + 2), symbol].sort());
    });
  });

  it('starts the annex on a page of its own', () => {
    const annexPage = printed().pages.find((page) =>
      page.body.join(' ').includes('Proposed organization of work'),
    );
    expect(annexPage?.body.slice(0, 5)).toEqual([
      'Annex',
      'Proposed',
      'organization',
      'of',
      'work',
    ]);
  });

  it('repeats the header row of the annex table on each of its pages', () => {
    const { longAnnexPages } = printed();
    const firstAnnexPage = longAnnexPages.findIndex((page) => page.body[0] === 'Annex');
    const annexPages = longAnnexPages.slice(firstAnnexPage);
    expect(annexPages.length).toBeGreaterThan(1);
    expect(annexPages[0]?.body.slice(5, 13).join(' ')).toBe(
      'Date and time Agenda item Title or description',
    );
    for (const page of annexPages.slice(1)) {
      expect(page.body.slice(0, 8).join(' ')).toBe(
        'Date and time Agenda item Title or description',
      );
    }
  });
}
