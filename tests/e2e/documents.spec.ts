import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { formatJointSymbol } from '../../shared/documents/symbol-check';
import type { DocumentEntry } from '../../shared/model/agenda';
import { expect, test } from './fixtures';
import { SEED } from './seed-agenda';

/** The seed's registry entry with that symbol. */
function seedDocument(symbol: string): DocumentEntry {
  const document = SEED.documents.find((entry) => formatJointSymbol(entry.symbols) === symbol);
  if (!document) throw new Error(`no ${symbol} in the seed`);
  return document;
}

/** What an item's documentation list prints: the title, then the symbol in parentheses. */
function citation(document: Pick<DocumentEntry, 'title' | 'symbols'>): string {
  return `${document.title} (${formatJointSymbol(document.symbols)})`;
}

/** The seed's documentation lists, item by item, as the printed agenda shows them. */
function seedDocumentation(): Map<number, string[]> {
  const byId = new Map(SEED.documents.map((document) => [document.id, document]));
  const lists = new Map<number, string[]>();
  SEED.items.forEach((item, index) => {
    const documents = item.documentIds.flatMap((id) => byId.get(id) ?? []);
    if (documents.length > 0) lists.set(index + 1, documents.map(citation));
  });
  return lists;
}

const REPORT_10 = seedDocument('CTOC/COP/2012/10');
const JOINT = seedDocument('CTOC/COP/WG.2/2012/3-CTOC/COP/WG.3/2012/4');
/** Entered with a typo, corrected once in the Documents view. */
const REPORT_10_TYPO = REPORT_10.title.replace('provision', 'provison');

const documentation = (app: Page, item: number) =>
  app.getByRole('list', { name: `Documentation of item ${item}` });
const deleteButtons = (app: Page) =>
  app.getByRole('table').getByRole('button', { name: /^Delete / });
const attachField = (app: Page, item: number) =>
  app.getByRole('combobox', { name: `Attach a document to item ${item}` });

/** Types a symbol in an item's attach field, chooses "Create …" and fills the new entry. */
async function createFromItem(app: Page, item: number, document: DocumentEntry, title: string) {
  const symbol = formatJointSymbol(document.symbols);
  await attachField(app, item).fill(symbol);
  await app.getByRole('option', { name: `Create “${symbol}” in the registry…` }).click();
  const form = app.getByRole('form', { name: `New document for item ${item}` });
  await expect(form.getByLabel('Symbol')).toHaveValue(symbol);
  await expect(form.getByLabel('Title')).toBeFocused();
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Kind').fill(document.kind ?? '');
  await form.getByRole('button', { name: `Add and attach to item ${item}` }).click();
  await expect(form).toBeHidden();
  await expect(attachField(app, item)).toBeFocused();
}

