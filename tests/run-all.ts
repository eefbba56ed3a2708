import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm test`: every concern on its own (typecheck, lint, format, schema,
 * unit, e2e), each run even when another fails, then one closing line summed
 * from the runners' own JSON reports: `N passed, N failed, N skipped`.
 */

const ROOT = join(import.meta.dirname, '..');
const REPORTS = join(ROOT, 'reports');
const VITEST_REPORT = join(REPORTS, 'vitest.json');
const PLAYWRIGHT_REPORT = join(REPORTS, 'playwright.json');

interface Step {
  readonly name: string;
  readonly command: string;
}

const STEPS: readonly Step[] = [
  { name: 'typecheck', command: 'npm run -s typecheck' },
  { name: 'lint', command: 'npm run -s lint' },
  { name: 'format', command: 'npm run -s format:check' },
  { name: 'schema', command: 'npm run -s schema:check' },
  {
    name: 'unit',
    command: `npx vitest run --reporter=default --reporter=json --outputFile.json=${VITEST_REPORT}`,
  },
  { name: 'e2e', command: 'npm run -s test:e2e' },
];

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function vitestCounts(): Counts | null {
  if (!existsSync(VITEST_REPORT)) return null;
  const report = JSON.parse(readFileSync(VITEST_REPORT, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

interface PlaywrightSuite {
  readonly specs?: readonly {
    readonly title: string;
    readonly tests: readonly {
      readonly annotations?: readonly { type: string; description?: string }[];
      readonly results: readonly { status: string }[];
    }[];
  }[];
  readonly suites?: readonly PlaywrightSuite[];
}

/** Skipped tests are reported with their reason, never hidden among the passes. */
function playwrightSkips(): string[] {
  if (!existsSync(PLAYWRIGHT_REPORT)) return [];
  const report = JSON.parse(readFileSync(PLAYWRIGHT_REPORT, 'utf8')) as {
    suites: PlaywrightSuite[];
  };
  const skips: string[] = [];
  const walk = (suite: PlaywrightSuite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        if (!test.results.some((result) => result.status === 'skipped')) continue;
        const reason = test.annotations?.find(
          (annotation) => annotation.type === 'skip',
        )?.description;
        skips.push(`${spec.title}: ${reason ?? 'no reason given'}`);
      }
    }
    suite.suites?.forEach(walk);
  };
  report.suites.forEach(walk);
  return skips;
}

function playwrightCounts(): Counts | null {
  if (!existsSync(PLAYWRIGHT_REPORT)) return null;
  const { stats } = JSON.parse(readFileSync(PLAYWRIGHT_REPORT, 'utf8')) as {
    stats: { expected: number; unexpected: number; skipped: number; flaky: number };
  };
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}

const only = process.argv.slice(2);
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const results: { step: Step; ok: boolean; seconds: number }[] = [];
for (const step of STEPS) {
  if (only.length > 0 && !only.includes(step.name)) continue;
  console.log(`\n=== ${step.name}: ${step.command}`);
  const started = Date.now();
  const run = spawnSync(step.command, { cwd: ROOT, stdio: 'inherit', shell: true });
  results.push({ step, ok: run.status === 0, seconds: (Date.now() - started) / 1000 });
}

console.log('\n=== summary');
for (const { step, ok, seconds } of results) {
  console.log(`${ok ? 'ok    ' : 'FAILED'} ${step.name.padEnd(10)} ${seconds.toFixed(1)} s`);
}

const total: Counts = { passed: 0, failed: 0, skipped: 0 };
for (const [suite, counts] of [
  ['unit', vitestCounts()],
  ['e2e', playwrightCounts()],
] as const) {
  const ran = results.some((result) => result.step.name === suite);
  if (ran && counts === null) {
    console.log(`${suite}: no report was written, counted as one failure`);
    total.failed += 1;
  }
  if (!counts) continue;
  console.log(
    `${suite}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
  );
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
}

for (const skip of playwrightSkips()) console.log(`skipped: ${skip}`);

const failedSteps = results.filter((result) => !result.ok);
if (failedSteps.length > 0) {
  console.log(`failed steps: ${failedSteps.map((result) => result.step.name).join(', ')}`);
}
process.exitCode = failedSteps.length > 0 || total.failed > 0 ? 1 : 0;
const closingLine = `${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`;
writeFileSync(join(REPORTS, 'summary.txt'), `${closingLine}\n`);
console.log(closingLine);
