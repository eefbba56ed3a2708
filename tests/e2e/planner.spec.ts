import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import {
  annexPreviewLines,
  dragBelow,
  entriesIn,
  entry,
  giveWording,
  openPlanner,
  putSeedInLibrary,
  region,
  scheduleWithMenu,
  seedAnnexLines,
  tabTo,
  THU,
  THU_MORNING,
  WED,
  WED_AFTERNOON,
  WED_MORNING,
} from './planner-support';
import { SEED } from './seed-agenda';

/**
 * The organization of work, planned on the grid as a secretary would: the
 * seed's annex laid out slot by slot must come out line for line.
 */

test('a secretary lays out the seed’s annex on the grid, and item numbers follow the agenda', async ({
  page,
  host,
  dataFolder,
}) => {
  // Tall enough for both days: a drag does not scroll the page under the pointer.
  await page.setViewportSize({ width: 1440, height: 2000 });
  await putSeedInLibrary(dataFolder);
  await openPlanner(page, host.url);

  // Both days come from the meeting's dates; the slots are typed as people type them.
  const wednesday = region(page, WED);
  await expect(wednesday).toContainText('No meeting is planned on this day yet.');
  const newWednesdaySlot = page.getByLabel(`New slot on ${WED}`);
  await newWednesdaySlot.fill('10:00-13:00');
  await newWednesdaySlot.press('Enter');
  await newWednesdaySlot.fill('10');
  await newWednesdaySlot.press('Enter');
  await expect(wednesday).toContainText('“10” has no end');
  await expect(newWednesdaySlot).toHaveAttribute('aria-invalid', 'true');
  await newWednesdaySlot.fill('3 to 6 pm');
  await newWednesdaySlot.press('Enter');
  await page.getByLabel(`New slot on ${THU}`).fill('10am-1pm');
  await page.getByLabel(`New slot on ${THU}`).press('Enter');
  await expect(region(page, WED_MORNING)).toBeVisible();
  await expect(region(page, WED_AFTERNOON)).toBeVisible();
  await expect(region(page, THU_MORNING)).toBeVisible();
  await expect(region(page, THU_MORNING)).toContainText(
    'No agenda item is taken up at this meeting.',
  );

  // The morning of the first day from the Schedule… menus.
  await scheduleWithMenu(page, '1 (a)', WED_MORNING);
  await scheduleWithMenu(page, '1 (b)', WED_MORNING);
  await scheduleWithMenu(page, '2', WED_MORNING);
  await scheduleWithMenu(page, '3', WED_AFTERNOON);
  await scheduleWithMenu(page, '4', WED_AFTERNOON);

  // Item 8 dragged into the first afternoon, then item 5 dropped above it.
  const source = (reference: string) =>
    page
      .getByRole('region', { name: /^Items to schedule/ })
      .getByRole('listitem')
      .filter({
        has: page.getByRole('button', { name: `Schedule item ${reference}`, exact: true }),
      });
  const afternoon = region(page, WED_AFTERNOON);
  await dragBelow(source('8'), entry(afternoon, '4'));
  await expect(entry(afternoon, '8')).toBeVisible();
  await source('5').dragTo(entry(afternoon, '8'), { targetPosition: { x: 40, y: 4 } });
  await expect(entriesIn(afternoon)).toHaveText([/^⠿3/, /^⠿4/, /^⠿5/, /^⠿8/]);

  // The second morning by dragging 7 first, then 6 onto it, then putting 6 first with the keyboard.
  const thursdayMorning = region(page, THU_MORNING);
  await source('7').dragTo(thursdayMorning.getByText('Drop agenda items here.'));
  await dragBelow(source('6'), entry(thursdayMorning, '7'));
  await expect(entriesIn(thursdayMorning)).toHaveText([/^⠿7/, /^⠿6/]);
  await page.getByRole('button', { name: 'Move item 6 up' }).click();
  await expect(entriesIn(thursdayMorning)).toHaveText([/^⠿6/, /^⠿7/]);
  await expect(page.getByRole('region', { name: /^Items to schedule/ })).toContainText(
    'Every agenda item is taken up.',
  );

  // The annex's own wording, where it differs from the agenda's.
  await giveWording(
    page,
    '4',
    'Identification of technical assistance needs and coordination of the delivery of technical assistance to support the implementation of the Organized Crime Convention and the Protocols thereto',
  );
  await giveWording(
    page,
    '5',
    'Development of technical assistance tools, taking into consideration good practices and lessons learned, including those for assisting Member States in applying the Organized Crime Convention to new forms and dimensions of organized crime',
  );
  await giveWording(
    page,
    '6',
    'Consideration of the recommendations and outcomes of the meetings of the expert group on protection against trafficking in cultural property',
  );
  await giveWording(
    page,
    '7',
    'Application of the Organized Crime Convention by States parties with respect to criminal offences against cultural property',
  );

  // The generated annex is the seed's, line by line.
  await expect.poll(() => annexPreviewLines(page)).toEqual(seedAnnexLines());

  // Nothing is left unscheduled; item 8 taken early is a note, in the panel and on the entry.
  const warnings = page.getByRole('region', { name: /^Warnings/ });
  const early = 'Item 8 is taken up on Wednesday, 17 October, before items 6 and 7.';
  await expect(warnings.getByRole('listitem')).toHaveText([`ℹNote: ${early}`]);
  await expect(entry(afternoon, '8')).toContainText(early);
  await expect(page.getByRole('status')).toHaveText('Saved');

  // Item 3 moves below item 5 on the agenda: the annex shows the new numbers.
  await page.getByRole('tab', { name: 'Agenda and annotations' }).click();
  await page.getByRole('button', { name: 'Move item 3 down' }).click();
  await page.getByRole('button', { name: 'Move item 4 down' }).click();
  await expect(page.getByLabel('Title of item 5', { exact: true })).toHaveValue(
    'Development of national strategies to address transnational organized crime',
  );
  await page.getByRole('tab', { name: 'Organization of work' }).click();
  await expect
    .poll(async () => (await annexPreviewLines(page)).slice(5, 9))
    .toEqual([
      [
        '3-6 p.m.',
        '5',
        'Development of national strategies to address transnational organized crime',
      ],
      [
        '3',
        'Identification of technical assistance needs and coordination of the delivery of technical assistance to support the implementation of the Organized Crime Convention and the Protocols thereto',
      ],
      [
        '4',
        'Development of technical assistance tools, taking into consideration good practices and lessons learned, including those for assisting Member States in applying the Organized Crime Convention to new forms and dimensions of organized crime',
      ],
      ['8', 'Other matters'],
    ]);
  await expect(entriesIn(afternoon)).toHaveText([/^⠿5/, /^⠿3/, /^⠿4/, /^⠿8/]);
  await expect(warnings).toContainText(
    'Item 5 is taken up on Wednesday, 17 October, before items 3 and 4.',
  );
});

