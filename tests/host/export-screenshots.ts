import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { startTestHost } from './test-host';

/**
 * Pictures of the live preview beside the editor and of the Export dialog,
 * with the seed agenda open: `npx tsx tests/host/export-screenshots.ts`
 * after building the renderer and the bridge.
 */
const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, 'docs/screenshots');
const dataFolder = await mkdtemp(join(tmpdir(), 'agendum-shots-'));
const share = join(dataFolder, 'Shared drive', 'CTOC', 'WG.2 2012');
await mkdir(share, { recursive: true });
await mkdir(join(dataFolder, 'library/agendas'), { recursive: true });
await copyFile(
  join(ROOT, 'tests/fixtures/ctoc-wg2-2012.agendum'),
  join(dataFolder, 'library/agendas/ctoc-wg2-2012.agendum'),
);
const host = await startTestHost(dataFolder);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
try {
  await page.goto(host.url);
  await page
    .getByRole('button', { name: /^Open / })
    .first()
    .click();
  await page.getByLabel('Title of item 1', { exact: true }).waitFor();

  // Editing the first paragraph of item 2: the preview scrolls there and marks it.
  const paragraph = page.getByRole('textbox', { name: 'Paragraph 1 of item 2', exact: true });
  await paragraph.scrollIntoViewIfNeeded();
  await paragraph.click();
  await page.keyboard.press('Control+End');
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(OUT, 'preview.png') });

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  host.dialogs.nextFolder = share;
  await dialog.getByRole('button', { name: 'Choose folder…' }).click();
  await dialog.getByLabel('Agendum file').check();
  await dialog.getByText(share, { exact: true }).first().waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(OUT, 'export-dialog.png') });
  console.log(`Screenshots written to ${OUT}`);
} finally {
  await browser.close();
  await host.close();
  await rm(dataFolder, { recursive: true, force: true });
}
