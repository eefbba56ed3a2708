import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Agenda } from '../../shared/model/agenda';
import { expect } from './fixtures';
import { SEED } from './seed-agenda';

/** What the planner's end-to-end tests share: the seed in the library, and ways to find things. */

const SEED_MARKDOWN = readFileSync(
  join(import.meta.dirname, '../fixtures/provisional-agenda-ctoc-wg2-2012.md'),
  'utf8',
);

/**
 * The seed's annex, a line per table row, as its non-empty cells. The
 * Markdown puts Thursday's heading in the second column, a slip of the
 * conversion; the printed table has it across the row, like Wednesday's.
 */
export function seedAnnexLines(): string[][] {
  const annex = SEED_MARKDOWN.split('### Proposed organization of work')[1] ?? '';
  return annex
    .split('\n')
    .filter((line) => line.includes('\t'))
    .map((line) =>
      line
        .split('\t')
        .map((cell) => cell.replace(/<\/?[bi]>/g, '').trim())
        .filter((cell) => cell !== ''),
    );
}

/** The seed's agenda in the library, with the organization given (nothing planned by default). */
export async function putSeedInLibrary(
  dataFolder: string,
  organization: Agenda['organization'] = { days: [] },
): Promise<void> {
  const folder = join(dataFolder, 'library/agendas');
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, `${SEED.id}.agendum`), JSON.stringify({ ...SEED, organization }));
}

export async function openPlanner(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: /^Open / }).click();
  await page.getByRole('tab', { name: 'Organization of work' }).click();
}

/** The rows of the annex preview: the column headings, then every row, as non-empty cells. */
export async function annexPreviewLines(page: Page): Promise<string[][]> {
  const table = page.getByRole('table', { name: 'Proposed organization of work' });
  return table
    .locator('tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...(row as HTMLTableRowElement).cells]
          .map((cell) => cell.textContent.trim())
          .filter((text) => text !== ''),
      ),
    );
}

export const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
/** The entries of a slot, in order (not the notes shown under them). */
export const entriesIn = (slot: Locator) =>
  slot.getByRole('list', { name: /^Items taken up/ }).locator(':scope > li');
export const entry = (scope: Locator | Page, reference: string) =>
  scope.getByRole('listitem', { name: new RegExp(`^Item ${reference.replace(/[()]/g, '\\$&')}:`) });

/** Drops on the lower edge of a row: the dragged item lands after it. */
export async function dragBelow(dragged: Locator, row: Locator): Promise<void> {
  const box = await row.boundingBox();
  await dragged.dragTo(row, { targetPosition: { x: 40, y: (box?.height ?? 20) - 3 } });
}

export async function scheduleWithMenu(
  page: Page,
  reference: string,
  slotName: string,
): Promise<void> {
  await page.getByRole('button', { name: `Schedule item ${reference}`, exact: true }).click();
  await page.getByRole('menuitem', { name: slotName, exact: true }).click();
}

export async function giveWording(page: Page, reference: string, wording: string): Promise<void> {
  await page.getByRole('button', { name: `Edit the wording of item ${reference}` }).click();
  const field = page.getByLabel(`Wording of item ${reference} in the annex`);
  await field.fill(wording);
  await field.press('Enter');
}

export const WED = 'Wednesday, 17 October';
export const THU = 'Thursday, 18 October';
export const WED_MORNING = `${WED}, 10 a.m.-1 p.m.`;
export const WED_AFTERNOON = `${WED}, 3-6 p.m.`;
export const THU_MORNING = `${THU}, 10 a.m.-1 p.m.`;

/** Presses Tab until `target` has focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, limit = 150): Promise<void> {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}
