import { expect, test } from './fixtures';

test('a user creates an agenda and sees it in the editor', async ({ app }) => {
  await app.getByLabel('Name of the new agenda').fill('WG.2 2012');
  await app.getByRole('button', { name: 'New agenda' }).click();
  await expect(app.getByLabel('Title of item 1', { exact: true })).toHaveValue(
    'Organizational matters',
  );
  await expect(app.getByRole('status')).toHaveText('Saved');
});
