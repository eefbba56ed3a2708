import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import mammoth from 'mammoth';
import { expect, test } from './fixtures';
import type { TestHost } from '../host/test-host';

const FIXTURE = join(import.meta.dirname, '../fixtures/ctoc-wg2-2012.agendum');
const BASE = 'CTOC_COP_WG.2_2012_1_E';
const ALL_FORMATS = ['docx', 'pdf', 'html', 'md', 'txt', 'agendum'] as const;

/** A folder standing for the shared drive, removed after the test. */
async function sharedDrive(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'agendum-share-'));
}

/** The seed in the library before the page loads, then opened in the editor. */
async function openSeed(page: Page, host: TestHost): Promise<void> {
  const agendas = join(host.dataFolder, 'library/agendas');
  await mkdir(agendas, { recursive: true });
  await copyFile(FIXTURE, join(agendas, 'ctoc-wg2-2012.agendum'));
  await page.goto(host.url);
  await page
    .getByRole('button', { name: /^Open / })
    .first()
    .click();
  await expect(page.getByLabel('Title of item 1', { exact: true })).toHaveValue(
    'Organizational matters',
  );
}

async function openExportDialog(page: Page, host: TestHost, folder: string) {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  host.dialogs.nextFolder = folder;
  await dialog.getByRole('button', { name: 'Choose folder…' }).click();
  await expect(dialog.getByText(folder, { exact: true }).first()).toBeVisible();
  return dialog;
}

test('exports every format to the folder picked in main’s dialog, named after the symbol', async ({
  page,
  host,
}) => {
  const share = await sharedDrive();
  try {
    await openSeed(page, host);
    const dialog = await openExportDialog(page, host, share);
    for (const label of ['Web page (HTML)', 'Markdown', 'Plain text', 'Agendum file']) {
      await dialog.getByLabel(label).check();
    }
    const files = dialog.getByRole('list', { name: 'Files to write' });
    await expect(files.getByRole('listitem')).toHaveText(ALL_FORMATS.map((f) => `${BASE}.${f}`));
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog.getByRole('status')).toContainText(`Exported 6 files to ${share}:`, {
      timeout: 30_000,
    });
    expect((await readdir(share)).sort()).toEqual(ALL_FORMATS.map((f) => `${BASE}.${f}`).sort());

    // The native file is the draft, byte for byte; the Word file carries its text in order.
    expect(await readFile(join(share, `${BASE}.agendum`))).toEqual(await readFile(FIXTURE));
    const { value: docxText } = await mammoth.extractRawText({
      buffer: await readFile(join(share, `${BASE}.docx`)),
    });
    const lines = docxText
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const order = [
      'United Nations',
      'Working Group of Government Experts on Technical Assistance',
      'Vienna, 17 and 18 October 2012',
      'Provisional agenda and annotations',
      'Adoption of the agenda and organization of work.',
      'Annotations',
      'Proposed organization of work',
    ].map((text) => lines.findIndex((line) => line.includes(text)));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect((await readFile(join(share, `${BASE}.pdf`))).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await readFile(join(share, `${BASE}.md`), 'utf8')).toContain(
      'Provisional agenda and annotations',
    );
    expect(host.dialogs.shown).toEqual(['folder']);

    // The dialog, the editor with its preview, and the exported page pass axe.
    const violations = async (target: Page) =>
      (await new AxeBuilder({ page: target }).analyze()).violations.map(
        (violation) => violation.id,
      );
    expect(await violations(page)).toEqual([]);
    const exported = await page.context().newPage();
    await exported.setContent(await readFile(join(share, `${BASE}.html`), 'utf8'));
    expect(await violations(exported)).toEqual([]);
    await exported.close();
  } finally {
    await rm(share, { recursive: true, force: true });
  }
});