test('scheduling with the keyboard alone: days, items, order, wording, removal', async ({
  page,
  host,
  dataFolder,
}) => {
  await putSeedInLibrary(dataFolder);
  await page.goto(host.url);
  await tabTo(page, page.getByRole('button', { name: /^Open / }));
  await page.keyboard.press('Enter');
  const agendaTab = page.getByRole('tab', { name: 'Agenda and annotations' });
  await tabTo(page, agendaTab);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Organization of work' })).toBeFocused();

  await tabTo(page, page.getByRole('button', { name: `Add the two standard meetings to ${WED}` }));
  await page.keyboard.press('Enter');
  await expect(region(page, WED_AFTERNOON)).toBeVisible();

  // Item 2 into the afternoon: the menu opens on the first slot, ↓ goes to the next.
  await tabTo(page, page.getByRole('button', { name: 'Schedule item 2', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: WED_MORNING })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(entry(region(page, WED_AFTERNOON), '2')).toBeVisible();
  // Focus moves on to the next item to schedule: item 3, into the morning.
  await expect(page.getByRole('button', { name: 'Schedule item 3', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(entry(region(page, WED_MORNING), '3')).toBeVisible();
  // Escape closes a menu and gives focus back.
  const scheduleFour = page.getByRole('button', { name: 'Schedule item 4', exact: true });
  await expect(scheduleFour).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(scheduleFour).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  const afternoon = region(page, WED_AFTERNOON);
  await expect(entriesIn(afternoon)).toHaveText([/^⠿2/, /^⠿4/]);

  // Alt+↓ takes item 3 from the end of the morning to the top of the afternoon, then down one.
  await tabTo(page, page.getByRole('button', { name: 'Move item 3 down' }));
  await page.keyboard.press('Alt+ArrowDown');
  await expect(entriesIn(afternoon)).toHaveText([/^⠿3/, /^⠿2/, /^⠿4/]);
  await expect(page.getByRole('button', { name: 'Move item 3 down' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(entriesIn(afternoon)).toHaveText([/^⠿2/, /^⠿3/, /^⠿4/]);
  await expect(region(page, WED_MORNING)).toContainText('No agenda item is taken up');

  // The wording, typed in place; Enter finishes.
  await tabTo(page, page.getByRole('button', { name: 'Edit the wording of item 3' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Wording of item 3 in the annex')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('National strategies');
  await page.keyboard.press('Enter');
  await expect(entry(afternoon, '3')).toContainText('National strategies');
  await expect(page.getByRole('button', { name: 'Edit the wording of item 3' })).toBeFocused();
  // Ctrl+Z takes the wording back in one step, Ctrl+Shift+Z brings it again.
  await page.keyboard.press('Control+z');
  await expect(entry(afternoon, '3')).toContainText(SEED.items[2]?.title ?? '');
  await page.keyboard.press('Control+Shift+z');
  await expect(entry(afternoon, '3')).toContainText('National strategies');

  // Removed from the slot, item 4 is back among the items to schedule.
  await tabTo(page, page.getByRole('button', { name: 'Remove item 4 from this slot' }));
  await page.keyboard.press('Enter');
  await expect(entriesIn(afternoon)).toHaveText([/^⠿2/, /^⠿3/]);
  await expect(page.getByRole('button', { name: 'Schedule item 4', exact: true })).toBeVisible();

  // An evening meeting on the second day, typed as people say it.
  await tabTo(page, page.getByLabel(`New slot on ${THU}`));
  await page.keyboard.type('6 to 8 pm');
  await page.keyboard.press('Enter');
  await expect(region(page, `${THU}, 6-8 p.m.`)).toBeVisible();

  await expect
    .poll(async () => (await annexPreviewLines(page)).slice(1, 6))
    .toEqual([
      [WED],
      ['10 a.m.-1 p.m.'],
      ['3-6 p.m.', '2', SEED.items[1]?.title ?? ''],
      ['3', 'National strategies'],
      [THU],
    ]);
});

test('slots: times, parallel and non-meeting rows, overlaps, an item continued, removal asks', async ({
  page,
  host,
  dataFolder,
}) => {
  await putSeedInLibrary(dataFolder, SEED.organization);
  await openPlanner(page, host.url);

  // A new time for the second morning, typed in 24-hour style.
  await page.getByRole('button', { name: `Change the time of ${THU_MORNING}` }).click();
  const time = page.getByLabel(`New time of ${THU_MORNING}`);
  await time.fill('25:00-26:00');
  await time.press('Enter');
  await expect(time).toHaveAttribute('aria-invalid', 'true');
  await time.fill('9:30-12:30');
  await time.press('Enter');
  const thursdayMorning = region(page, `${THU}, 9.30 a.m.-12.30 p.m.`);
  await expect(thursdayMorning).toBeVisible();

  // Item 7 continues in the afternoon: "(continued)" from its second appearance on.
  await page.getByLabel(`New slot on ${THU}`).fill('15:00-18:00');
  await page.getByLabel(`New slot on ${THU}`).press('Enter');
  await page.getByRole('button', { name: 'Take up item 7 again in another slot' }).click();
  await page.getByRole('menuitem', { name: `${THU}, 3-6 p.m.` }).click();
  const thursdayAfternoon = region(page, `${THU}, 3-6 p.m.`);
  await expect(entry(thursdayAfternoon, '7')).toContainText(
    'Application of the Organized Crime Convention by States parties with respect to criminal offences against cultural property (continued)',
  );

  // A parallel meeting that overlaps the afternoon is no clash; an informal consultation is.
  await page.getByLabel(`New slot on ${THU}`).fill('4-5 p.m.');
  await page.getByLabel(`New slot on ${THU}`).press('Enter');
  const parallel = region(page, `${THU}, 4-5 p.m.`);
  await parallel.getByLabel(`Kind of slot, ${THU}, 4-5 p.m.`).selectOption('parallel');
  await parallel
    .getByLabel('Name of the parallel meeting')
    .fill('Working Group on International Cooperation');
  await expect(parallel).not.toContainText('overlap');
  await parallel.getByLabel(`Kind of slot, ${THU}, 4-5 p.m.`).selectOption('note');
  await parallel.getByLabel('Text of the row').fill('Informal consultations');
  const overlap = `${THU}: 3-6 p.m. and 4-5 p.m. overlap.`;
  await expect(thursdayAfternoon).toContainText(overlap);
  await expect(parallel).toContainText(overlap);
  await expect(page.getByRole('region', { name: /^Warnings/ })).toContainText(overlap);
  await expect
    .poll(async () => (await annexPreviewLines(page)).slice(-2))
    .toEqual([
      [
        '3-6 p.m.',
        '7',
        'Application of the Organized Crime Convention by States parties with respect to criminal offences against cultural property (continued)',
      ],
      ['4-5 p.m.', 'Informal consultations'],
    ]);

  // Removing a slot with items asks first; Cancel keeps it.
  await page.getByRole('button', { name: `Remove the slot ${THU}, 9.30 a.m.-12.30 p.m.` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('The 2 agenda items taken up in this slot will be removed');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(thursdayMorning).toBeVisible();
  await page.getByRole('button', { name: `Remove the slot ${THU}, 9.30 a.m.-12.30 p.m.` }).click();
  await dialog.getByRole('button', { name: 'Remove the slot' }).click();
  await expect(thursdayMorning).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Schedule item 6', exact: true })).toBeVisible();
  await expect(
    page.getByRole('region', { name: /^Items to schedule/ }).getByRole('listitem'),
  ).toHaveText([/6Recommendations/]);
});

test('changing the meeting’s dates asks before dropping a day with items planned', async ({
  page,
  host,
  dataFolder,
}) => {
  await putSeedInLibrary(dataFolder, SEED.organization);
  await page.goto(host.url);
  await page.getByRole('button', { name: /^Open / }).click();
  const lastDay = page.getByLabel('Last day');
  await expect(page.getByText('In the document: 17 and 18 October 2012')).toBeVisible();

  // Cancel: the date and Thursday's plan stay.
  // The days follow once the field is left (Tab moves within a date field's parts).
  await lastDay.fill('2012-10-17');
  await lastDay.blur();
  const dialog = page.getByRole('dialog', { name: 'Change the meeting’s dates?' });
  await expect(dialog).toContainText(
    'The new dates leave out Thursday, 18 October. Items 6 and 7 planned there will be taken out of the organization of work.',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(lastDay).toHaveValue('2012-10-18');
  await page.getByRole('tab', { name: 'Organization of work' }).click();
  await expect(entry(region(page, THU_MORNING), '6')).toBeVisible();

  // Confirm: Thursday goes, items 6 and 7 are to schedule again.
  await page.getByRole('tab', { name: 'Agenda and annotations' }).click();
  await lastDay.fill('2012-10-17');
  await lastDay.press('Enter');
  await dialog.getByRole('button', { name: 'Change the dates' }).click();
  await expect(page.getByText('In the document: 17 October 2012')).toBeVisible();
  await page.getByRole('tab', { name: 'Organization of work' }).click();
  await expect(region(page, THU)).toHaveCount(0);
  const toSchedule = page.getByRole('region', { name: /^Items to schedule/ });
  await expect(toSchedule.getByRole('listitem')).toHaveText([/^⠿6/, /^⠿7/]);
  await expect(page.getByRole('region', { name: /^Warnings/ })).toContainText(
    'Item 6 is not taken up in the organization of work.',
  );

  // A longer meeting adds days with the two standard meetings, without asking.
  await page.getByRole('tab', { name: 'Agenda and annotations' }).click();
  await lastDay.fill('2012-10-19');
  await lastDay.blur();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText('In the document: 17-19 October 2012')).toBeVisible();
  await page.getByRole('tab', { name: 'Organization of work' }).click();
  await expect(region(page, THU_MORNING)).toBeVisible();
  await expect(region(page, 'Friday, 19 October, 3-6 p.m.')).toBeVisible();

  // A meeting that ends before it starts is said so, and nothing changes.
  await page.getByRole('tab', { name: 'Agenda and annotations' }).click();
  await lastDay.fill('2012-10-10');
  await lastDay.press('Enter');
  await expect(page.getByText('The meeting ends before it starts.')).toBeVisible();
  await expect(lastDay).toHaveAttribute('aria-invalid', 'true');
});

test('the planner passes an axe-core scan, menus and wording editor open too', async ({
  page,
  host,
  dataFolder,
}) => {
  await putSeedInLibrary(dataFolder, {
    days: SEED.organization.days.map((day, index) =>
      index === 0 ? day : { ...day, slots: day.slots.map((slot) => ({ ...slot, entries: [] })) },
    ),
  });
  await openPlanner(page, host.url);
  await expect(region(page, WED_MORNING)).toBeVisible();
  const scan = () => new AxeBuilder({ page }).include('#panel-schedule').analyze();
  expect((await scan()).violations).toEqual([]);

  await page.getByRole('button', { name: 'Schedule item 6', exact: true }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  expect((await scan()).violations).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Edit the wording of item 2' }).click();
  await page.getByRole('button', { name: `Change the time of ${WED_AFTERNOON}` }).click();
  await page.getByLabel(`New time of ${WED_AFTERNOON}`).fill('nonsense');
  await page.getByLabel(`New time of ${WED_AFTERNOON}`).press('Enter');
  expect((await scan()).violations).toEqual([]);
});
