import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Doyensec's Electronegativity over the main and preload code and the page's
 * CSP. It always exits 0, so its CSV is parsed here: any HIGH or MEDIUM
 * finding fails the suite unless a comment next to the code justifies it:
 * `// electronegativity-justified CHECK_NAME: why`.
 */

const ROOT = join(import.meta.dirname, '../../..');
const ELECTRON_VERSION = '45.0.0';
const JUSTIFICATION_WINDOW = 4;

interface Finding {
  readonly check: string;
  readonly severity: string;
  readonly file: string;
  readonly line: number;
}

function parseCsv(text: string): Finding[] {
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((row) => {
      const cells = [...row.matchAll(/"([^"]*)"|([^,]+)/g)].map(
        (match) => match[1] ?? match[2] ?? '',
      );
      const [check = '', severity = '', , file = '', location = '0:0'] = cells;
      return { check: check.trim(), severity, file, line: Number(location.split(':')[0]) };
    });
}

async function isJustified(scanFolder: string, finding: Finding): Promise<boolean> {
  if (finding.file === 'N/A') return false;
  const lines = (await readFile(join(scanFolder, finding.file), 'utf8')).split('\n');
  const start = Math.max(0, finding.line - 1 - JUSTIFICATION_WINDOW);
  return lines
    .slice(start, finding.line)
    .some((line) => line.includes(`electronegativity-justified ${finding.check}:`));
}

let scanFolder = '';
afterAll(async () => {
  if (scanFolder) await rm(scanFolder, { recursive: true, force: true });
});

describe('Electronegativity', () => {
  it('finds nothing of high or medium severity that is not justified next to the code', async () => {
    scanFolder = await mkdtemp(join(tmpdir(), 'agendum-electronegativity-'));
    await cp(join(ROOT, 'electron'), join(scanFolder, 'electron'), { recursive: true });
    await mkdir(join(scanFolder, 'renderer'));
    await cp(join(ROOT, 'renderer/index.html'), join(scanFolder, 'renderer/index.html'));
    await cp(join(ROOT, 'package.json'), join(scanFolder, 'package.json'));
    const report = join(scanFolder, 'report.csv');
    await promisify(execFile)(
      join(ROOT, 'node_modules/.bin/electronegativity'),
      ['-i', scanFolder, '-e', ELECTRON_VERSION, '-o', report, '-r', '-v', 'false'],
      { timeout: 120_000 },
    );
    const findings = parseCsv(await readFile(report, 'utf8'));
    expect(findings.length, 'the report was read').toBeGreaterThan(0);
    const serious = findings.filter((finding) => ['HIGH', 'MEDIUM'].includes(finding.severity));
    const unjustified: string[] = [];
    for (const finding of serious) {
      if (!(await isJustified(scanFolder, finding))) {
        unjustified.push(`${finding.severity} ${finding.check} at ${finding.file}:${finding.line}`);
      }
    }
    expect(unjustified).toEqual([]);
  }, 150_000);
});
