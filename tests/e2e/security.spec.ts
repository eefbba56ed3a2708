import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Agenda, AgendaItem } from '../../shared/model/agenda';
import { serializeAgenda } from '../../shared/model/serialize';
import { renderDocumentBlocks } from '../../shared/export/document-blocks';
import { renderHtml } from '../../shared/export/render-html';
import { expect, test } from './fixtures';

/** At least 200 script-injection payloads; each must stay text wherever it is shown. */
const PAYLOADS = readFileSync(
  join(import.meta.dirname, '../fixtures/security/xss-payloads.txt'),
  'utf8',
)
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#'));

function payload(index: number): string {
  return PAYLOADS[index % PAYLOADS.length] ?? '';
}

/** An agenda with a payload in every text field, every payload used at least once. */
function hostileAgenda(): Agenda {
  let next = 0;
  const take = () => payload(next++);
  const items: AgendaItem[] = Array.from({ length: 40 }, (_, index) => ({
    id: `item-${index}`,
    title: take(),
    annotationHeading: take(),
    annotations: [
      { id: `p-${index}-1`, runs: [{ text: take() }] },
      {
        id: `p-${index}-2`,
        runs: [
          { text: take(), bold: true },
          { text: take(), italic: true },
        ],
      },
    ],
    documentIds: [`doc-${index}`],
    subItems: [
      {
        id: `sub-${index}`,
        title: take(),
        annotationHeading: null,
        annotations: [{ id: `ps-${index}`, runs: [{ text: take() }] }],
        documentIds: [],
      },
    ],
  }));
  return {
    schemaVersion: 1,
    id: 'hostile',
    header: {
      body: take(),
      symbol: take(),
      distribution: 'General',
      issueDate: '2012-07-31',
      originalLanguage: 'en',
      documentLanguage: 'en',
    },
    meeting: {
      title: take(),
      session: take(),
      venue: take(),
      startDate: '2012-10-17',
      endDate: '2012-10-18',
      documentTitle: take(),
    },
    items,
    documents: items.map((_, index) => ({
      id: `doc-${index}`,
      symbols: [take()],
      title: take(),
      kind: take(),
    })),
    organization: {
      days: [
        {
          date: '2012-10-17',
          slots: [
            {
              id: 'slot-1',
              start: '10:00',
              end: '13:00',
              kind: 'meeting',
              note: null,
              entries: items.map((item, index) => ({
                id: `e-${index}`,
                itemId: item.id,
                description: take(),
              })),
            },
            { id: 'slot-2', start: '15:00', end: '18:00', kind: 'note', note: take(), entries: [] },
          ],
        },
      ],
    },
    settings: { numberParagraphs: true },
  };
}

/** Fails the test on any dialog, any request leaving the host, or a flag set by a payload. */
function watch(page: Page, origin: string): { problems: string[] } {
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = request.url();
    if (
      !url.startsWith(origin) &&
      !url.startsWith('data:') &&
      url !== 'about:blank' &&
      !url.startsWith('about:srcdoc')
    ) {
      problems.push(`request: ${url}`);
    }
  });
  return { problems };
}

async function flags(page: Page): Promise<unknown[]> {
  return Promise.all(
    page
      .frames()
      .map((frame) =>
        frame
          .evaluate(() => (window as unknown as { __xss?: unknown }).__xss)
          .catch(() => undefined),
      ),
  );
}

test(`${PAYLOADS.length} injection payloads stay text in the library, the editor, its tabs and the export`, async ({
  page,
  host,
  dataFolder,
}) => {
  test.setTimeout(120_000);
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(200);
  const agenda = hostileAgenda();
  await mkdir(join(dataFolder, 'library/agendas'), { recursive: true });
  await writeFile(join(dataFolder, 'library/agendas/hostile.agendum'), serializeAgenda(agenda));

  const { problems } = watch(page, host.origin);
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: /^Open / })).toHaveCount(1);
  await page.getByRole('button', { name: /^Open / }).click();
  await expect(page.getByLabel('Title of item 40', { exact: true })).toHaveValue(
    agenda.items[39]?.title ?? '',
  );

  // What was stored as text is shown as text.
  await expect(page.getByLabel('Body', { exact: true })).toHaveValue(agenda.header.body);
  await expect(
    page.getByRole('textbox', { name: 'Paragraph 1 of item 1', exact: true }),
  ).toHaveText(agenda.items[0]?.annotations[0]?.runs[0]?.text ?? '');

  // Typing and pasting payloads in the editor does not run them either.
  await page.getByRole('textbox', { name: 'Paragraph 1 of item 2', exact: true }).click();
  for (const index of [0, 1, 5, 17, 42]) await page.keyboard.insertText(payload(index));
  await page.evaluate((html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', html);
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, PAYLOADS.slice(0, 40).join(''));

  for (const tab of ['Documents', 'Organization of work', 'Agenda and annotations']) {
    await page.getByRole('tab', { name: tab }).click();
    await page.waitForTimeout(300);
  }
  await page.getByRole('button', { name: '← Library' }).click();
  await expect(page.getByRole('heading', { name: 'Agendas' })).toBeVisible();
  expect(await flags(page)).toEqual(page.frames().map(() => undefined));

  // The exported HTML, opened as a reader would open the file.
  const exported = await page.context().newPage();
  const exportWatch = watch(exported, 'file://');
  await exported.setContent(renderHtml(renderDocumentBlocks(agenda)));
  await exported.waitForTimeout(500);
  expect(await exported.locator('script').count()).toBe(0);
  expect(await flags(exported)).toEqual(exported.frames().map(() => undefined));
  expect([...problems, ...exportWatch.problems]).toEqual([]);
});