test('the user builds the seed’s documentation lists and corrects a title once for items 2, 4 and 5', async ({
  app,
}) => {
  await app.getByLabel('Name of the new agenda').fill('WG.2 2012');
  await app.getByLabel('Start from').selectOption('blank');
  await app.getByRole('button', { name: 'New agenda' }).click();
  for (const [index, item] of SEED.items.entries()) {
    await app.getByRole('button', { name: 'Add item' }).click();
    await app.getByLabel(`Title of item ${index + 1}`, { exact: true }).fill(item.title);
  }

  // Item 2: two new documents, one of them with a typo in its title.
  await createFromItem(
    app,
    2,
    seedDocument('CTOC/COP/2012/9'),
    seedDocument('CTOC/COP/2012/9').title,
  );
  await createFromItem(app, 2, REPORT_10, REPORT_10_TYPO);
  await createFromItem(
    app,
    3,
    seedDocument('CTOC/COP/WG.2/2012/2'),
    seedDocument('CTOC/COP/WG.2/2012/2').title,
  );

  // Item 4 cites CTOC/COP/2012/10 again: completion on the symbol, by keyboard.
  await attachField(app, 4).fill('CTOC/COP/2012/1');
  await expect(attachField(app, 4)).toHaveAttribute('aria-expanded', 'true');
  const first = app
    .getByRole('listbox', { name: 'Documents to attach to item 4' })
    .getByRole('option')
    .first();
  await expect(first).toContainText('CTOC/COP/2012/10');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('Enter');
  await expect(attachField(app, 4)).toHaveValue('');

  // Item 5: a new document, then CTOC/COP/2012/10 found by words of its title, with the mouse.
  await createFromItem(
    app,
    5,
    seedDocument('CTOC/COP/2012/7'),
    seedDocument('CTOC/COP/2012/7').title,
  );
  await attachField(app, 5).fill('technical assistance to States in the implementation');
  await app.getByRole('option', { name: /CTOC\/COP\/2012\/10/ }).click();

  // Item 6 is entered in the wrong order and put right with Alt+↑.
  const eg2009 = seedDocument('UNODC/CCPCJ/EG.1/2009/2');
  const eg2012 = seedDocument('UNODC/CCPCJ/EG.1/2012/4');
  await createFromItem(app, 6, eg2009, eg2009.title);
  await createFromItem(app, 6, eg2012, eg2012.title);
  await expect(documentation(app, 6).getByRole('listitem')).toContainText([
    citation(eg2009),
    citation(eg2012),
  ]);
  const removeEg2012 = app.getByRole('button', {
    name: 'Remove UNODC/CCPCJ/EG.1/2012/4 from the documentation of item 6',
  });
  await removeEg2012.focus();
  await app.keyboard.press('Alt+ArrowUp');
  await expect(removeEg2012).toBeFocused();

  // Item 7: the joint symbol, typed with its hyphen.
  await createFromItem(app, 7, JOINT, JOINT.title);

  const expected = seedDocumentation();
  expected.set(2, [
    citation(seedDocument('CTOC/COP/2012/9')),
    `${REPORT_10_TYPO} (CTOC/COP/2012/10)`,
  ]);
  expected.set(4, [`${REPORT_10_TYPO} (CTOC/COP/2012/10)`]);
  expected.set(5, [
    citation(seedDocument('CTOC/COP/2012/7')),
    `${REPORT_10_TYPO} (CTOC/COP/2012/10)`,
  ]);
  for (const [item, entries] of expected) {
    await expect(documentation(app, item).getByRole('listitem')).toHaveCount(entries.length);
    await expect(documentation(app, item).getByRole('listitem')).toContainText(entries);
  }
  await expect(documentation(app, 7)).toContainText('(CTOC/COP/WG.2/2012/3-CTOC/COP/WG.3/2012/4)');

  // The Documents view: seven entries, and the one cited three times says so.
  await app.getByRole('tab', { name: 'Documents' }).click();
  const rows = app.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(SEED.documents.length + 1);
  const report10Row = rows.filter({ hasText: 'CTOC/COP/2012/10' });
  await expect(report10Row).toContainText('items 2, 4 and 5');
  await expect(rows.filter({ hasText: 'CTOC/COP/WG.3/2012/4' })).toContainText('item 7');

  // One correction, in one place.
  await app.getByRole('button', { name: 'Edit CTOC/COP/2012/10' }).click();
  const edit = app.getByRole('form', { name: 'Edit CTOC/COP/2012/10' });
  await expect(edit.getByLabel('Title')).toHaveValue(REPORT_10_TYPO);
  await edit.getByLabel('Title').fill(REPORT_10.title);
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(report10Row).toContainText(REPORT_10.title);

  await app.getByRole('tab', { name: 'Agenda and annotations' }).click();
  for (const [item, entries] of seedDocumentation()) {
    await expect(documentation(app, item).getByRole('listitem')).toContainText(entries);
  }
  await expect(app.getByText(REPORT_10_TYPO)).toHaveCount(0);
  await expect(app.getByRole('status')).toHaveText('Saved');
});

