import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExportService } from '../../../../../electron/main/export/export-service';
import {
  RECENT_DESTINATIONS_FILE,
  RECENT_DESTINATION_COUNT,
  RecentDestinations,
} from '../../../../../electron/main/export/recent-destinations';
import type { ExportRequest } from '../../../../../shared/export/export-request';
import { namingSourceOf } from '../../../../../shared/export/file-names';
import { AgendumError } from '../../../../../shared/ipc/agendum-error';
import { FIXTURE_BYTES, seedAgenda } from '../library/test-library';
import { type ScriptedDialogs, exportServiceFixture } from './export-service-fixture';

let root: string;
let dataFolder: string;
let share: string;
let dialogs: ScriptedDialogs;
let service: ExportService;
let printed: string[];
let remove: () => Promise<void>;

beforeEach(async () => {
  ({ root, dataFolder, share, dialogs, service, printed, remove } = await exportServiceFixture());
});
afterEach(async () => {
  await remove();
});

function request(overrides: Partial<ExportRequest> = {}): ExportRequest {
  return {
    agenda: seedAgenda(),
    formats: ['agendum', 'pdf'],
    paperSize: 'A4',
    folder: share,
    baseName: null,
    replace: [],
    ...overrides,
  };
}

describe('the export service', () => {
  it('writes only to a folder chosen in main’s dialog, or remembered from one', async () => {
    await expect(service.export(request())).rejects.toThrow(AgendumError);
    await expect(service.export(request())).rejects.toThrow(/Choose the destination folder again/);
    expect(await readdir(share)).toEqual([]);

    dialogs.folders.push(share);
    expect(await service.chooseFolder()).toBe(share);
    const outcome = await service.export(request());
    expect(outcome.status).toBe('written');
    expect(await readFile(join(share, 'CTOC_COP_WG.2_2012_1_E.agendum'))).toEqual(FIXTURE_BYTES);
    expect(printed[0]).toContain('<html lang="en">');

    // A new session: the folder is remembered, so it is still allowed.
    const later = new ExportService({
      dataFolder,
      dialogs,
      printPdf: () => Promise.resolve(new Uint8Array(1)),
    });
    expect(await later.recentFolders()).toEqual([{ folder: share, available: true }]);
    const again = await later.export(request({ formats: ['md'] }));
    expect(again.status).toBe('written');
  });

  it('treats a cancelled dialog as no folder', async () => {
    dialogs.folders.push(null);
    expect(await service.chooseFolder()).toBeNull();
    dialogs.folders.push('relative/folder');
    expect(await service.chooseFolder()).toBeNull();
  });

  it('previews the file names, made safe, and which are already in the folder', async () => {
    dialogs.folders.push(share);
    await service.chooseFolder();
    await writeFile(join(share, 'WG2 draft.pdf'), 'old');
    const preview = await service.previewFileNames({
      naming: namingSourceOf(seedAgenda()),
      baseName: 'WG2: draft',
      formats: ['pdf', 'docx'],
      folder: share,
    });
    expect(preview).toEqual({
      baseName: 'WG2 draft',
      files: [
        { format: 'docx', fileName: 'WG2 draft.docx', exists: false },
        { format: 'pdf', fileName: 'WG2 draft.pdf', exists: true },
      ],
    });
    await expect(
      service.previewFileNames({
        ...preview,
        naming: namingSourceOf(seedAgenda()),
        baseName: null,
        formats: ['md'],
        folder: '/etc',
      }),
    ).rejects.toThrow(/Choose the destination folder again/);
  });

  it('asks before replacing, then replaces only what the user agreed to', async () => {
    dialogs.folders.push(share);
    await service.chooseFolder();
    await writeFile(join(share, 'CTOC_COP_WG.2_2012_1_E.pdf'), 'old');
    expect(await service.export(request())).toEqual({
      status: 'conflicts',
      folder: share,
      fileNames: ['CTOC_COP_WG.2_2012_1_E.pdf'],
    });
    expect(await readdir(share)).toEqual(['CTOC_COP_WG.2_2012_1_E.pdf']);
    const replaced = await service.export(request({ replace: ['CTOC_COP_WG.2_2012_1_E.pdf'] }));
    expect(replaced.status).toBe('written');
    expect(await readFile(join(share, 'CTOC_COP_WG.2_2012_1_E.pdf'), 'utf8')).toBe('%PDF-1.7 test');
  });

  it('prints US Letter when asked', async () => {
    dialogs.folders.push(share);
    await service.chooseFolder();
    await service.export(request({ formats: ['pdf', 'html'], paperSize: 'Letter' }));
    expect(printed[0]).toContain('@page { size: letter; }');
    expect(await readFile(join(share, 'CTOC_COP_WG.2_2012_1_E.html'), 'utf8')).toContain(
      'size: letter',
    );
  });
});

describe('the recent destinations', () => {
  it('keep the last few, newest first, without repeats', async () => {
    const recent = new RecentDestinations(dataFolder);
    for (let index = 0; index < RECENT_DESTINATION_COUNT + 2; index += 1) {
      await recent.remember(`/share/${index}`);
    }
    await recent.remember('/share/3');
    expect(await recent.folders()).toEqual([
      '/share/3',
      '/share/6',
      '/share/5',
      '/share/4',
      '/share/2',
    ]);
    expect(await readdir(dataFolder)).toEqual([RECENT_DESTINATIONS_FILE]);
  });

  it('read a damaged or foreign file as an empty list, and write over it', async () => {
    const recent = new RecentDestinations(dataFolder);
    for (const text of [
      '{',
      '{"schemaVersion":2,"folders":[]}',
      '{"schemaVersion":1,"folders":[7]}',
    ]) {
      await writeFile(recent.path, text);
      expect(await recent.folders()).toEqual([]);
    }
    await recent.remember(share);
    expect(await recent.folders()).toEqual([share]);
  });

  it('mark the folders that cannot be reached now', async () => {
    const recent = new RecentDestinations(dataFolder);
    await recent.remember(join(root, 'unplugged'));
    await recent.remember(share);
    expect(await recent.withAvailability()).toEqual([
      { folder: share, available: true },
      { folder: join(root, 'unplugged'), available: false },
    ]);
  });
});
