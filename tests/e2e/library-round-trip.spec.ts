import { expect, test } from './fixtures';
import { SEED } from './seed-agenda';

test('a user drafts the seed’s header, meeting and items, restarts, and finds everything', async ({
  app,
  restartHost,
}) => {
  await app.getByLabel('Name of the new agenda').fill('WG.2 2012');
  await app.getByLabel('Start from').selectOption('blank');
  await app.getByRole('button', { name: 'New agenda' }).click();

  const { header, meeting } = SEED;
  await app.getByLabel('Body').fill(header.body);
  await app.getByLabel('Document symbol').fill(header.symbol);
  await app.getByLabel('Distribution').selectOption(header.distribution);
  await app.getByLabel('Issue date').fill(header.issueDate ?? '');
  await app.getByLabel('Original language').selectOption(header.originalLanguage);
  await app.getByLabel('Meeting title').fill(meeting.title);
  await app.getByLabel('Venue').fill(meeting.venue);
  await app.getByLabel('First day').fill(meeting.startDate ?? '');
  await app.getByLabel('Last day').fill(meeting.endDate ?? '');

  for (const [index, item] of SEED.items.entries()) {
    await app.getByRole('button', { name: 'Add item' }).click();
    const title = app.getByLabel(`Title of item ${index + 1}`, { exact: true });
    await expect(title).toBeFocused();
    await app.keyboard.type(item.title);
    for (const [subIndex, subItem] of item.subItems.entries()) {
      await app.getByRole('button', { name: `Add sub-item to item ${index + 1}` }).click();
      const letter = String.fromCharCode(97 + subIndex);
      await app.getByLabel(`Title of item ${index + 1} (${letter})`).fill(subItem.title);
    }
  }
  await expect(app.getByRole('status')).toHaveText('Saved');

  const host = await restartHost();
  await app.goto(host.url);
  await expect(app.getByRole('button', { name: 'Open WG.2 2012' })).toContainText(header.symbol);
  await app.getByRole('button', { name: 'Open WG.2 2012' }).click();

  await expect(app.getByLabel('Body')).toHaveValue(header.body);
  await expect(app.getByLabel('Document symbol')).toHaveValue(header.symbol);
  await expect(app.getByLabel('Issue date')).toHaveValue('2012-07-31');
  await expect(app.getByLabel('Meeting title')).toHaveValue(meeting.title);
  await expect(app.getByLabel('Venue')).toHaveValue('Vienna');
  await expect(app.getByLabel('First day')).toHaveValue('2012-10-17');
  await expect(app.getByLabel('Last day')).toHaveValue('2012-10-18');
  for (const [index, item] of SEED.items.entries()) {
    await expect(app.getByLabel(`Title of item ${index + 1}`, { exact: true })).toHaveValue(
      item.title,
    );
  }
  await expect(app.getByLabel('Title of item 1 (a)')).toHaveValue('Opening of the meeting');
  await expect(app.getByLabel('Title of item 1 (b)')).toHaveValue(
    'Adoption of the agenda and organization of work',
  );
  await expect(app.getByRole('listitem', { name: /^Item \d+$/ })).toHaveCount(8);
});

test('library: rename, duplicate, search and delete with confirmation', async ({ app }) => {
  await app.getByLabel('Name of the new agenda').fill('Commission 2013');
  await app.getByRole('button', { name: 'New agenda' }).click();
  await app.getByLabel('Document symbol').fill('E/CN.15/2013/1');
  await expect(app.getByRole('status')).toHaveText('Saved');
  await app.getByRole('button', { name: '← Library' }).click();

  await app.getByRole('button', { name: 'Rename Commission 2013' }).click();
  await app.getByLabel('New name for Commission 2013').fill('CCPCJ 2013');
  await app.getByRole('button', { name: 'Save name' }).click();
  await app.getByRole('button', { name: 'Duplicate CCPCJ 2013' }).click();
  await expect(app.getByRole('button', { name: 'Open CCPCJ 2013 (copy)' })).toBeVisible();

  await app.getByLabel('Search by title or symbol').fill('cn.15/2013');
  await expect(
    app.getByRole('list', { name: 'Agendas in the library' }).getByRole('listitem'),
  ).toHaveCount(2);
  await app.getByLabel('Search by title or symbol').fill('nothing like this');
  await expect(app.getByText('No agenda matches the search.')).toBeVisible();
  await app.getByLabel('Search by title or symbol').fill('');

  await app.getByRole('button', { name: 'Delete CCPCJ 2013 (copy)' }).click();
  await app.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(
    app.getByRole('list', { name: 'Agendas in the library' }).getByRole('listitem'),
  ).toHaveCount(2);
  await app.getByRole('button', { name: 'Delete CCPCJ 2013 (copy)' }).click();
  await app.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(
    app.getByRole('list', { name: 'Agendas in the library' }).getByRole('listitem'),
  ).toHaveCount(1);
});