test('a malformed symbol shows where it is wrong and cannot be saved; a doubtful one can', async ({
  app,
}) => {
  await app.getByLabel('Name of the new agenda').fill('Symbols');
  await app.getByRole('button', { name: 'New agenda' }).click();

  const headerSymbol = app.getByLabel('Document symbol');
  await headerSymbol.fill('ctoc/cop//2012');
  await expect(headerSymbol).toHaveAttribute('aria-invalid', 'true');
  await expect(headerSymbol).toHaveAccessibleDescription(/component 3 is empty/);
  await headerSymbol.fill('CTOC/COP/WG.2/2012/1');
  await expect(headerSymbol).toHaveAttribute('aria-invalid', 'false');

  await app.getByRole('tab', { name: 'Documents' }).click();
  await app.getByRole('button', { name: 'Add a document' }).click();
  const form = app.getByRole('form', { name: 'New document' });
  const symbol = form.getByLabel('Symbol');
  await symbol.fill('ctoc/cop//2012');
  await expect(symbol).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByRole('listitem')).toContainText([
    'Error: component 1 "ctoc" is in lower case: write "CTOC" (at character 1',
    'Error: component 2 "cop" is in lower case: write "COP" (at character 6',
    'Error: component 3 is empty ("//" after "cop") (at character 9',
  ]);
  await form.getByLabel('Title').fill('Provisional agenda and annotations');
  await form.getByRole('button', { name: 'Add to the registry' }).click();
  await expect(form.getByRole('alert')).toHaveText(
    'Not saved: correct the errors marked above first.',
  );
  await expect(symbol).toBeFocused();
  await expect(app.getByText('No document yet.')).toBeVisible();

  // A year in the future is a doubt, not an error: it is shown and the user goes on.
  await symbol.fill('CTOC/COP/2099/1');
  await expect(symbol).toHaveAttribute('aria-invalid', 'false');
  await expect(form.getByRole('listitem')).toContainText(['Warning: component 3 "2099"']);
  await form.getByRole('button', { name: 'Add to the registry' }).click();
  await expect(form).toBeHidden();
  await expect(app.getByRole('table').getByRole('row')).toHaveCount(2);
  await expect(app.getByRole('table')).toContainText('CTOC/COP/2099/1');

  const annex = app.getByLabel('List the documents in an annex of the exports');
  await expect(annex).not.toBeChecked();
  await annex.check();
  await expect(annex).toBeChecked();
  await expect(app.getByRole('status')).toHaveText('Saved');
});

/** The same tests on a data folder that holds the seed agenda before the host starts. */
const seeded = test.extend({
  dataFolder: async ({ dataFolder }, use) => {
    const agendas = join(dataFolder, 'library/agendas');
    await mkdir(agendas, { recursive: true });
    await copyFile(
      join(import.meta.dirname, '../fixtures/ctoc-wg2-2012.agendum'),
      join(agendas, 'ctoc-wg2-2012.agendum'),
    );
    await use(dataFolder);
  },
});

async function openSeed(app: Page): Promise<void> {
  await app
    .getByRole('button', { name: /^Open / })
    .first()
    .click();
  await expect(app.getByLabel('Title of item 1', { exact: true })).toHaveValue(
    'Organizational matters',
  );
}

