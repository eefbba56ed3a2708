import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const FIXTURE = join(import.meta.dirname, '../fixtures/ctoc-wg2-2012.agendum');

async function seedLibrary(dataFolder: string): Promise<string> {
  const folder = join(dataFolder, 'library/agendas');
  await mkdir(folder, { recursive: true });
  await copyFile(FIXTURE, join(folder, 'ctoc-wg2-2012.agendum'));
  return folder;
}

test('an earlier version is restored from the History panel, and the restore is undone', async ({
  app,
  restartHost,
  dataFolder,
}) => {
  await seedLibrary(dataFolder);
  await app.goto((await restartHost()).url);
  await app.getByRole('button', { name: /^Open / }).click();
  const title = app.getByLabel('Title of item 8', { exact: true });
  await title.fill('Any other business');
  await expect(app.getByRole('status').first()).toHaveText('Saved');
  await title.fill('Other matters and closing');
  await expect(app.getByRole('status').first()).toHaveText('Saved');

  await app.getByRole('button', { name: 'History' }).click();
  const versions = app
    .getByRole('list', { name: 'Earlier versions, newest first' })
    .getByRole('listitem');
  await expect(versions.first()).toBeVisible();
  await expect.poll(() => versions.count()).toBeGreaterThanOrEqual(2);
  // A save made while the panel is open joins the list.
  const before = await versions.count();
  await title.fill('Other matters and closing of the meeting');
  await expect.poll(() => versions.count()).toBeGreaterThan(before);
  // The oldest kept version holds the first edit.
  await versions
    .last()
    .getByRole('button', { name: /^Restore/ })
    .click();
  await expect(title).toHaveValue('Any other business');
  await expect(app.getByText(/Undo takes it back/)).toBeVisible();

  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(title).toHaveValue('Other matters and closing of the meeting');
  await expect(app.getByRole('status').first()).toHaveText('Saved');
});

test('a deleted agenda goes to the trash and comes back, or is deleted forever when asked twice', async ({
  app,
  dataFolder,
}) => {
  await app.getByLabel('Name of the new agenda').fill('CND 2013');
  await app.getByRole('button', { name: 'New agenda' }).click();
  await app.getByLabel('Meeting title').fill('Commission on Narcotic Drugs');
  await expect(app.getByRole('status').first()).toHaveText('Saved');
  await app.getByRole('button', { name: '← Library' }).click();
  const deleteToTrash = async () => {
    await app.getByRole('button', { name: 'Delete CND 2013' }).click();
    await app.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect(app.getByText('No agendas yet. Create one above.')).toBeVisible();
  };
  await deleteToTrash();
  await app.getByText('Trash (1)').click();
  await app.getByRole('button', { name: 'Restore CND 2013' }).click();
  await expect(app.getByRole('button', { name: 'Open CND 2013' })).toBeVisible();

  await deleteToTrash();
  await app.getByText('Trash (1)').click();
  await app.getByRole('button', { name: 'Delete CND 2013 forever' }).click();
  const confirm = app.getByRole('dialog', { name: 'Delete forever?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(app.getByRole('button', { name: 'Restore CND 2013' })).toBeVisible();
  await app.getByRole('button', { name: 'Delete CND 2013 forever' }).click();
  await confirm.getByRole('button', { name: 'Delete forever' }).click();
  await expect(app.getByText(/^Trash/)).toHaveCount(0);
  // Nothing of it is left: not the file, not its earlier versions.
  const left = await readdir(join(dataFolder, 'library'), { recursive: true });
  expect(left.filter((path) => path.endsWith('.agendum'))).toEqual([]);
});

test('an agenda another Agendum is editing opens read-only and is never written', async ({
  app,
  restartHost,
  dataFolder,
}) => {
  const folder = await seedLibrary(dataFolder);
  const lock = {
    pid: 4242,
    host: 'SECRETARIAT-PC-7',
    since: '2026-11-28T08:00:00.000Z',
    token: 'elsewhere',
  };
  await writeFile(join(folder, 'ctoc-wg2-2012.agendum.lock'), JSON.stringify(lock));
  // A library is read once per start: start again on the seeded folder.
  await app.goto((await restartHost()).url);
  await app.getByRole('button', { name: /^Open / }).click();
  await expect(app.getByRole('alert')).toContainText('SECRETARIAT-PC-7');
  await expect(app.getByRole('alert')).toContainText('read-only');
  const title = app.getByLabel('Title of item 8', { exact: true });
  await title.fill('Changed here');
  await expect(title).toHaveValue('Other matters');
});
