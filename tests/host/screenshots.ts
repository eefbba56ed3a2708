import { copyFile, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { startTestHost } from './test-host';

/**
 * `npm run screenshots`: pictures of the editor with the seed agenda open,
 * for the README and the issue notes, taken in Chromium from the test host.
 */
const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, 'docs/screenshots');
const dataFolder = await mkdtemp(join(tmpdir(), 'agendum-shots-'));
await mkdir(join(dataFolder, 'library/agendas'), { recursive: true });
await copyFile(
  join(ROOT, 'tests/fixtures/ctoc-wg2-2012.agendum'),
  join(dataFolder, 'library/agendas/ctoc-wg2-2012.agendum'),
);
const host = await startTestHost(dataFolder);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
await page.goto(host.url);
await page.screenshot({ path: join(OUT, 'library.png') });
await page
  .getByRole('button', { name: /^Open / })
  .first()
  .click();
await page.getByLabel('Title of item 1', { exact: true }).waitFor();
await page.getByRole('heading', { name: 'Agenda and annotations' }).scrollIntoViewIfNeeded();
await page.screenshot({ path: join(OUT, 'editor.png') });
for (const [tab, file] of [
  ['Documents', 'documents.png'],
  ['Organization of work', 'planner.png'],
] as const) {
  await page.getByRole('tab', { name: tab }).click();
  // The planner is shown as a secretary plans: the preview put away, both days in view.
  if (file === 'planner.png') await page.getByRole('button', { name: 'Hide preview' }).click();
  await page.screenshot({ path: join(OUT, file) });
}
// A named version compared with the agenda after an edit, the two texts side by side.
await page.getByRole('tab', { name: 'Agenda and annotations' }).click();
await page.getByRole('button', { name: 'History' }).click();
await page.getByLabel('Name this version').fill('sent to the Bureau');
await page.getByRole('button', { name: 'Keep this version' }).click();
await page.getByRole('button', { name: 'Compare “sent to the Bureau” with current' }).waitFor();
await page.getByLabel('Title of item 8', { exact: true }).fill('Any other business');
await page.getByRole('button', { name: 'Compare “sent to the Bureau” with current' }).click();
const comparison = page.getByRole('dialog', { name: /^Comparison of / });
await comparison.getByLabel('Side by side').check();
await comparison
  .frameLocator('iframe[title="Marked-up comparison"]')
  .locator('tr.changed')
  .first()
  .scrollIntoViewIfNeeded();
await page.screenshot({ path: join(OUT, 'compare.png') });
await browser.close();
await host.close();
console.log(`Screenshots written to ${OUT}`);
