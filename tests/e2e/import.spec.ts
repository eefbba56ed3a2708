import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { renderDocumentBlocks } from '../../shared/export/document-blocks';
import { packDocx, renderDocx } from '../../shared/export/render-docx';
import { expect, test } from './fixtures';
import { SEED } from './seed-agenda';
import type { TestHost } from '../host/test-host';
import { excelWorkbook } from '../unit/electron/main/import/support/stored-zip';

const SEED_MARKDOWN = join(import.meta.dirname, '../fixtures/provisional-agenda-ctoc-wg2-2012.md');
const TYPED_TEXT = join(import.meta.dirname, '../fixtures/import/ccpcj-2024-typed.txt');

/** Picks `file` in main's open dialog, through "Import…". */
async function importFile(app: Page, host: TestHost, file: string): Promise<void> {
  host.dialogs.nextAgendaFile = file;
  await app.getByRole('button', { name: 'Import…' }).click();
}

async function agendaFiles(host: TestHost): Promise<string[]> {
  const folder = join(host.dataFolder, 'library/agendas');
  return (await readdir(folder).catch(() => [])).filter((name) => name.endsWith('.agendum'));
}

test('the seed’s Markdown imports, says what it found and opens', async ({ app, host }) => {
  await importFile(app, host, SEED_MARKDOWN);
  const summary = app.getByRole('dialog', { name: /^Imported/ });
  await expect(summary).toBeVisible();
  await expect(summary).toContainText(
    /Found 8 items, 2 sub-items, \d+ paragraphs, \d+ documents, \d+ time slots; nothing left unplaced/,
  );
  expect(host.dialogs.shown).toEqual(['agenda-file']);
  expect(await new AxeBuilder({ page: app }).include('dialog').analyze()).toMatchObject({
    violations: [],
  });
  await summary.getByRole('button', { name: 'Open the agenda' }).click();
  await expect(app.getByLabel('Title of item 1', { exact: true })).toHaveValue(
    'Organizational matters',
  );
  await expect(app.getByLabel('Title of item 8', { exact: true })).toHaveValue(
    SEED.items[7]?.title ?? '',
  );
  await expect(app.getByLabel('Document symbol')).toHaveValue('CTOC/COP/WG.2/2012/1');
  // Nothing was left unplaced: no button for it.
  await expect(app.getByRole('button', { name: /^Unplaced text/ })).toHaveCount(0);
});

test('a Word file imports the same, and stays in the library when asked', async ({ app, host }) => {
  const docx = join(host.dataFolder, 'WG.2 2012.docx');
  await writeFile(docx, await packDocx(renderDocx(renderDocumentBlocks(SEED))));
  await importFile(app, host, docx);
  const summary = app.getByRole('dialog', { name: 'Imported “WG.2 2012”' });
  await expect(summary).toContainText('Found 8 items, 2 sub-items, ');
  await summary.getByRole('button', { name: 'Stay in the library' }).click();
  await expect(summary).toHaveCount(0);
  await app.getByRole('button', { name: 'Open WG.2 2012' }).click();
  await expect(app.getByLabel('Title of item 3', { exact: true })).toHaveValue(
    SEED.items[2]?.title ?? '',
  );
});

