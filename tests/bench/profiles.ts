import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FileSystem, realFileSystem } from '../../electron/main/library/file-system';
import { LibraryStore } from '../../electron/main/library/library-store';
import type { Agenda } from '../../shared/model/agenda';
import { type HostProcess, startHostProcess } from './host-process';
import {
  dataFolderWith,
  launchBrowser,
  middleParagraphLabel,
  openAgenda,
  VIEWPORT,
} from './browser';
import { exportOnce } from './export';
import { withOneEdit } from './generate-agenda';
import { profileNode } from './node-profile';
import {
  type CpuProfile,
  type ProfileSummary,
  loadRendererMaps,
  summarizeProfile,
} from './profile-summary';
import { storeWithAgenda } from './save';
import { type TraceRow, summarizeTrace } from './trace-summary';
import { median, percentile } from './stats';
import { type TypingRun, focusParagraphEnd, typeInto, typingText } from './typing';

/**
 * Where the time goes, for each goal the run missed: a CPU profile of the
 * same operation (CDP Profiler in the renderer, the inspector's Profiler in
 * Node), summarised as its top frames. The raw profiles are kept in a
 * temporary folder, to open in DevTools.
 */

export interface ProfileReport {
  readonly title: string;
  readonly summary: ProfileSummary | null;
  /** Chrome trace events, for the renderer's native work (style, layout, paint, print). */
  readonly trace: readonly TraceRow[] | null;
  /** Figures that a CPU profile cannot show (I/O calls, phases), measured beside it. */
  readonly notes: readonly string[];
  readonly file: string | null;
}

export async function profilesFolder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'agendum-bench-profiles-'));
}

async function keep(folder: string, name: string, profile: CpuProfile): Promise<string> {
  const file = join(folder, `${name}.cpuprofile`);
  await writeFile(file, JSON.stringify(profile));
  return file;
}

/** The real file system, counting each call, and each call on the handles it opens. */
function countingCalls(counts: Map<string, number>): FileSystem {
  const count = (name: string) => counts.set(name, (counts.get(name) ?? 0) + 1);
  const wrapped: Record<string, unknown> = { ...realFileSystem };
  for (const [name, method] of Object.entries(realFileSystem)) {
    if (typeof method !== 'function') continue;
    wrapped[name] = async (...args: unknown[]) => {
      count(name);
      const result: unknown = await Reflect.apply(method, realFileSystem, args);
      if (name !== 'open') return result;
      return new Proxy(result as FileHandle, {
        get(target, property, receiver) {
          const value: unknown = Reflect.get(target, property, receiver);
          if (typeof value !== 'function' || typeof property !== 'string') return value;
          return (...handleArgs: unknown[]) => {
            count(`handle.${property}`);
            return Reflect.apply(value, target, handleArgs) as unknown;
          };
        },
      });
    };
  }
  return wrapped as unknown as FileSystem;
}

