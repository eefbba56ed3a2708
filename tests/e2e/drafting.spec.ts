import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Agenda, AgendaItem, SubItem } from '../../shared/model/agenda';
import { expect, test } from './fixtures';
import { SEED } from './seed-agenda';

async function createBlankAgenda(app: Page, name: string): Promise<void> {
  await app.getByLabel('Name of the new agenda').fill(name);
  await app.getByLabel('Start from').selectOption('blank');
  await app.getByRole('button', { name: 'New agenda' }).click();
  await expect(app.getByRole('button', { name: 'Add item' })).toBeVisible();
}

async function savedAgenda(app: Page, dataFolder: string): Promise<Agenda> {
  await expect(app.getByRole('status').first()).toHaveText('Saved');
  const folder = join(dataFolder, 'library/agendas');
  const [file] = (await readdir(folder)).filter((name) => name.endsWith('.agendum'));
  return JSON.parse(await readFile(join(folder, file ?? ''), 'utf8')) as Agenda;
}

/** The drafted content of an item, ids and documents aside. */
function content(entry: AgendaItem | SubItem): unknown {
  return {
    title: entry.title,
    annotationHeading: entry.annotationHeading,
    annotations: entry.annotations.map((paragraph) => paragraph.runs),
    subItems: 'subItems' in entry ? entry.subItems.map(content) : undefined,
  };
}

async function typeParagraphs(
  app: Page,
  reference: string,
  paragraphs: readonly string[],
): Promise<void> {
  for (const [index, text] of paragraphs.entries()) {
    if (index === 0) {
      await app.getByRole('button', { name: `Add a paragraph to ${reference}` }).click();
    } else {
      // A new paragraph is made the way a secretary does: Enter at the end of the last one.
      await app.keyboard.press('End');
      await app.keyboard.press('Control+End');
      await app.keyboard.press('Enter');
    }
    const editor = app.getByRole('textbox', {
      name: `Paragraph ${index + 1} of ${reference}`,
      exact: true,
    });
    await expect(editor).toBeFocused();
    await app.keyboard.insertText(text);
  }
}

test('a user types the seed’s agenda and annotations and gets the seed', async ({
  app,
  dataFolder,
}) => {
  test.setTimeout(180_000);
  await createBlankAgenda(app, 'WG.2 2012');
  for (const [index, item] of SEED.items.entries()) {
    const number = index + 1;
    if (index === 0) await app.getByRole('button', { name: 'Add item' }).click();
    else {
      // Enter in the title of the item above adds the next item.
      await app.getByLabel(`Title of item ${index}`, { exact: true }).press('Enter');
    }
    const title = app.getByLabel(`Title of item ${number}`, { exact: true });
    await expect(title).toBeFocused();
    await app.keyboard.insertText(item.title);
    if (item.annotationHeading !== null) {
      await app
        .getByRole('button', {
          name: `Word the heading of item ${number} differently in the annotations`,
        })
        .click();
      await app.keyboard.press('Control+A');
      await app.keyboard.insertText(item.annotationHeading);
    }
    await typeParagraphs(
      app,
      `item ${number}`,
      item.annotations.map((paragraph) => paragraph.runs.map((run) => run.text).join('')),
    );
    for (const [subIndex, subItem] of item.subItems.entries()) {
      const letter = String.fromCharCode(97 + subIndex);
      await app.getByRole('button', { name: `Add sub-item to item ${number}` }).click();
      await expect(app.getByLabel(`Title of item ${number} (${letter})`)).toBeFocused();
      await app.keyboard.insertText(subItem.title);
      await typeParagraphs(
        app,
        `item ${number} (${letter})`,
        subItem.annotations.map((paragraph) => paragraph.runs.map((run) => run.text).join('')),
      );
    }
  }

  const saved = await savedAgenda(app, dataFolder);
  expect(saved.items.map(content)).toEqual(SEED.items.map(content));
});

