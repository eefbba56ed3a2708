import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportService } from '../../../../../electron/main/export/export-service';
import type { Agenda } from '../../../../../shared/model/agenda';
import type { ComparisonExportRequest } from '../../../../../shared/revisions/revision-requests';
import { seedAgenda } from '../library/test-library';
import { type ScriptedDialogs, exportServiceFixture } from './export-service-fixture';

let share: string;
let dialogs: ScriptedDialogs;
let service: ExportService;
let printed: string[];
let remove: () => Promise<void>;

beforeEach(async () => {
  ({ share, dialogs, service, printed, remove } = await exportServiceFixture());
});
afterEach(async () => {
  await remove();
});

function edited(): Agenda {
  const seed = seedAgenda();
  return {
    ...seed,
    items: seed.items.map((item, index) =>
      index === 1 ? { ...item, title: `${item.title}, revised` } : item,
    ),
  };
}

function request(overrides: Partial<ComparisonExportRequest> = {}): ComparisonExportRequest {
  return {
    oldAgenda: seedAgenda(),
    newAgenda: edited(),
    formats: ['docx', 'pdf'],
    paperSize: 'A4',
    folder: share,
    author: 'Secretariat',
    replace: [],
    ...overrides,
  };
}

describe('exporting a comparison', () => {
  it('writes only to a folder chosen in the dialog', async () => {
    await expect(service.exportComparison(request())).rejects.toMatchObject({
      code: 'invalid-request',
    });
    expect(await readdir(share)).toEqual([]);
  });

  it('writes <symbol>_E_compared.docx with tracked changes by the author, and the PDF', async () => {
    dialogs.folders.push(share);
    expect(await service.chooseFolder()).toBe(share);
    const outcome = await service.exportComparison(request());
    expect(outcome.status).toBe('written');
    expect((await readdir(share)).sort()).toEqual([
      'CTOC_COP_WG.2_2012_1_E_compared.docx',
      'CTOC_COP_WG.2_2012_1_E_compared.pdf',
    ]);
    const zip = await JSZip.loadAsync(
      await readFile(join(share, 'CTOC_COP_WG.2_2012_1_E_compared.docx')),
    );
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('<w:ins ');
    expect(xml).toContain('w:author="Secretariat"');
    expect(xml).toContain('revised');
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('revised');

    // A second export asks before replacing, and replaces when told.
    const again = await service.exportComparison(request({ formats: ['docx'] }));
    expect(again).toMatchObject({
      status: 'conflicts',
      fileNames: ['CTOC_COP_WG.2_2012_1_E_compared.docx'],
    });
    const replaced = await service.exportComparison(
      request({ formats: ['docx'], replace: ['CTOC_COP_WG.2_2012_1_E_compared.docx'] }),
    );
    expect(replaced.status).toBe('written');
  });

  it('prints the PDF as the dialog shows it: side by side on a landscape page, or one marked-up text', async () => {
    dialogs.folders.push(share);
    await service.chooseFolder();
    const labels = { old: '“Sent to the Bureau”', new: 'The current agenda' };
    await service.exportComparison(
      request({ formats: ['pdf'], layout: 'side-by-side', labels, paperSize: 'Letter' }),
    );
    expect(printed[0]).toContain('<table class="sides">');
    expect(printed[0]).toContain('<th scope="col">“Sent to the Bureau”</th>');
    expect(printed[0]).toContain('@page { size: letter landscape; }');

    await service.exportComparison(
      request({ formats: ['pdf'], replace: ['CTOC_COP_WG.2_2012_1_E_compared.pdf'] }),
    );
    expect(printed[1]).not.toContain('class="sides"');
    expect(printed[1]).not.toContain('landscape');
  });
});
