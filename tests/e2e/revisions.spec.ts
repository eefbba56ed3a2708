import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { expect, test } from './fixtures';

const FIXTURE = join(import.meta.dirname, '../fixtures/ctoc-wg2-2012.agendum');

/** The seed agenda in the library, with the meeting's session if given. */
async function seedLibrary(dataFolder: string, session: string | null = null): Promise<void> {
  const folder = join(dataFolder, 'library/agendas');
  await mkdir(folder, { recursive: true });
  const agenda = JSON.parse(await readFile(FIXTURE, 'utf8')) as {
    meeting: { session: string | null };
  };
  agenda.meeting.session = session;
  await writeFile(join(folder, 'ctoc-wg2-2012.agendum'), JSON.stringify(agenda, null, 2));
}

/** The seed agenda open in the editor of a host that read the library afresh. */
async function openSeed(
  app: Page,
  dataFolder: string,
  restartHost: () => Promise<{ url: string }>,
): Promise<void> {
  await seedLibrary(dataFolder);
  await app.goto((await restartHost()).url);
  await app.getByRole('button', { name: /^Open / }).click();
}

test('a named version is compared with three edits, and exported as Word with tracked changes', async ({
  app,
  dataFolder,
  restartHost,
}) => {
  await seedLibrary(dataFolder);
  const share = await mkdtemp(join(tmpdir(), 'agendum-compare-'));
  try {
    // The library is read afresh, with the seeded agenda in it.
    const host = await restartHost();
    await app.goto(host.url);
    await app.getByRole('button', { name: /^Open / }).click();
    await expect(app.getByLabel('Title of item 8', { exact: true })).toBeVisible();

    await app.getByRole('button', { name: 'History' }).click();
    await app.getByLabel('Name this version').fill('sent to the Bureau');
    await app.getByRole('button', { name: 'Keep this version' }).click();
    const named = app.getByRole('list', { name: 'Named versions' });
    await expect(named.getByRole('listitem')).toHaveCount(1);
    await expect(named).toContainText('sent to the Bureau');

    await app.getByLabel('Title of item 2', { exact: true }).fill('Review of technical assistance');
    await app
      .getByLabel('Title of item 5', { exact: true })
      .fill('Exchange of national experiences');
    await app.getByLabel('Title of item 8', { exact: true }).fill('Any other business');
    await expect(app.getByRole('status').first()).toHaveText('Saved');

    await named.getByRole('button', { name: 'Compare “sent to the Bureau” with current' }).click();
    const dialog = app.getByRole('dialog', { name: /Comparison of “sent to the Bureau”/ });
    await expect(dialog).toBeVisible();
    const changes = dialog.getByRole('list', { name: 'Changes' }).getByRole('listitem');
    await expect(changes).toHaveCount(3);
    await expect(changes.nth(0)).toContainText('Title of item 2');
    await expect(changes.nth(1)).toContainText('Title of item 5');
    await expect(changes.nth(2)).toContainText('Title of item 8');
    await expect(changes.nth(2)).toContainText('Any other business');
    const scan = await new AxeBuilder({ page: app })
      .include('dialog.compare')
      .include('.side-panel')
      // The marked-up page may run no scripts, so axe cannot run in it.
      .exclude('iframe.compare__frame')
      .analyze();
    expect(scan.violations).toEqual([]);
    const frame = dialog.frameLocator('iframe[title="Marked-up comparison"]');
    await expect(frame.locator('ins').filter({ hasText: 'Any' }).first()).toBeVisible();

    host.dialogs.nextFolder = share;
    await dialog.getByRole('button', { name: 'Export as Word with tracked changes' }).click();
    await expect(dialog.getByRole('status')).toContainText('_E_compared.docx');
    expect(host.dialogs.shown).toEqual(['folder']);

    const files = await readdir(share);
    expect(files).toEqual(['CTOC_COP_WG.2_2012_1_E_compared.docx']);
    const zip = await JSZip.loadAsync(await readFile(join(share, files[0] ?? '')));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('<w:ins ');
    expect(xml).toContain('<w:del ');
    expect(xml).toContain('w:author="Secretariat"');

    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  } finally {
    await rm(share, { recursive: true, force: true });
  }
});

