import { execFileSync, execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { type BrowserResults, measureBrowser } from './browser';
import { BENCH_EXPORT_FORMATS, type ExportResult, measureBundle, measureExport } from './export';
import { generateAgenda } from './generate-agenda';
import { type LibraryResult, measureLibrary, withIndexedLibrary } from './library';
import { profilePdf } from './pdf-profile';
import { formatProfileSummary } from './profile-summary';
import {
  type ProfileReport,
  profileExport,
  profileList,
  profileSave,
  profileTyping,
  profilesFolder,
} from './profiles';
import { type BenchResults, type ProfileTarget, benchRows, formatTable } from './report';
import { type SaveResult, measureSave } from './save';
import { formatTraceSummary } from './trace-summary';

/**
 * `npm run bench [-- --profile] [-- --only=save,library,export,browser]`
 *
 * Not part of `npm test`: it takes minutes, and its figures depend on the
 * machine. Prints the table, writes tests/bench/results.json (git-ignored);
 * with --profile, profiles every missed goal and prints the top frames.
 */

const ROOT = join(import.meta.dirname, '../..');
const RENDERER = join(ROOT, 'dist/renderer');
const BRIDGE = join(ROOT, 'dist/test-host/bridge.js');
const RESULTS = join(import.meta.dirname, 'results.json');

const SAVE_SIZES = [10, 50, 200, 1_000] as const;
const SAVE_REPEATS: Readonly<Record<number, number>> = { 10: 21, 50: 21, 200: 15, 1_000: 9 };
const LIBRARY_AGENDAS = 1_000;
const LIBRARY_REPEATS = 15;
const BROWSER_SIZES = [200, 1_000] as const;
const LOAD_REPEATS: Readonly<Record<number, number>> = { 200: 7, 1_000: 5 };
const REORDER_REPEATS = 11;
/** A PDF of 1,000 items takes most of a minute; one run is all the time allows. */
const EXPORT_REPEATS: Readonly<Record<string, number>> = {
  'docx-200': 7,
  'html-200': 11,
  'md-200': 11,
  'pdf-200': 3,
  'docx-1000': 5,
  'html-1000': 7,
  'md-1000': 7,
  'pdf-1000': 1,
};

type Section = 'save' | 'library' | 'export' | 'browser';
const SECTIONS: readonly Section[] = ['save', 'library', 'export', 'browser'];

const log = (line: string) => console.log(line);

/** What failed, section by section: one failure must not cost the figures of the others. */
const failures: string[] = [];

async function attempt<T>(name: string, run: () => Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    failures.push(`${name}: ${message}`);
    log(`  ${name} FAILED: ${message}`);
    return null;
  }
}

function profileTarget(target: ProfileTarget, folder: string): Promise<ProfileReport> {
  switch (target.kind) {
    case 'save':
      return profileSave(target.items, folder);
    case 'typing':
      return profileTyping(generateAgenda(target.items), folder);
    case 'export':
      return target.format === 'pdf'
        ? profilePdf(generateAgenda(target.items), folder)
        : profileExport(generateAgenda(target.items), target.format, folder);
    case 'list':
      return withIndexedLibrary(LIBRARY_AGENDAS, (libraryFolder) =>
        profileList(libraryFolder, folder),
      );
  }
}

function parseArguments(argv: readonly string[]): { profile: boolean; sections: Set<Section> } {
  const only = argv.find((argument) => argument.startsWith('--only='))?.slice('--only='.length);
  const sections = only
    ? new Set(SECTIONS.filter((section) => only.split(',').includes(section)))
    : new Set(SECTIONS);
  return { profile: argv.includes('--profile'), sections };
}

/** The renderer and the test host's bridge, built once if missing (never rebuilt under others). */
function ensureBuilt(): void {
  if (!existsSync(join(RENDERER, 'index.html'))) {
    log('Building the renderer…');
    execSync('npm run -s build:renderer', { cwd: ROOT, stdio: 'inherit' });
  }
  if (!existsSync(BRIDGE)) {
    log('Building the test host bridge…');
    execSync('npm run -s build:bridge', { cwd: ROOT, stdio: 'inherit' });
  }
}

/** Which build is measured: other engineers rebuild dist/renderer while this runs. */
function rendererBuild(): { files: string[]; builtAt: string } {
  const assets = join(RENDERER, 'assets');
  const files = readdirSync(assets).filter((name) => !name.endsWith('.map'));
  const builtAt = Math.max(...files.map((name) => statSync(join(assets, name)).mtimeMs));
  return { files: files.toSorted(), builtAt: new Date(builtAt).toISOString() };
}

function gitDescription(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT }).toString();
    return `${head.trim()}${dirty.trim() === '' ? '' : ' + uncommitted changes'}`;
  } catch {
    return 'unknown';
  }
}