/** LibraryStore.save of one edit, profiled over several saves; the file calls of one save counted. */
export async function profileSave(items: number, folder: string): Promise<ProfileReport> {
  const work = await mkdtemp(join(tmpdir(), 'agendum-bench-profile-save-'));
  try {
    const { store, agenda } = await storeWithAgenda(work, items);
    const profile = await profileNode(async () => {
      for (let revision = 0; revision < 10; revision += 1) {
        await store.save(withOneEdit(agenda, revision));
      }
    });
    const counts = new Map<string, number>();
    const counted = new LibraryStore(join(work, 'library'), countingCalls(counts));
    await counted.openForEditing(agenda.id);
    await counted.save(withOneEdit(agenda, 100));
    await counted.save(withOneEdit(agenda, 101));
    counts.clear();
    await counted.save(withOneEdit(agenda, 102));
    const calls = [...counts.entries()].map(([name, n]) => `${name} ×${n}`).join(', ');
    return {
      title: `Save, ${items} items: 10 × LibraryStore.save`,
      summary: summarizeProfile(profile),
      trace: null,
      notes: [`File calls of one save (after the first): ${calls}`],
      file: await keep(folder, `save-${items}`, profile),
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export async function profileExport(
  agenda: Agenda,
  format: 'docx' | 'html' | 'md',
  folder: string,
): Promise<ProfileReport> {
  const work = await mkdtemp(join(tmpdir(), 'agendum-bench-profile-export-'));
  try {
    const profile = await profileNode(async () => {
      for (let repeat = 0; repeat < 3; repeat += 1) await exportOnce(agenda, format, work);
    });
    return {
      title: `Export ${format.toUpperCase()}, ${agenda.items.length} items: 3 exports`,
      summary: summarizeProfile(profile),
      trace: null,
      notes: [],
      file: await keep(folder, `export-${format}-${agenda.items.length}`, profile),
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** A fresh LibraryStore's list() on a folder the caller made and indexed. */
export async function profileList(libraryFolder: string, folder: string): Promise<ProfileReport> {
  const profile = await profileNode(async () => {
    for (let repeat = 0; repeat < 5; repeat += 1) await new LibraryStore(libraryFolder).list();
  });
  return {
    title: 'Library list, 1,000 agendas: 5 fresh instances',
    summary: summarizeProfile(profile),
    trace: null,
    notes: [],
    file: await keep(folder, 'library-list', profile),
  };
}

function typingFacts(run: TypingRun, trace: unknown): string {
  const intersections = summarizeTrace(trace, 500)
    .filter((row) => row.event.includes('computeIntersections'))
    .reduce((sum, row) => sum + row.selfMs, 0);
  const longTasks = run.longTasks.filter((duration) => duration > 50).length;
  return `${run.typed} keys, p50 ${median(run.samples).toFixed(1)} ms, p95 ${percentile(run.samples, 0.95).toFixed(1)} ms, ${longTasks} long tasks > 50 ms; IntersectionObserverController::computeIntersections ${intersections.toFixed(0)} ms`;
}

/** A profile of typing needs a few dozen keys, not all of them; a slow editor stops here. */
const PROFILE_BUDGET_MS = 30_000;

/** Trace categories that name the renderer's native work. */
export const TIMELINE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink',
  'v8.execute',
];

/**
 * The renderer's main thread while typing 100 characters (two bursts, one
 * autosave between): a CPU profile, then a trace of the next 100 characters.
 */
export async function profileTyping(agenda: Agenda, folder: string): Promise<ProfileReport> {
  const items = agenda.items.length;
  const dataFolder = await dataFolderWith([agenda]);
  let host: HostProcess | null = null;
  const browser = await launchBrowser();
  try {
    host = await startHostProcess(dataFolder);
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await openAgenda(page, host, items);
    await focusParagraphEnd(page, middleParagraphLabel(items));
    loadRendererMaps();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const capture = await typeInto(page, typingText(100), PROFILE_BUDGET_MS);
    const { profile } = await cdp.send('Profiler.stop');
    const traced = async () => {
      await browser.startTracing(page, { categories: TIMELINE_CATEGORIES });
      const run = await typeInto(page, typingText(100), PROFILE_BUDGET_MS);
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as unknown;
      return { run, trace };
    };
    const withPreview = await traced();
    const notes = [`Traced run: ${typingFacts(withPreview.run, withPreview.trace)}`];
    // The same typing with the preview pane hidden, to tell its cost from the editor's.
    const previewShown = page.locator('button[aria-pressed="true"]', { hasText: /^Preview$/ });
    if ((await previewShown.count()) === 1) {
      await previewShown.click();
      await focusParagraphEnd(page, middleParagraphLabel(items));
      const hidden = await traced();
      notes.push(`Same, preview pane hidden: ${typingFacts(hidden.run, hidden.trace)}`);
    }
    const keyMs = capture.samples.toSorted((a, b) => a - b);
    return {
      title: `Typing, ${items} items: up to 100 characters (30 s) into "${middleParagraphLabel(items)}"`,
      summary: summarizeProfile(profile),
      trace: summarizeTrace(withPreview.trace),
      notes: [
        `During the profile: ${capture.typed} keys, median keystroke ${keyMs[Math.floor(keyMs.length / 2)]?.toFixed(1)} ms, ${capture.longTasks.length} long tasks`,
        ...notes,
      ],
      file: await keep(folder, `typing-${items}`, profile),
    };
  } finally {
    await browser.close();
    await host?.stop();
    await rm(dataFolder, { recursive: true, force: true });
  }
}