test('text left unplaced is moved into an item or discarded, undoably', async ({ app, host }) => {
  await importFile(app, host, TYPED_TEXT);
  const summary = app.getByRole('dialog', { name: /^Imported/ });
  await expect(summary).toContainText('4 pieces of text left unplaced');
  await summary.getByRole('button', { name: 'Open the agenda' }).click();
  await expect(app.getByLabel('Title of item 1', { exact: true })).toHaveValue(
    'Election of officers',
  );

  await app.getByRole('button', { name: 'Unplaced text (4)' }).click();
  const panel = app.getByRole('complementary', { name: 'Unplaced text' });
  await expect(panel).toContainText('Documents will be posted on the website of the Commission.');
  await expect(panel).toContainText(
    'From line 44: follows the Documentation list of item 2 but is not a document title with its symbol',
  );
  expect(await new AxeBuilder({ page: app }).include('#unplaced-panel').analyze()).toMatchObject({
    violations: [],
  });

  // Text 2 into item 2's annotations, with the keyboard.
  await panel
    .getByLabel('Move text 2 to', { exact: true })
    .selectOption({ label: '2. Adoption of the agenda and other organizational matters' });
  await panel.getByRole('button', { name: 'Move text 2 to the item chosen' }).focus();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('button', { name: 'Unplaced text (3)' })).toBeVisible();
  await expect(panel).not.toContainText('Documents will be posted');
  const paragraphs = app.getByLabel(/^Paragraph \d+ of item 2$/);
  await expect(paragraphs.last()).toHaveText(
    'Documents will be posted on the website of the Commission.',
  );

  // The footnote-like first piece is discarded.
  await expect(panel.getByRole('listitem', { name: 'Unplaced text 1' })).toContainText(
    'Reissued for technical reasons',
  );
  await panel.getByRole('button', { name: 'Discard text 1' }).click();
  await expect(app.getByRole('button', { name: 'Unplaced text (2)' })).toBeVisible();
  await expect(panel).not.toContainText('Reissued for technical reasons');

  // Undo brings the discarded piece back; redo discards it again.
  await app.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(app.getByRole('button', { name: 'Unplaced text (3)' })).toBeVisible();
  await expect(panel).toContainText('Reissued for technical reasons');
  await app.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(app.getByRole('button', { name: 'Unplaced text (2)' })).toBeVisible();

  // Saved: the file on disk has the piece in item 2 and two left unplaced.
  await expect(app.getByText('Saved', { exact: false }).first()).toBeVisible();
  await expect
    .poll(async () => {
      const [file] = await agendaFiles(host);
      const saved = JSON.parse(
        await readFile(join(host.dataFolder, 'library/agendas', file ?? ''), 'utf8'),
      ) as typeof SEED;
      return saved.unplaced?.length;
    })
    .toBe(2);
});

test('a file that is not an agenda gives its reason and creates nothing', async ({ app, host }) => {
  const cases: [string, string | Uint8Array, string][] = [
    ['empty.txt', '', 'The file is empty: there is no text to import.'],
    [
      'letter.md',
      'Dear colleagues,\n\nPlease find attached the report of the meeting.\n',
      'This does not look like a provisional agenda',
    ],
    [
      'budget.docx',
      excelWorkbook(),
      'This is not a Word document: it is an Excel workbook renamed to .docx.',
    ],
  ];
  for (const [name, content, message] of cases) {
    const file = join(host.dataFolder, name);
    await writeFile(file, content);
    await importFile(app, host, file);
    const alert = app.getByRole('alert').filter({ hasText: message });
    await expect(alert).toBeVisible();
    await alert.getByRole('button', { name: 'Dismiss' }).click();
  }
  await expect(app.getByRole('dialog')).toHaveCount(0);
  expect(await agendaFiles(host)).toEqual([]);
  await expect(app.getByText('No agendas yet. Create one above.')).toBeVisible();
});

test('pasted text becomes an agenda', async ({ app, host }) => {
  await app.getByRole('button', { name: 'Paste text…' }).click();
  const paste = app.getByRole('dialog', { name: 'Paste an agenda' });
  const box = paste.getByLabel('Text of the agenda');
  await expect(box).toBeFocused();
  await expect(paste.getByRole('button', { name: 'Import text' })).toBeDisabled();

  await box.fill('Dear colleagues,\nThe meeting is postponed.');
  await paste.getByRole('button', { name: 'Import text' }).click();
  await expect(paste.getByRole('alert')).toContainText(
    'This does not look like a provisional agenda',
  );
  expect(await agendaFiles(host)).toEqual([]);

  await box.fill(await readFile(TYPED_TEXT, 'utf8'));
  await paste.getByRole('button', { name: 'Import text' }).click();
  const summary = app.getByRole('dialog', { name: /^Imported/ });
  await expect(summary).toContainText('Found 5 items, 2 sub-items, ');
  await expect(paste).toHaveCount(0);
  await summary.getByRole('button', { name: 'Open the agenda' }).click();
  await expect(app.getByLabel('Title of item 5', { exact: true })).toHaveValue(
    'Adoption of the report of the Commission on its thirty-third session',
  );
  expect(await agendaFiles(host)).toHaveLength(1);
});