function formatReport(report: ProfileReport): string {
  const parts = [
    report.summary ? formatProfileSummary(report.title, report.summary) : report.title,
  ];
  if (report.trace) parts.push(formatTraceSummary('', report.trace));
  parts.push(...report.notes.map((note) => `  ${note}`));
  if (report.file) parts.push(`  Kept: ${report.file}`);
  return parts.join('\n');
}

async function runProfiles(targets: readonly ProfileTarget[]): Promise<ProfileReport[]> {
  const folder = await profilesFolder();
  const reports: ProfileReport[] = [];
  // Save misses at every size: the smallest shows the fixed cost, the largest the cost per byte.
  const saveSizes = targets.flatMap((target) => (target.kind === 'save' ? [target.items] : []));
  const wanted = targets.filter(
    (target) =>
      target.kind !== 'save' ||
      target.items === Math.min(...saveSizes) ||
      target.items === Math.max(...saveSizes),
  );
  const unique = [...new Map(wanted.map((target) => [JSON.stringify(target), target])).values()];
  for (const target of unique) {
    log(`Profiling ${JSON.stringify(target)}…`);
    const name = `profile ${JSON.stringify(target)}`;
    const report = await attempt(name, () => profileTarget(target, folder));
    if (!report) continue;
    log(formatReport(report));
    reports.push(report);
  }
  return reports;
}

async function main(): Promise<void> {
  const { profile, sections } = parseArguments(process.argv.slice(2));
  const startedAt = new Date();
  const loadAtStart = loadavg();
  ensureBuilt();
  const buildAtStart = rendererBuild();
  log(
    `Agendum benchmark — ${cpus().length} CPUs, load average ${loadAtStart.map((load) => load.toFixed(1)).join(' ')}; git ${gitDescription()}; renderer built ${buildAtStart.builtAt}.`,
  );
  log(
    'This machine is shared and noisy (other engineers run tests): compare the ratios, measured side by side; absolute times are context.',
  );

  const bundle = await measureBundle(RENDERER);
  const save: SaveResult[] = [];
  if (sections.has('save')) {
    log('Save…');
    for (const size of SAVE_SIZES) {
      await attempt(`save ${size}`, async () => {
        save.push(await measureSave(size, SAVE_REPEATS[size] ?? 9, log));
      });
    }
  }
  let library: LibraryResult | null = null;
  if (sections.has('library')) {
    log('Library…');
    library = await attempt('library', () => measureLibrary(LIBRARY_AGENDAS, LIBRARY_REPEATS, log));
  }
  const exports: ExportResult[] = [];
  if (sections.has('export')) {
    log('Export…');
    for (const size of BROWSER_SIZES) {
      const agenda = generateAgenda(size);
      for (const format of BENCH_EXPORT_FORMATS) {
        await attempt(`export ${format} ${size}`, async () => {
          const repeats = EXPORT_REPEATS[`${format}-${size}`] ?? 3;
          exports.push(await measureExport(agenda, format, repeats, log));
        });
      }
    }
  }
  let browser: BrowserResults | null = null;
  if (sections.has('browser')) {
    log('Browser…');
    browser = await attempt('browser', () =>
      measureBrowser({
        agendas: BROWSER_SIZES.map((size) => generateAgenda(size)),
        loadRepeats: (items) => LOAD_REPEATS[items] ?? 5,
        reorderItems: 200,
        reorderRepeats: REORDER_REPEATS,
        memoryItems: 1_000,
        log,
      }),
    );
  }

  const results: BenchResults = { bundle, save, library, exports, browser };
  const rows = benchRows(results);
  const buildAtEnd = rendererBuild();
  const loadAtEnd = loadavg();
  log('');
  log(formatTable(rows));
  log('');
  const goals = rows.filter((row) => row.met !== null);
  log(
    `${goals.filter((row) => row.met).length} of ${goals.length} goals met. Load average at the end ${loadAtEnd.map((load) => load.toFixed(1)).join(' ')}; ${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s in all.`,
  );
  if (failures.length > 0) log(`Failed, so missing from the table: ${failures.join('; ')}`);
  if (buildAtEnd.builtAt !== buildAtStart.builtAt) {
    log(
      `Note: dist/renderer was rebuilt during the run (now ${buildAtEnd.builtAt}); the browser figures may mix two builds.`,
    );
  }

  const misses = rows.flatMap((row) => (row.met === false && row.profile ? [row.profile] : []));
  const profiles = profile && misses.length > 0 ? await runProfiles(misses) : [];
  if (!profile && misses.length > 0) log('Run with -- --profile to profile the missed goals.');

  await writeFile(
    RESULTS,
    `${JSON.stringify(
      {
        startedAt: startedAt.toISOString(),
        machine: { cpus: cpus().length, loadAtStart, loadAtEnd, node: process.version },
        git: gitDescription(),
        renderer: { atStart: buildAtStart, atEnd: buildAtEnd },
        rows,
        failures,
        results,
        profiles,
      },
      null,
      2,
    )}\n`,
  );
  log(`Results written to ${RESULTS}`);
}

await main();
