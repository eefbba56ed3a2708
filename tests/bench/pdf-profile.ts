import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPdfPrinter } from '../../electron/main/export/print-pdf-bytes-with-chromium';
import { renderDocumentBlocks } from '../../shared/export/document-blocks';
import { renderHtml } from '../../shared/export/render-html';
import type { Agenda } from '../../shared/model/agenda';
import { launchBrowser } from './browser';
import type { ProfileReport } from './profiles';
import { TIMELINE_CATEGORIES } from './profiles';
import { median } from './stats';
import { busyThreads, otherPagesLoaded, summarizeTrace } from './trace-summary';
import { CHROMIUM_PATH } from '../../playwright.config';

/**
 * The export's own command line (electron/main/export/print-pdf-with-chromium.ts),
 * with Chromium's startup trace written as JSON beside the PDF.
 */
async function traceCommandLinePrint(htmlPath: string, work: string): Promise<unknown> {
  const traceFile = join(work, 'startup-trace.json');
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-pdf-header-footer',
    `--user-data-dir=${join(work, 'profile')}`,
    '--trace-startup=toplevel,devtools.timeline,blink,loading,navigation',
    '--trace-startup-format=json',
    `--trace-startup-file=${traceFile}`,
    '--trace-startup-duration=120',
    `--print-to-pdf=${join(work, 'document.pdf')}`,
    `file://${htmlPath}`,
  ];
  await new Promise<void>((resolve, reject) => {
    execFile(CHROMIUM_PATH, args, { timeout: 180_000 }, (error) => {
      if (error) reject(new Error(`Chromium could not print: ${error.message}`));
      else resolve();
    });
  });
  return JSON.parse(await readFile(traceFile, 'utf8')) as unknown;
}

/**
 * Where a PDF export's time goes. The Node side only waits for a headless
 * Chromium, so the split is measured in Chromium itself: the fixed cost of
 * starting it (a one-line page printed the same way), then the same HTML
 * printed by a Chromium driven over CDP, traced, to name what the printing
 * spends its time on (style, layout, paint, the PDF's own work).
 */
export async function profilePdf(agenda: Agenda, folder: string): Promise<ProfileReport> {
  const items = agenda.items.length;
  const print = chromiumPdfPrinter();
  const floorMs: number[] = [];
  for (let repeat = 0; repeat < 3; repeat += 1) {
    const start = performance.now();
    await print('<!doctype html><title>Floor</title><p>One line.</p>');
    floorMs.push(performance.now() - start);
  }
  const htmlStart = performance.now();
  const html = renderHtml(renderDocumentBlocks(agenda));
  const htmlMs = performance.now() - htmlStart;

  const browser = await launchBrowser();
  const work = await mkdtemp(join(tmpdir(), 'agendum-bench-pdf-'));
  try {
    const page = await browser.newPage();
    const htmlPath = join(work, 'document.html');
    await writeFile(htmlPath, html);
    await browser.startTracing(page, { categories: TIMELINE_CATEGORIES });
    const loadStart = performance.now();
    await page.goto(`file://${htmlPath}`, { waitUntil: 'load' });
    const loadMs = performance.now() - loadStart;
    const printStart = performance.now();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const printMs = performance.now() - printStart;
    const traceBytes = await browser.stopTracing();
    await writeFile(join(folder, `pdf-${items}-cdp.trace.json`), traceBytes);
    const cdpTrace = summarizeTrace(JSON.parse(traceBytes.toString('utf8')) as unknown, 6);
    const commandLineStart = performance.now();
    const commandLineTrace = await traceCommandLinePrint(htmlPath, work);
    const commandLineMs = performance.now() - commandLineStart;
    const traceFile = join(folder, `pdf-${items}-command-line.trace.json`);
    await writeFile(traceFile, JSON.stringify(commandLineTrace));
    const busy = busyThreads(commandLineTrace)
      .map((thread) => `${thread.thread} ${thread.ms.toFixed(0)} ms`)
      .join('; ');
    return {
      title: `Export PDF, ${items} items: where the time goes`,
      summary: null,
      // The trace of the export's own path; the CDP one is summed up in the notes.
      trace: summarizeTrace(commandLineTrace, 18),
      notes: [
        `Headless Chromium printing a one-line page (the fixed cost of each PDF export): ${median(floorMs).toFixed(0)} ms (median of 3)`,
        `renderHtml of the agenda in Node: ${htmlMs.toFixed(0)} ms (${(html.length / 1024).toFixed(0)} KB of HTML)`,
        `Over CDP: loading the HTML ${loadMs.toFixed(0)} ms, printing it ${printMs.toFixed(0)} ms (${(pdf.length / 1024).toFixed(0)} KB of PDF); top events ${cdpTrace.map((row) => `${row.event} ${row.selfMs.toFixed(0)} ms`).join(', ')}`,
        `The export's command line (--print-to-pdf), traced (the table above): ${commandLineMs.toFixed(0)} ms; busiest threads (task time): ${busy}`,
        `Pages the command-line Chromium loaded besides the document: ${otherPagesLoaded(commandLineTrace).join(', ') || 'none'}`,
      ],
      file: traceFile,
    };
  } finally {
    await browser.close();
    await rm(work, { recursive: true, force: true });
  }
}