test('the next session is started from this one, its ordinal advanced', async ({
  app,
  dataFolder,
  restartHost,
}) => {
  await seedLibrary(dataFolder, 'Twenty-first session');
  const host = await restartHost();
  await app.goto(host.url);
  await app.getByRole('button', { name: /^Start the next session from / }).click();
  const dialog = app.getByRole('dialog', { name: /^Start the next session from / });
  await expect(dialog.getByLabel('Days to shift the dates by')).toHaveValue('364');
  await dialog.getByLabel('Documents').selectOption('keep');
  const scan = await new AxeBuilder({ page: app }).include('dialog').analyze();
  expect(scan.violations).toEqual([]);
  await dialog.getByRole('button', { name: 'Start next session' }).click();

  await expect(app.getByLabel('Session', { exact: true })).toHaveValue('Twenty-second session');
  await expect(app.getByLabel('Document symbol', { exact: true })).toHaveValue(
    'CTOC/COP/WG.2/2013/1',
  );
  await app.getByRole('button', { name: '← Library' }).click();
  const agendas = app.getByRole('list', { name: 'Agendas in the library' }).getByRole('listitem');
  await expect(agendas).toHaveCount(2);
  await expect(app.getByRole('list', { name: 'Agendas in the library' })).toContainText(
    'Twenty-second session',
  );
});

test('a revision of the agenda is a new agenda with the Rev.1 symbol', async ({
  app,
  dataFolder,
  restartHost,
}) => {
  await openSeed(app, dataFolder, restartHost);
  await app.getByRole('button', { name: 'New revision / corrigendum / addendum…' }).click();
  const dialog = app.getByRole('dialog', { name: 'New revision, corrigendum or addendum' });
  await dialog.getByLabel(/^Corrigendum/).check();
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(app.getByLabel('Document symbol', { exact: true })).toHaveValue(
    'CTOC/COP/WG.2/2012/1/Corr.1',
  );
  await app.getByRole('button', { name: '← Library' }).click();
  await expect(app.getByRole('list', { name: 'Agendas in the library' })).toContainText(
    'CTOC/COP/WG.2/2012/1/Corr.1',
  );
});

test('a corrigendum says so under the title, and a reissue carries its note on page 1', async ({
  app,
  dataFolder,
  restartHost,
}) => {
  await openSeed(app, dataFolder, restartHost);
  const preview = app.frameLocator('iframe[title="Preview of the document as it will print"]');
  const issue = async (kind: RegExp) => {
    await app.getByRole('button', { name: 'New revision / corrigendum / addendum…' }).click();
    const dialog = app.getByRole('dialog', { name: 'New revision, corrigendum or addendum' });
    await dialog.getByLabel(kind).check();
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
  };

  await issue(/^Corrigendum/);
  await expect(preview.locator('p.issuance')).toHaveText('Corrigendum');
  await expect(preview.locator('.issuance-note')).toHaveCount(0);

  await issue(/^Reissue for technical reasons/);
  await expect(app.getByLabel('Document symbol', { exact: true })).toHaveValue(
    'CTOC/COP/WG.2/2012/1/Corr.1*',
  );
  const note = app.getByLabel('Note on this issuance');
  await expect(note).toHaveValue(/^Reissued for technical reasons on \d{1,2} [A-Z][a-z]+ \d{4}\.$/);
  await note.fill('Reissued for technical reasons on 5 August 2012.');
  await expect(preview.locator('.issuance-note')).toHaveText(
    '* Reissued for technical reasons on 5 August 2012.',
  );
  await expect(app.getByRole('status').first()).toHaveText('Saved');
});

