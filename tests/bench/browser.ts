import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Browser, type Page, chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import type { Agenda } from '../../shared/model/agenda';
import { serializeAgenda } from '../../shared/model/serialize';
import { benchAgendaTitle } from './generate-agenda';
import { type HostProcess, startHostProcess } from './host-process';
import { INSTALL_PROBES } from './page-probes';
import { processMemory, rendererProcesses } from './process-memory';
import { median } from './stats';
import { type TypingRun, bareTextareaPage, focusParagraphEnd, typeSideBySide } from './typing';

/**
 * The editor in Debian's Chromium, served by the test host (in a child
 * process) from a data folder holding the generated agendas: load, typing,
 * reorder and memory, each size in a browser context of its own so that its
 * renderer process is its own too.
 */

export const VIEWPORT = { width: 1280, height: 900 } as const;

export interface BrowserSizeResult {
  readonly items: number;
  /** Click on "Open …" in the library to the last item's title painted. */
  readonly loadMs: readonly number[];
  readonly typing: TypingRun;
  /** The bare textarea, typed just before, in the same browser. */
  readonly bareTyping: TypingRun;
}

export interface ReorderResult {
  readonly items: number;
  readonly downMs: readonly number[];
  readonly upMs: readonly number[];
}

export interface MemoryResult {
  /** Peak RSS of the test host process over the whole browser run (kB). */
  readonly hostPeakKb: number;
  /** Peak RSS (VmHWM) of the renderer with the 1,000-item agenda open (kB). */
  readonly rendererPeakKb: number;
  readonly rendererResidentKb: number;
  readonly jsHeapBytes: number | null;
  /** Elements in the editor's document: what style, layout and paint walk. */
  readonly domElements: number;
}

export interface BrowserResults {
  readonly sizes: readonly BrowserSizeResult[];
  readonly reorder: ReorderResult | null;
  readonly memory: MemoryResult | null;
}

export interface BrowserPlan {
  readonly agendas: readonly Agenda[];
  readonly loadRepeats: (items: number) => number;
  /** The agenda whose "Move item 100 down" is timed. */
  readonly reorderItems: number;
  readonly reorderRepeats: number;
  /** The agenda with which the renderer's memory is read. */
  readonly memoryItems: number;
  readonly log: (line: string) => void;
}

/** A data folder whose library holds the agendas, as files the host indexes on first list. */
export async function dataFolderWith(agendas: readonly Agenda[]): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'agendum-bench-browser-'));
  const agendasFolder = join(folder, 'library/agendas');
  await mkdir(agendasFolder, { recursive: true });
  for (const agenda of agendas) {
    await writeFile(join(agendasFolder, `${agenda.id}.agendum`), serializeAgenda(agenda));
  }
  return folder;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Reloads the app on the library and opens the agenda; returns the in-page time to first paint. */
export async function openAgenda(page: Page, host: HostProcess, items: number): Promise<number> {
  await page.goto(host.url);
  const label = `Open ${benchAgendaTitle(items)}`;
  await page.getByRole('button', { name: label, exact: true }).waitFor();
  await page.evaluate(INSTALL_PROBES);
  return page.evaluate<number>(
    `window.__bench.timeClick(${JSON.stringify(label)}, ${items}, null)`,
  );
}

export function middleParagraphLabel(items: number): string {
  return `Paragraph 1 of item ${Math.ceil(items / 2)}`;
}

async function measureReorder(page: Page, items: number, repeats: number): Promise<ReorderResult> {
  const moved = 100;
  const title = await page.locator(`textarea[aria-label="Title of item ${moved}"]`).inputValue();
  const downMs: number[] = [];
  const upMs: number[] = [];
  for (let repeat = 0; repeat < repeats; repeat += 1) {
    downMs.push(
      await page.evaluate<number>(
        `window.__bench.timeClick('Move item ${moved} down', ${moved + 1}, ${JSON.stringify(title)})`,
      ),
    );
    await sleep(150);
    upMs.push(
      await page.evaluate<number>(
        `window.__bench.timeClick('Move item ${moved + 1} up', ${moved}, ${JSON.stringify(title)})`,
      ),
    );
    await sleep(150);
  }
  return { items, downMs, upMs };
}

async function measureRendererMemory(
  page: Page,
  before: ReadonlySet<number>,
): Promise<Omit<MemoryResult, 'hostPeakKb'>> {
  const ours = (await rendererProcesses()).filter((pid) => !before.has(pid));
  const memories = (await Promise.all(ours.map((pid) => processMemory(pid)))).filter(
    (memory) => memory !== null,
  );
  // The context's own renderer is the one holding the agenda; a spare one holds little.
  const largest = memories.toSorted((a, b) => b.peakKb - a.peakKb)[0];
  const jsHeapBytes = await page.evaluate<number | null>('window.__bench.heapUsedBytes()');
  const domElements = await page.evaluate<number>("document.getElementsByTagName('*').length");
  return {
    domElements,
    rendererPeakKb: largest?.peakKb ?? Number.NaN,
    rendererResidentKb: largest?.residentKb ?? Number.NaN,
    jsHeapBytes,
  };
}

export async function measureBrowser(plan: BrowserPlan): Promise<BrowserResults> {
  const { log } = plan;
  const dataFolder = await dataFolderWith(plan.agendas);
  const host = await startHostProcess(dataFolder);
  const browser = await launchBrowser();
  try {
    const bareContext = await browser.newContext({ viewport: VIEWPORT });
    const barePage = await bareContext.newPage();
    const sizes: BrowserSizeResult[] = [];
    let reorder: ReorderResult | null = null;
    let memory: Omit<MemoryResult, 'hostPeakKb'> | null = null;
    for (const agenda of plan.agendas) {
      const items = agenda.items.length;
      const before = new Set(await rendererProcesses());
      const context = await browser.newContext({ viewport: VIEWPORT });
      const page = await context.newPage();
      const loadMs: number[] = [];
      for (let repeat = 0; repeat < plan.loadRepeats(items); repeat += 1) {
        loadMs.push(await openAgenda(page, host, items));
      }
      log(`  load ${items} items: ${median(loadMs).toFixed(0)} ms (median of ${loadMs.length})`);

      await bareTextareaPage(barePage);
      await focusParagraphEnd(page, middleParagraphLabel(items));
      const { editor: typing, bare: bareTyping } = await typeSideBySide(page, barePage);
      log(
        `  typing ${items} items: median ${median(typing.samples).toFixed(1)} ms, bare textarea ${median(bareTyping.samples).toFixed(1)} ms`,
      );
      sizes.push({ items, loadMs, typing, bareTyping });

      if (items === plan.reorderItems) {
        reorder = await measureReorder(page, items, plan.reorderRepeats);
        log(`  reorder ${items} items: ${median(reorder.downMs).toFixed(1)} ms`);
      }
      if (items === plan.memoryItems) memory = await measureRendererMemory(page, before);
      await context.close();
    }
    await bareContext.close();
    const hostUsage = await host.usage();
    return {
      sizes,
      reorder,
      memory: memory && { ...memory, hostPeakKb: hostUsage.maxRssKb },
    };
  } finally {
    await browser.close();
    await host.stop();
    await rm(dataFolder, { recursive: true, force: true });
  }
}
