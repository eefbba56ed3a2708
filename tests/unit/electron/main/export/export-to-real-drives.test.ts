import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportToFolder } from '../../../../../electron/main/export/export-to-folder';
import type { ExportOutcome } from '../../../../../shared/export/export-request';
import { serializeAgenda } from '../../../../../shared/model/serialize';
import { seedAgenda } from '../library/test-library';

/**
 * The same failures as export-to-folder.test.ts, from a real file system:
 * a small tmpfs that fills up, and one remounted read-only. Mounting needs
 * root (chmod would not do: root writes through it); elsewhere these tests
 * are skipped and say so, and the injected failures still run.
 */
function canMount(): boolean {
  const probe = mkdtempSync(join(tmpdir(), 'agendum-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

const mountable = canMount();
if (!mountable) {
  console.warn(
    'export-to-real-drives: mount is not permitted here; the real tmpfs tests are skipped.',
  );
}

const OLD = Buffer.from('the copy a colleague is already reading\n');

describe.skipIf(!mountable)('an export to a real drive that fails', () => {
  let drive: string;

  beforeEach(() => {
    drive = mkdtempSync(join(tmpdir(), 'agendum-drive-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', drive]);
  });
  afterEach(() => {
    execFileSync('umount', [drive]);
    rmSync(drive, { recursive: true, force: true });
  });

  function expectFailure(outcome: ExportOutcome, cause: RegExp): void {
    expect(outcome.status).toBe('failed');
    const message = outcome.status === 'failed' ? outcome.message : '';
    expect(message).toContain(`“${drive}”`);
    expect(message).toMatch(cause);
  }

  it('keeps the old file and leaves no temporary file when the disk is full', async () => {
    const draft = seedAgenda();
    const before = serializeAgenda(draft);
    const target = join(drive, 'A_E.pdf');
    await writeFile(target, OLD);
    const outcome = await exportToFolder(
      drive,
      [
        {
          format: 'pdf',
          fileName: 'A_E.pdf',
          render: () => Promise.resolve(new Uint8Array(256 * 1024)),
        },
      ],
      { replace: ['A_E.pdf'] },
    );
    expectFailure(outcome, /the disk is full \(ENOSPC\)/);
    expect(await readFile(target)).toEqual(OLD);
    expect(await readdir(drive)).toEqual(['A_E.pdf']);
    expect(serializeAgenda(draft)).toBe(before);
  });

  it('keeps the old file when the drive is read-only', async () => {
    const target = join(drive, 'A_E.docx');
    await writeFile(target, OLD);
    execFileSync('mount', ['-o', 'remount,ro', drive]);
    const outcome = await exportToFolder(
      drive,
      [{ format: 'docx', fileName: 'A_E.docx', render: () => Promise.resolve(new Uint8Array(10)) }],
      { replace: ['A_E.docx'] },
    );
    expectFailure(outcome, /the disk is read-only \(EROFS\)/);
    expect(await readFile(target)).toEqual(OLD);
    expect(await readdir(drive)).toEqual(['A_E.docx']);
  });
});