test('any two versions compare, inline or side by side, and so does the previous session’s agenda', async ({
  app,
  dataFolder,
  restartHost,
}) => {
  // Last year's agenda sits in the library beside this one.
  const previous = JSON.parse(await readFile(FIXTURE, 'utf8')) as {
    id: string;
    meeting: { title: string };
    items: { title: string }[];
  };
  previous.id = 'wg2-2011';
  previous.meeting.title = 'Working Group on Technical Assistance, 2011';
  previous.items[6]!.title = 'Protection against trafficking in cultural property';
  await mkdir(join(dataFolder, 'library/agendas'), { recursive: true });
  await writeFile(join(dataFolder, 'library/agendas/wg2-2011.agendum'), JSON.stringify(previous));
  await seedLibrary(dataFolder);
  const host = await restartHost();
  await app.goto(host.url);
  await app
    .getByRole('button', {
      name: 'Open Working Group of Government Experts on Technical Assistance',
      exact: true,
    })
    .click();

  await app.getByRole('button', { name: 'History' }).click();
  const nameVersion = async (name: string) => {
    await app.getByLabel('Name this version').fill(name);
    await app.getByRole('button', { name: 'Keep this version' }).click();
    await expect(app.getByRole('list', { name: 'Named versions' })).toContainText(name);
  };
  await nameVersion('first draft');
  await app.getByLabel('Title of item 2', { exact: true }).fill('Review of technical assistance');
  await nameVersion('sent to the Bureau');
  await app.getByLabel('Title of item 8', { exact: true }).fill('Any other business');
  await expect(app.getByRole('status').first()).toHaveText('Saved');

  await app.getByRole('button', { name: 'Compare “first draft” with current' }).click();
  const dialog = app.getByRole('dialog', { name: /^Comparison of / });
  const changes = dialog.getByRole('list', { name: 'Changes' }).getByRole('listitem');
  await expect(changes).toHaveCount(2);

  // Two versions, neither of them the current one: only the edit made between them.
  await dialog
    .getByLabel('Later text', { exact: true })
    .selectOption({ label: '“Sent to the Bureau”' });
  await expect(dialog).toHaveAccessibleName(
    'Comparison of “first draft” with “sent to the Bureau”',
  );
  await expect(changes).toHaveCount(1);
  await expect(changes.first()).toContainText('Title of item 2');

  await dialog.getByLabel('Side by side').check();
  const frame = dialog.frameLocator('iframe[title="Marked-up comparison"]');
  await expect(frame.locator('.sides > thead th')).toHaveText([
    '“First draft”',
    '“Sent to the Bureau”',
  ]);
  // Item 2's title where the agenda lists it, heads its annotations and takes its slot.
  const changedRows = frame.locator('.sides > tbody > tr.changed');
  await expect(changedRows).toHaveCount(3);
  await expect(changedRows.locator(':scope > td:nth-child(2) ins')).toHaveCount(3);
  await expect(changedRows.locator(':scope > td:nth-child(2) ins').first()).toContainText('Review');
  await expect(changedRows.locator(':scope > td:nth-child(1) ins')).toHaveCount(0);
  // The page's own styles apply, though the editor's CSP refuses its <style> elements.
  await expect(changedRows.locator('del').first()).toHaveCSS(
    'text-decoration-line',
    'line-through',
  );
  await expect(frame.locator('h1.document-title').first()).toHaveCSS('font-size', '18.6667px');

  // The PDF is what the dialog shows: the two texts side by side, on a landscape page.
  const share = join(dataFolder, 'share');
  await mkdir(share);
  host.dialogs.nextFolder = share;
  await dialog.getByRole('button', { name: 'Export as PDF' }).click();
  await expect(dialog.getByRole('status')).toContainText('_E_compared.pdf');
  const pdf = join(share, 'CTOC_COP_WG.2_2012_1_E_compared.pdf');
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/u.exec(
    execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }),
  );
  expect(Number(size?.[1])).toBeGreaterThan(Number(size?.[2]));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toMatch(/“First draft”\s+“Sent to the Bureau”/u);

  // The previous session's agenda against this one, as it is now.
  await dialog.getByLabel('Earlier text', { exact: true }).selectOption('agenda:wg2-2011');
  await dialog
    .getByLabel('Later text', { exact: true })
    .selectOption({ label: 'The current agenda' });
  await expect(changes.filter({ hasText: 'Title of item 7' })).toHaveCount(1);
  await expect(changes.filter({ hasText: 'Title of item 8' })).toHaveCount(1);
  const scan = await new AxeBuilder({ page: app })
    .include('dialog.compare')
    .exclude('iframe.compare__frame')
    .analyze();
  expect(scan.violations).toEqual([]);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // A named version restored is an edit of the agenda: Undo takes it back.
  await app.getByRole('button', { name: 'Restore the version “first draft”' }).click();
  const item2 = app.getByLabel('Title of item 2', { exact: true });
  await expect(item2).toHaveValue(/^Follow-up to the recommendations/);
  await expect(
    app.getByText('Restored the version “first draft”. Undo takes it back.'),
  ).toBeVisible();
  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(item2).toHaveValue('Review of technical assistance');
});