seeded('deleting a cited document is refused with the items citing it', async ({ app }) => {
  await openSeed(app);
  await app.getByRole('tab', { name: 'Documents' }).click();
  await app.getByRole('button', { name: 'Delete CTOC/COP/2012/10' }).click();
  await expect(app.getByRole('alert')).toHaveText(
    'Not deleted: CTOC/COP/2012/10 is cited under items 2, 4 and 5: remove it from there first.',
  );
  await expect(deleteButtons(app)).toHaveCount(SEED.documents.length);

  // Once no item cites it, it goes.
  await app.getByRole('tab', { name: 'Agenda and annotations' }).click();
  await app
    .getByRole('button', { name: 'Remove CTOC/COP/WG.2/2012/2 from the documentation of item 3' })
    .click();
  await expect(documentation(app, 3)).toBeHidden();
  await app.getByRole('tab', { name: 'Documents' }).click();
  const row = app.getByRole('row').filter({ hasText: 'CTOC/COP/WG.2/2012/2' });
  await expect(row).toContainText('not cited');
  await app.getByRole('button', { name: 'Delete CTOC/COP/WG.2/2012/2' }).click();
  await expect(row).toHaveCount(0);
  await expect(app.getByText('CTOC/COP/WG.2/2012/2 deleted.')).toBeVisible();

  // Sorting and filtering.
  await app.getByRole('button', { name: 'Kind' }).click();
  await expect(app.getByRole('columnheader', { name: 'Kind' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await app.getByLabel('Filter').fill('cultural property');
  await expect(deleteButtons(app)).toHaveCount(3);
  await expect(app.getByText('3 of 6 documents shown.')).toBeVisible();
});

seeded('ticking the annex box lists the seed’s documents in the preview', async ({ app }) => {
  await openSeed(app);
  const preview = app.frameLocator('iframe[title="Preview of the document as it will print"]');
  await expect(preview.locator('h2.annex-heading')).toHaveText(['Annex']);

  await app.getByRole('tab', { name: 'Documents' }).click();
  await app.getByLabel('List the documents in an annex of the exports').check();
  await expect(preview.locator('h2.annex-heading')).toHaveText(['Annex I', 'Annex II']);
  const list = preview.locator('section.annex', { hasText: 'List of documents' });
  await expect(list.locator('thead th')).toHaveText([
    'Document symbol',
    'Agenda item',
    'Title or description',
  ]);
  // In the order of the agenda: by the first item citing each.
  const byId = new Map(SEED.documents.map((document) => [document.id, document]));
  const entries = SEED.items.flatMap((item) => [item, ...item.subItems]);
  const cited = [...new Set(entries.flatMap((entry) => entry.documentIds))];
  await expect(list.locator('tbody tr td:first-child')).toHaveText(
    cited.map((id) => formatJointSymbol(byId.get(id)?.symbols ?? [])),
  );
  await expect(list.locator('tbody tr', { hasText: 'CTOC/COP/2012/10' }).locator('td')).toHaveText([
    'CTOC/COP/2012/10',
    '2, 4, 5',
    REPORT_10.title,
  ]);
  await expect(app.getByRole('status')).toHaveText('Saved');

  await app.getByLabel('List the documents in an annex of the exports').uncheck();
  await expect(preview.locator('h2.annex-heading')).toHaveText(['Annex']);
});

seeded(
  'the Documents view and an item’s documentation have no accessibility violations',
  async ({ app }) => {
    await openSeed(app);
    await attachField(app, 2).fill('2012');
    await expect(app.getByRole('listbox', { name: 'Documents to attach to item 2' })).toBeVisible();
    const withList = await new AxeBuilder({ page: app })
      .include('[data-documentation-of="item-2"]')
      .analyze();
    expect(withList.violations).toEqual([]);

    await app.getByRole('option', { name: 'Create “2012” in the registry…' }).click();
    await app
      .getByRole('form', { name: 'New document for item 2' })
      .getByLabel('Symbol')
      .fill('ctoc//x');
    const withForm = await new AxeBuilder({ page: app })
      .include('[data-documentation-of="item-2"]')
      .include('.header-form .symbol-field')
      .analyze();
    expect(withForm.violations).toEqual([]);

    await app.getByRole('tab', { name: 'Documents' }).click();
    await app.getByRole('button', { name: 'Delete CTOC/COP/2012/10' }).click();
    await app.getByRole('button', { name: 'Edit CTOC/COP/2012/7' }).click();
    const view = await new AxeBuilder({ page: app }).include('#panel-documents').analyze();
    expect(view.violations).toEqual([]);
  },
);
