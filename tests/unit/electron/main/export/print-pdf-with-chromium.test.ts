import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ChromiumNotFoundError,
  DEFAULT_CHROMIUM_PATH,
  chromiumPath,
  printPdfWithChromium,
} from '../../../../../electron/main/export/print-pdf-with-chromium';
import { renderDocumentBlocks } from '../../../../../shared/export/document-blocks';
import { renderHtml } from '../../../../../shared/export/render-html';
import {
  PDFTOTEXT,
  pdfBodyWords,
  itLaysOutUnPages,
  readPdfPages,
  type PdfPage,
} from '../../../shared/export/support/pdf-words';
import {
  loadSeedAgenda,
  loadSeedMarkdown,
  seedAgendaWithLongAnnex,
} from '../../../shared/export/support/seed-document';
import {
  firstWordDifference,
  seedWords,
  withoutMastheadWords,
} from '../../../shared/export/support/visible-text';

const SYMBOL = 'CTOC/COP/WG.2/2012/1';
const chromium = chromiumPath();
const toolsInstalled = existsSync(chromium) && existsSync(PDFTOTEXT);

describe('where the Chromium comes from', () => {
  it('is CHROMIUM_PATH when set, else /usr/bin/chromium', () => {
    expect(chromiumPath({ CHROMIUM_PATH: '/opt/chrome/chrome' })).toBe('/opt/chrome/chrome');
    expect(chromiumPath({ CHROMIUM_PATH: '  ' })).toBe(DEFAULT_CHROMIUM_PATH);
    expect(chromiumPath({})).toBe('/usr/bin/chromium');
  });

  it('says where it looked and what to do when there is none', async () => {
    const outputPath = join(tmpdir(), 'agendum-pdf-never-written', 'out.pdf');
    const printing = printPdfWithChromium({
      html: '<!DOCTYPE html><title>x</title>',
      outputPath,
      chromiumPath: '/nowhere/chromium',
    });
    await expect(printing).rejects.toBeInstanceOf(ChromiumNotFoundError);
    await expect(printing).rejects.toThrow(/No Chromium at \/nowhere\/chromium; .*CHROMIUM_PATH/);
    expect(existsSync(outputPath)).toBe(false);
  });
});

describe.skipIf(!toolsInstalled)(
  `the seed agenda printed by ${chromium} (needs Chromium and pdftotext)`,
  () => {
    let pages: PdfPage[];
    let longAnnexPages: PdfPage[];
    let folder = '';
    afterAll(() => {
      if (folder !== '') rmSync(folder, { recursive: true, force: true });
    });
    beforeAll(async () => {
      folder = mkdtempSync(join(tmpdir(), 'agendum-pdf-'));
      const outputPath = join(folder, 'CTOC_COP_WG.2_2012_1_E.pdf');
      await printPdfWithChromium({
        html: renderHtml(renderDocumentBlocks(loadSeedAgenda())),
        outputPath,
      });
      pages = readPdfPages(outputPath);
      const longAnnexPath = join(folder, 'long-annex.pdf');
      await printPdfWithChromium({
        html: renderHtml(renderDocumentBlocks(seedAgendaWithLongAnnex())),
        outputPath: longAnnexPath,
      });
      longAnnexPages = readPdfPages(longAnnexPath);
    }, 120_000);

    it('has the same words in the same order as the seed', () => {
      const words = withoutMastheadWords(pdfBodyWords(pages), SYMBOL);
      expect(firstWordDifference(seedWords(loadSeedMarkdown()), words)).toBeNull();
    });

    it('is on A4 paper', () => {
      expect(pages[0]?.width).toBeCloseTo(595, 0);
      expect(pages[0]?.height).toBeCloseTo(842, 0);
    });

    itLaysOutUnPages(() => ({ pages, longAnnexPages }), SYMBOL);
  },
);