test('asks before replacing a file already in the folder, and replaces only when told', async ({
  page,
  host,
}) => {
  const share = await sharedDrive();
  try {
    await writeFile(join(share, `${BASE}.docx`), 'a colleague’s copy');
    await openSeed(page, host);
    const dialog = await openExportDialog(page, host, share);
    await dialog.getByLabel('PDF').uncheck();
    await dialog.getByLabel('Markdown').check();
    await expect(dialog.getByRole('list', { name: 'Files to write' })).toContainText(
      `${BASE}.docx already in the folder`,
    );

    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const question = dialog.getByRole('alert');
    await expect(question).toContainText(`This file is already in ${share}:`);
    await expect(question).toContainText(`${BASE}.docx`);
    await question.getByRole('button', { name: 'Keep the existing file' }).click();
    await expect(question).toBeHidden();
    expect(await readFile(join(share, `${BASE}.docx`), 'utf8')).toBe('a colleague’s copy');
    expect(await readdir(share)).toEqual([`${BASE}.docx`]);

    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await dialog.getByRole('alert').getByRole('button', { name: 'Replace' }).click();
    await expect(dialog.getByRole('status')).toContainText('Exported 2 files');
    expect((await readFile(join(share, `${BASE}.docx`))).subarray(0, 2).toString()).toBe('PK');
    expect((await readdir(share)).sort()).toEqual([`${BASE}.docx`, `${BASE}.md`]);

    // A second export asks again: the files are there now.
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText('These files are already in');
    await dialog.getByRole('button', { name: 'Keep the existing files' }).click();

    // The folder is offered again next time, from the recent destinations.
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Export…' }).click();
    await expect(page.getByLabel('Recent folders')).toContainText(share);
  } finally {
    await rm(share, { recursive: true, force: true });
  }
});

test('an export to a folder that vanished names it, and the draft is intact', async ({
  page,
  host,
}) => {
  const share = await sharedDrive();
  await openSeed(page, host);
  const title = page.getByLabel('Title of item 8', { exact: true });
  await title.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' and closing');
  const dialog = await openExportDialog(page, host, share);
  await rm(share, { recursive: true, force: true });

  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText(`Could not export to the folder “${share}”`);
  await expect(alert).toContainText('the folder cannot be found');
  await expect(alert).toContainText('Your agenda is unchanged');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await expect(title).toHaveValue('Other matters and closing');
  await expect(page.getByRole('status').first()).toHaveText('Saved');
  const saved = await readFile(
    join(host.dataFolder, 'library/agendas/ctoc-wg2-2012.agendum'),
    'utf8',
  );
  expect(saved).toContain('"title": "Other matters and closing"');
});

test('the preview shows what the user types, at the part being edited', async ({ page, host }) => {
  await openSeed(page, host);
  const preview = page.frameLocator('iframe[title="Preview of the document as it will print"]');
  await expect(preview.locator('h1.document-title')).toHaveText(
    'Provisional agenda and annotations',
  );

  const paragraph = page.getByRole('textbox', { name: 'Paragraph 1 of item 3', exact: true });
  await paragraph.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Typed in the editor today.');
  const current = preview.locator('.agendum-preview-current');
  await expect(current).toHaveCount(1);
  // The paragraph being edited is the one marked, with what was just typed.
  await expect(current).toContainText('Typed in the editor today.');
  await expect(
    preview.locator('p.annotation', { hasText: 'Typed in the editor today.' }),
  ).toBeVisible();

  // Hidden, it renders nothing; shown again, it is up to date.
  await page.getByRole('button', { name: 'Hide preview' }).click();
  await expect(page.locator('iframe')).toHaveCount(0);
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await expect(
    preview.locator('p.annotation', { hasText: 'Typed in the editor today.' }),
  ).toHaveCount(1);
});

test('a colleague’s .agendum file joins the library and opens', async ({ app, host }) => {
  host.dialogs.nextAgendaFile = FIXTURE;
  await app.getByRole('button', { name: 'Import…' }).click();
  await expect(app.getByLabel('Title of item 1', { exact: true })).toHaveValue(
    'Organizational matters',
  );
  await expect(app.getByLabel('Document symbol')).toHaveValue('CTOC/COP/WG.2/2012/1');
  expect(host.dialogs.shown).toEqual(['agenda-file']);
});