/** The derived marker and punctuation of each line, as the editor shows them. */
async function agendaLines(app: Page): Promise<string[]> {
  return app.locator('.entry__line').evaluateAll((lines) =>
    lines.map((line) => {
      const marker = line.querySelector('.entry__marker')?.textContent ?? '';
      const title = line.querySelector<HTMLTextAreaElement>('.entry__title')?.value ?? '';
      const mark = line.querySelector('.entry__punctuation')?.textContent ?? '';
      return `${marker} ${title}${mark}`;
    }),
  );
}

test('moving, indenting, outdenting, undoing and redoing renumber and repunctuate at once', async ({
  app,
}) => {
  await createBlankAgenda(app, 'Renumbering');
  for (const [index, title] of [
    'Opening',
    'Elections',
    'Reports',
    'Budget',
    'Other matters.',
  ].entries()) {
    if (index === 0) await app.getByRole('button', { name: 'Add item' }).click();
    else await app.getByLabel(`Title of item ${index}`, { exact: true }).press('Enter');
    await expect(app.getByLabel(`Title of item ${index + 1}`, { exact: true })).toBeFocused();
    await app.keyboard.insertText(title);
  }
  await expect
    .poll(() => agendaLines(app))
    .toEqual(['1. Opening.', '2. Elections.', '3. Reports.', '4. Budget.', '5. Other matters.']);

  // Item 3 below item 4 with the keyboard, then back with the buttons.
  await app.getByLabel('Title of item 3', { exact: true }).press('Alt+ArrowDown');
  await expect
    .poll(async () => (await agendaLines(app)).slice(2, 4))
    .toEqual(['3. Budget.', '4. Reports.']);
  await expect(app.getByLabel('Title of item 4', { exact: true })).toBeFocused();
  await app.getByRole('button', { name: 'Move item 4 up' }).click();
  await expect
    .poll(async () => (await agendaLines(app)).slice(2, 4))
    .toEqual(['3. Reports.', '4. Budget.']);

  // Tab makes "Elections" a sub-item of "Opening": a colon, then a full stop on the last sub-item.
  await app.getByLabel('Title of item 2', { exact: true }).press('Tab');
  await expect
    .poll(() => agendaLines(app))
    .toEqual(['1. Opening:', '(a) Elections.', '2. Reports.', '3. Budget.', '4. Other matters.']);
  await app.getByLabel('Title of item 2', { exact: true }).press('Tab');
  await expect
    .poll(async () => (await agendaLines(app)).slice(0, 4))
    .toEqual(['1. Opening:', '(a) Elections;', '(b) Reports.', '2. Budget.']);

  // Shift+Tab on (a) makes it item 2 again, taking (b) along as its own sub-item.
  await app.getByLabel('Title of item 1 (a)').press('Shift+Tab');
  await expect
    .poll(async () => (await agendaLines(app)).slice(0, 4))
    .toEqual(['1. Opening.', '2. Elections:', '(a) Reports.', '3. Budget.']);

  await app.keyboard.press('Control+Z');
  await expect
    .poll(async () => (await agendaLines(app)).slice(0, 3))
    .toEqual(['1. Opening:', '(a) Elections;', '(b) Reports.']);
  await app.keyboard.press('Control+Z');
  await app.keyboard.press('Control+Z');
  await expect
    .poll(() => agendaLines(app))
    .toEqual(['1. Opening.', '2. Elections.', '3. Reports.', '4. Budget.', '5. Other matters.']);
  await app.keyboard.press('Control+Shift+Z');
  await expect
    .poll(async () => (await agendaLines(app)).slice(0, 2))
    .toEqual(['1. Opening:', '(a) Elections.']);

  // Delete, then undo brings it back with its number.
  await app.getByRole('button', { name: 'Delete item 2', exact: true }).click();
  await expect.poll(() => agendaLines(app)).toHaveLength(4);
  await app.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await agendaLines(app))[2]).toBe('2. Reports.');
});
