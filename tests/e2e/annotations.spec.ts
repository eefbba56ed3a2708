import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function createAgenda(app: Page, template: 'blank' | 'standard'): Promise<void> {
  await app.getByLabel('Name of the new agenda').fill('Annotations');
  await app.getByLabel('Start from').selectOption(template);
  await app.getByRole('button', { name: 'New agenda' }).click();
  await expect(app.getByRole('button', { name: 'Add item' })).toBeVisible();
}

function paragraph(app: Page, number: number, reference: string) {
  return app.getByRole('textbox', { name: `Paragraph ${number} of ${reference}`, exact: true });
}

/** Dispatches a paste the way the browser does, with HTML and text on the clipboard. */
async function paste(app: Page, html: string, text: string): Promise<void> {
  await app.evaluate(
    ([pastedHtml, pastedText]) => {
      const data = new DataTransfer();
      data.setData('text/html', pastedHtml ?? '');
      data.setData('text/plain', pastedText ?? '');
      document.activeElement?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    [html, text],
  );
}

test('the standard template starts with the usual items', async ({ app }) => {
  await createAgenda(app, 'standard');
  await expect(app.getByLabel('Title of item 1', { exact: true })).toHaveValue(
    'Organizational matters',
  );
  await expect(app.getByLabel('Title of item 1 (a)')).toHaveValue('Opening of the session');
  await expect(app.getByLabel('Title of item 1 (b)')).toHaveValue(
    'Adoption of the agenda and organization of work',
  );
  await expect(app.getByLabel('Title of item 2', { exact: true })).toHaveValue('Other matters');
  await expect(app.getByLabel('Title of item 3', { exact: true })).toHaveValue(
    'Adoption of the report',
  );
});

test('paragraphs split with Enter, merge with Backspace, keep italic and bold, and paste clean', async ({
  app,
}) => {
  await createAgenda(app, 'standard');
  await app.getByRole('button', { name: 'Add a paragraph to item 2' }).click();
  const first = paragraph(app, 1, 'item 2');
  await expect(first).toBeFocused();
  await app.keyboard.insertText('In its resolution 5/7 the Conference ');
  // Select "resolution 5/7" and make it italic, then type on in bold.
  await app.keyboard.press('Home');
  for (let index = 0; index < 7; index += 1) await app.keyboard.press('ArrowRight');
  for (let index = 0; index < 14; index += 1) await app.keyboard.press('Shift+ArrowRight');
  await app.keyboard.press('Control+I');
  await app.keyboard.press('End');
  await app.keyboard.press('Control+B');
  await app.keyboard.insertText('requested');
  await expect(first.locator('i')).toHaveText('resolution 5/7');
  await expect(first.locator('b')).toHaveText('requested');

  // Enter before "the Conference" splits the paragraph there.
  await app.keyboard.press('Home');
  for (let index = 0; index < 22; index += 1) await app.keyboard.press('ArrowRight');
  await app.keyboard.press('Enter');
  await expect(paragraph(app, 2, 'item 2')).toBeFocused();
  await expect(first).toHaveText('In its resolution 5/7 ');
  await expect(paragraph(app, 2, 'item 2')).toHaveText('the Conference requested');
  await expect(paragraph(app, 2, 'item 2').locator('b')).toHaveText('requested');

  // Backspace at the start joins it back.
  await app.keyboard.press('Backspace');
  await expect(paragraph(app, 2, 'item 2')).toHaveCount(0);
  await expect(first).toHaveText('In its resolution 5/7 the Conference requested');
  await expect(first.locator('i')).toHaveText('resolution 5/7');

  // A paste from Word keeps its two paragraphs and their italic, and nothing else.
  await app.keyboard.press('End');
  await paste(
    app,
    '<p style="font-family:Arial;color:red">, inter alia, <span style="font-style:italic">to examine</span></p>' +
      '<script>window.pwned=1</script><p><font color="blue">the recommendations.</font></p>',
    'ignored',
  );
  await expect(first).toHaveText(
    'In its resolution 5/7 the Conference requested, inter alia, to examine',
  );
  await expect(paragraph(app, 2, 'item 2')).toHaveText('the recommendations.');
  await expect(first.locator('i').last()).toHaveText('to examine');
  expect(await first.innerHTML()).not.toMatch(/color|font|Arial|script/i);
  expect(await app.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();

  // Undo takes back the paste as one step.
  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(paragraph(app, 2, 'item 2')).toHaveCount(0);
});

test('paragraph numbering runs through the annotations when switched on', async ({ app }) => {
  await createAgenda(app, 'standard');
  for (const reference of ['item 1 (a)', 'item 2', 'item 3']) {
    await app.getByRole('button', { name: `Add a paragraph to ${reference}` }).click();
    await app.keyboard.insertText(`About ${reference}.`);
  }
  await expect(app.locator('.paragraph__number')).toHaveCount(0);
  await app.getByLabel('Number paragraphs').check();
  await expect(app.locator('.paragraph__number')).toHaveText(['1.', '2.', '3.']);
  await app.getByRole('button', { name: 'Move item 3 up' }).click();
  await expect(app.locator('.paragraph__number')).toHaveText(['1.', '2.', '3.']);
  await expect(paragraph(app, 1, 'item 2')).toHaveText('About item 3.');
});

test('find and replace across titles and annotations, undone in one step', async ({ app }) => {
  await createAgenda(app, 'standard');
  await app.getByRole('button', { name: 'Add a paragraph to item 2' }).click();
  await app.keyboard.insertText('Matters of the session; other session business.');
  await app.keyboard.press('Control+F');
  await app.getByRole('searchbox', { name: 'Find' }).fill('session');
  await expect(app.getByText('2 found')).toBeVisible();
  await app.getByRole('textbox', { name: 'Replace with' }).fill('meeting');
  await app.getByRole('button', { name: 'Replace all' }).click();
  await expect(app.getByLabel('Title of item 1 (a)')).toHaveValue('Opening of the meeting');
  await expect(paragraph(app, 1, 'item 2')).toHaveText(
    'Matters of the meeting; other meeting business.',
  );
  await app.getByRole('button', { name: 'Close' }).click();
  await app.keyboard.press('Control+Z');
  await expect(app.getByLabel('Title of item 1 (a)')).toHaveValue('Opening of the session');
  await expect(paragraph(app, 1, 'item 2')).toHaveText(
    'Matters of the session; other session business.',
  );
});

test('an item heading may be worded differently, and the editor says so', async ({ app }) => {
  await createAgenda(app, 'standard');
  await app
    .getByRole('button', { name: 'Word the heading of item 2 differently in the annotations' })
    .click();
  const heading = app.getByLabel('Heading in the annotations');
  await expect(heading).toBeFocused();
  await expect(app.getByText('Differs from the agenda title')).toHaveCount(0);
  await heading.fill('Any other matters');
  await expect(app.getByText('Differs from the agenda title')).toBeVisible();
  await app.getByRole('button', { name: 'Use the agenda title as the heading of item 2' }).click();
  await expect(heading).toHaveCount(0);
});

test('items are reordered by drag and drop', async ({ app }) => {
  await createAgenda(app, 'standard');
  const marker = app.locator('.entry__marker--handle', { hasText: '3.' });
  await marker.dragTo(app.getByRole('listitem', { name: 'Item 1', exact: true }));
  await expect(app.getByLabel('Title of item 1', { exact: true })).toHaveValue(
    'Adoption of the report',
  );
  await expect(app.getByLabel('Title of item 2', { exact: true })).toHaveValue(
    'Organizational matters',
  );
  await expect(app.getByLabel('Title of item 2 (a)')).toHaveValue('Opening of the session');
});

test('the library and the editor have no accessibility violations', async ({ app }) => {
  const scan = () => new AxeBuilder({ page: app }).analyze();
  expect((await scan()).violations).toEqual([]);
  await createAgenda(app, 'standard');
  await app.getByRole('button', { name: 'Add a paragraph to item 2' }).click();
  await app.keyboard.insertText('A paragraph.');
  await app
    .getByRole('button', { name: 'Word the heading of item 3 differently in the annotations' })
    .click();
  await app.keyboard.press('Control+F');
  const { violations } = await scan();
  expect(
    violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
});
