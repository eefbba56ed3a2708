import { describe, expect, it } from 'vitest';
import type { Agenda, MeetingDay } from '../../../../shared/model/agenda';
import { AgendaSchema } from '../../../../shared/model/agenda';
import {
  addScheduleEntry,
  addSlot,
  changeMeetingDates,
  chronologicalDays,
  editSlot,
  findScheduleEntry,
  findSlot,
  meetingDays,
  moveScheduleEntry,
  moveSlotToDay,
  planMeetingDates,
  removeScheduleEntry,
  removeSlot,
  scheduledItemIds,
  setScheduleEntryDescription,
  standardDay,
  suggestSlotTimes,
  unscheduledItems,
} from '../../../../shared/schedule/organization';
import { loadSeedAgenda } from './support/seed';

/** Freezes the seed all the way down, so that any edit in place throws. */
function frozen<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value) as unknown[]) frozen(child);
    Object.freeze(value);
  }
  return value;
}

function seed(): Agenda {
  return frozen(loadSeedAgenda());
}

/** "date slot: item item …" for each slot, to compare a whole programme at a glance. */
function layout(agenda: Agenda): string[] {
  return chronologicalDays(agenda).flatMap((day) =>
    day.slots.map(
      (slot) =>
        `${day.date} ${slot.start}-${slot.end}: ${slot.entries.map((e) => e.itemId).join(' ')}`,
    ),
  );
}

function entryIds(agenda: Agenda, slotId: string): string[] {
  return findSlot(agenda, slotId)?.slot.entries.map((entry) => entry.id) ?? [];
}

describe('meetingDays', () => {
  it.each([
    ['2012-10-17', '2012-10-17', ['2012-10-17']],
    ['2012-10-17', '2012-10-18', ['2012-10-17', '2012-10-18']],
    ['2015-11-30', '2015-12-02', ['2015-11-30', '2015-12-01', '2015-12-02']],
    ['2015-12-31', '2016-01-01', ['2015-12-31', '2016-01-01']],
    ['2012-02-28', '2012-03-01', ['2012-02-28', '2012-02-29', '2012-03-01']],
    ['2012-10-18', '2012-10-17', []],
    ['2012-02-30', '2012-03-01', []],
  ])('%s to %s', (start, end, days) => {
    expect(meetingDays(start, end)).toEqual(days);
  });

  it('stops at a year of days', () => {
    expect(meetingDays('2012-01-01', '2020-01-01')).toHaveLength(366);
  });
});

describe('standardDay', () => {
  it('has the UN standard morning and afternoon meetings, empty', () => {
    const day = standardDay('2012-10-19');
    expect(
      day.slots.map(({ start, end, kind, note, entries }) => ({ start, end, kind, note, entries })),
    ).toEqual([
      { start: '10:00', end: '13:00', kind: 'meeting', note: null, entries: [] },
      { start: '15:00', end: '18:00', kind: 'meeting', note: null, entries: [] },
    ]);
    const [morning, afternoon] = day.slots;
    expect(morning?.id).not.toBe(afternoon?.id);
  });
});

describe('planMeetingDates and changeMeetingDates', () => {
  it('adds a day with the standard slots when the meeting gets longer', () => {
    const agenda = seed();
    expect(planMeetingDates(agenda, '2012-10-17', '2012-10-19')).toEqual({
      kind: 'ready',
      startDate: '2012-10-17',
      endDate: '2012-10-19',
      shiftDays: 0,
      addedDays: ['2012-10-19'],
      removedDays: [],
      lostEntries: [],
      lostNotes: [],
      needsConfirmation: false,
    });
    const longer = changeMeetingDates(agenda, '2012-10-17', '2012-10-19');
    expect(longer.meeting).toMatchObject({ startDate: '2012-10-17', endDate: '2012-10-19' });
    expect(layout(longer)).toEqual([
      ...layout(agenda),
      '2012-10-19 10:00-13:00: ',
      '2012-10-19 15:00-18:00: ',
    ]);
    // Days that stay are the same objects: undo and React rely on it.
    expect(longer.organization.days[0]).toBe(agenda.organization.days[0]);
    expect(AgendaSchema.safeParse(longer).success).toBe(true);
  });

  it('reports the entries a shorter meeting would lose, then drops them', () => {
    const agenda = seed();
    const plan = planMeetingDates(agenda, '2012-10-17', '2012-10-17');
    expect(plan).toMatchObject({
      kind: 'ready',
      addedDays: [],
      removedDays: ['2012-10-18'],
      lostEntries: [
        { date: '2012-10-18', slotId: 'slot-3', entryId: 'e8', itemId: 'item-6', reference: '6' },
        { date: '2012-10-18', slotId: 'slot-3', entryId: 'e9', itemId: 'item-7', reference: '7' },
      ],
      needsConfirmation: true,
    });
    const shorter = changeMeetingDates(agenda, '2012-10-17', '2012-10-17');
    expect(shorter.organization.days.map((day) => day.date)).toEqual(['2012-10-17']);
  });

  it('asks before losing a note, and not before losing an empty day', () => {
    const agenda = seed();
    const [withNote] = addSlot(agenda, '2012-10-18', {
      start: '15:00',
      end: '18:00',
      kind: 'note',
      note: 'Informal consultations',
    });
    const plan = planMeetingDates(withNote, '2012-10-17', '2012-10-17');
    expect(plan).toMatchObject({
      lostNotes: [{ date: '2012-10-18', note: 'Informal consultations' }],
      needsConfirmation: true,
    });

    const empty = changeMeetingDates(agenda, '2012-10-17', '2012-10-19');
    expect(planMeetingDates(empty, '2012-10-17', '2012-10-18')).toMatchObject({
      removedDays: ['2012-10-19'],
      needsConfirmation: false,
    });
  });

  it('moves the programme with the meeting, for the next session', () => {
    const agenda = seed();
    const plan = planMeetingDates(agenda, '2013-10-23', '2013-10-24');
    expect(plan).toMatchObject({ kind: 'ready', shiftDays: 371, addedDays: [], lostEntries: [] });
    const next = changeMeetingDates(agenda, '2013-10-23', '2013-10-24');
    expect(layout(next)).toEqual(
      layout(agenda).map((line) =>
        line.replace('2012-10-17', '2013-10-23').replace('2012-10-18', '2013-10-24'),
      ),
    );
  });

  it('moves the programme by a day when both dates move by a day', () => {
    const moved = changeMeetingDates(seed(), '2012-10-18', '2012-10-19');
    expect(moved.organization.days.map((day) => day.date)).toEqual(['2012-10-18', '2012-10-19']);
    expect(moved.organization.days[0]?.slots.map((slot) => slot.id)).toEqual(['slot-1', 'slot-2']);
  });

  it('keeps days on their dates when the meeting grows on both sides', () => {
    const agenda = seed();
    const plan = planMeetingDates(agenda, '2012-10-16', '2012-10-19');
    expect(plan).toMatchObject({ shiftDays: 0, addedDays: ['2012-10-16', '2012-10-19'] });
    const wider = changeMeetingDates(agenda, '2012-10-16', '2012-10-19');
    expect(wider.organization.days.map((day) => day.date)).toEqual([
      '2012-10-16',
      '2012-10-17',
      '2012-10-18',
      '2012-10-19',
    ]);
    expect(wider.organization.days[1]).toBe(agenda.organization.days[0]);
  });

  it('moves a longer programme and reports the days that no longer fit', () => {
    const agenda = changeMeetingDates(seed(), '2012-10-17', '2012-10-19');
    const [withEntry] = addScheduleEntry(
      agenda,
      agenda.organization.days[2]?.slots[0]?.id ?? '',
      'item-8',
    );
    const plan = planMeetingDates(withEntry, '2013-10-23', '2013-10-24');
    expect(plan).toMatchObject({
      shiftDays: 371,
      removedDays: ['2012-10-19'],
      lostEntries: [{ date: '2012-10-19', itemId: 'item-8', reference: '8' }],
      needsConfirmation: true,
    });
  });

  it('makes a meeting without an end date a one-day meeting', () => {
    const oneDay = changeMeetingDates(seed(), '2012-10-17', null);
    expect(oneDay.meeting.endDate).toBeNull();
    expect(oneDay.organization.days.map((day) => day.date)).toEqual(['2012-10-17']);
  });

  it('leaves the days alone while the meeting has no start date', () => {
    const agenda = seed();
    expect(planMeetingDates(agenda, null, null)).toMatchObject({ needsConfirmation: false });
    const undated = changeMeetingDates(agenda, null, null);
    expect(undated.meeting).toMatchObject({ startDate: null, endDate: null });
    expect(undated.organization).toBe(agenda.organization);
  });

  it('gives the first days to a new meeting', () => {
    const blank = { ...seed(), meeting: { ...seed().meeting, startDate: null, endDate: null } };
    const dated = changeMeetingDates(
      { ...blank, organization: { days: [] } },
      '2015-11-30',
      '2015-12-01',
    );
    expect(layout(dated)).toEqual([
      '2015-11-30 10:00-13:00: ',
      '2015-11-30 15:00-18:00: ',
      '2015-12-01 10:00-13:00: ',
      '2015-12-01 15:00-18:00: ',
    ]);
  });

  it('keeps the slots of a date that a file holds twice', () => {
    const agenda = seed();
    const [first, second] = agenda.organization.days;
    if (!first || !second) throw new Error('the seed has two days');
    const twice: Agenda = {
      ...agenda,
      organization: {
        days: [
          first,
          second,
          { ...second, slots: [] },
          { date: second.date, slots: first.slots.slice(1) },
        ],
      },
    };
    const merged = changeMeetingDates(twice, '2012-10-17', '2012-10-18');
    expect(layout(merged)).toEqual([
      '2012-10-17 10:00-13:00: item-1a item-1b item-2',
      '2012-10-17 15:00-18:00: item-3 item-4 item-5 item-8',
      '2012-10-18 10:00-13:00: item-6 item-7',
      '2012-10-18 15:00-18:00: item-3 item-4 item-5 item-8',
    ]);
  });

  it.each([
    ['2012-10-18', '2012-10-17', 'The meeting ends before it starts.'],
    ['2012-10-17', '2012-10-32', 'The meeting dates are not real dates.'],
    ['2012-01-01', '2013-01-01', 'A meeting lasts at most 366 days.'],
  ])('refuses %s to %s', (start, end, message) => {
    const agenda = seed();
    expect(planMeetingDates(agenda, start, end)).toEqual({ kind: 'invalid', message });
    expect(changeMeetingDates(agenda, start, end)).toBe(agenda);
  });
});

describe('slots', () => {
  it('suggests the standard slots first, then an evening meeting', () => {
    expect(suggestSlotTimes(undefined)).toEqual({ start: '10:00', end: '13:00' });
    const day: MeetingDay = { date: '2012-10-18', slots: [] };
    expect(suggestSlotTimes(day)).toEqual({ start: '10:00', end: '13:00' });
    const thursday = seed().organization.days[1];
    expect(suggestSlotTimes(thursday)).toEqual({ start: '15:00', end: '18:00' });
    expect(suggestSlotTimes(standardDay('2012-10-19'))).toEqual({ start: '19:00', end: '22:00' });
  });

  it('adds a slot in time order, with suggested times by default', () => {
    const agenda = seed();
    const [withAfternoon, afternoonId] = addSlot(agenda, '2012-10-18');
    expect(layout(withAfternoon).slice(2)).toEqual([
      '2012-10-18 10:00-13:00: item-6 item-7',
      '2012-10-18 15:00-18:00: ',
    ]);
    expect(findSlot(withAfternoon, afternoonId)?.slot).toMatchObject({
      kind: 'meeting',
      note: null,
    });

    const [withBreakfast] = addSlot(withAfternoon, '2012-10-18', {
      start: '08:00',
      end: '09:30',
      kind: 'note',
      note: '   ',
    });
    const thursday = withBreakfast.organization.days[1];
    expect(thursday?.slots.map((slot) => slot.start)).toEqual(['08:00', '10:00', '15:00']);
    expect(thursday?.slots[0]).toMatchObject({ kind: 'note', note: null });
    expect(withBreakfast.organization.days[0]).toBe(agenda.organization.days[0]);
  });

  it('creates the day of a slot added outside the existing days, in date order', () => {
    const [agenda] = addSlot(seed(), '2012-10-16', { start: '15:00', end: '18:00' });
    expect(agenda.organization.days.map((day) => day.date)).toEqual([
      '2012-10-16',
      '2012-10-17',
      '2012-10-18',
    ]);
  });

  it('edits times, kind and note, and keeps the day in time order', () => {
    const agenda = seed();
    const earlier = editSlot(agenda, 'slot-2', { start: '08:00', end: '09:30' });
    expect(earlier.organization.days[0]?.slots.map((slot) => slot.id)).toEqual([
      'slot-2',
      'slot-1',
    ]);
    expect(findSlot(earlier, 'slot-2')?.slot.entries).toHaveLength(4);

    const parallel = editSlot(agenda, 'slot-3', {
      kind: 'parallel',
      note: 'Committee of the Whole',
    });
    expect(findSlot(parallel, 'slot-3')?.slot).toMatchObject({
      kind: 'parallel',
      note: 'Committee of the Whole',
      start: '10:00',
    });
    expect(findSlot(editSlot(parallel, 'slot-3', { note: '' }), 'slot-3')?.slot.note).toBeNull();
    expect(editSlot(agenda, 'no-such-slot', { start: '09:00' })).toBe(agenda);
  });

  it('removes a slot with its entries', () => {
    const agenda = removeSlot(seed(), 'slot-2');
    expect(layout(agenda)).toEqual([
      '2012-10-17 10:00-13:00: item-1a item-1b item-2',
      '2012-10-18 10:00-13:00: item-6 item-7',
    ]);
    expect(removeSlot(agenda, 'slot-2')).toBe(agenda);
  });

  it('moves a slot to another day, keeping its times and entries', () => {
    const agenda = moveSlotToDay(seed(), 'slot-2', '2012-10-18');
    expect(layout(agenda)).toEqual([
      '2012-10-17 10:00-13:00: item-1a item-1b item-2',
      '2012-10-18 10:00-13:00: item-6 item-7',
      '2012-10-18 15:00-18:00: item-3 item-4 item-5 item-8',
    ]);
    const toNewDay = moveSlotToDay(seed(), 'slot-3', '2012-10-19');
    expect(toNewDay.organization.days.map((day) => [day.date, day.slots.length])).toEqual([
      ['2012-10-17', 2],
      ['2012-10-18', 0],
      ['2012-10-19', 1],
    ]);
    const same = seed();
    expect(moveSlotToDay(same, 'slot-3', '2012-10-18')).toBe(same);
  });
});

describe('schedule entries', () => {
  it('adds an entry at an index or at the end', () => {
    const agenda = seed();
    const [atEnd, endId] = addScheduleEntry(agenda, 'slot-3', 'item-8');
    expect(layout(atEnd)[2]).toBe('2012-10-18 10:00-13:00: item-6 item-7 item-8');
    expect(findScheduleEntry(atEnd, endId ?? '')?.entry).toEqual({
      id: endId,
      itemId: 'item-8',
      description: null,
    });
    const [atStart] = addScheduleEntry(agenda, 'slot-3', 'item-1', 0);
    expect(layout(atStart)[2]).toBe('2012-10-18 10:00-13:00: item-1 item-6 item-7');
    const [clamped] = addScheduleEntry(agenda, 'slot-3', 'item-1', 99);
    expect(layout(clamped)[2]).toBe('2012-10-18 10:00-13:00: item-6 item-7 item-1');
  });

  it('adds nothing for a slot or an item that does not exist', () => {
    const agenda = seed();
    expect(addScheduleEntry(agenda, 'no-such-slot', 'item-8')).toEqual([agenda, null]);
    expect(addScheduleEntry(agenda, 'slot-3', 'no-such-item')).toEqual([agenda, null]);
  });

  it('moves an entry within its slot', () => {
    const agenda = seed();
    expect(entryIds(moveScheduleEntry(agenda, 'e7', 'slot-2', 0), 'slot-2')).toEqual([
      'e7',
      'e4',
      'e5',
      'e6',
    ]);
    expect(entryIds(moveScheduleEntry(agenda, 'e4', 'slot-2', 3), 'slot-2')).toEqual([
      'e5',
      'e6',
      'e7',
      'e4',
    ]);
    expect(entryIds(moveScheduleEntry(agenda, 'e4', 'slot-2', 1), 'slot-2')).toEqual([
      'e5',
      'e4',
      'e6',
      'e7',
    ]);
    expect(moveScheduleEntry(agenda, 'e4', 'slot-2', 0)).toBe(agenda);
  });

  it('moves an entry to another slot and another day, with its description', () => {
    const agenda = seed();
    const moved = moveScheduleEntry(agenda, 'e6', 'slot-3', 1);
    expect(entryIds(moved, 'slot-2')).toEqual(['e4', 'e5', 'e7']);
    expect(entryIds(moved, 'slot-3')).toEqual(['e8', 'e6', 'e9']);
    expect(findScheduleEntry(moved, 'e6')?.entry.description).toMatch(/^Development of technical/);
    expect(entryIds(moveScheduleEntry(agenda, 'e1', 'slot-3', -5), 'slot-3')).toEqual([
      'e1',
      'e8',
      'e9',
    ]);
    expect(moveScheduleEntry(agenda, 'no-such-entry', 'slot-3', 0)).toBe(agenda);
    expect(moveScheduleEntry(agenda, 'e6', 'no-such-slot', 0)).toBe(agenda);
  });

  it('removes an entry', () => {
    const agenda = removeScheduleEntry(seed(), 'e7');
    expect(entryIds(agenda, 'slot-2')).toEqual(['e4', 'e5', 'e6']);
    expect(removeScheduleEntry(agenda, 'e7')).toBe(agenda);
  });

  it('sets a description, and clears it when blank or the same as the agenda title', () => {
    const agenda = seed();
    const described = setScheduleEntryDescription(agenda, 'e7', 'Any other business');
    expect(findScheduleEntry(described, 'e7')?.entry.description).toBe('Any other business');
    const blank = setScheduleEntryDescription(described, 'e7', '  ');
    expect(findScheduleEntry(blank, 'e7')?.entry.description).toBeNull();
    const title = setScheduleEntryDescription(
      agenda,
      'e5',
      'Identification of technical assistance needs and coordination of the delivery of technical assistance to support the implementation of the United Nations Convention against Transnational Organized Crime and the Protocols thereto.',
    );
    expect(findScheduleEntry(title, 'e5')?.entry.description).toBeNull();
    expect(setScheduleEntryDescription(agenda, 'e7', null)).toBe(agenda);
    expect(setScheduleEntryDescription(agenda, 'no-such-entry', 'x')).toBe(agenda);
  });
});

describe('unscheduledItems', () => {
  it('is empty for the seed', () => {
    const agenda = seed();
    expect(unscheduledItems(agenda)).toEqual([]);
    expect(scheduledItemIds(agenda).size).toBe(10);
  });

  it('lists items and sub-items scheduled nowhere, in agenda order', () => {
    let agenda = seed();
    for (const entryId of ['e7', 'e2', 'e4']) agenda = removeScheduleEntry(agenda, entryId);
    expect(unscheduledItems(agenda)).toEqual([
      { itemId: 'item-1', level: 'item', reference: '1', title: 'Organizational matters' },
      {
        itemId: 'item-1b',
        level: 'sub-item',
        reference: '1 (b)',
        title: 'Adoption of the agenda and organization of work',
      },
      {
        itemId: 'item-3',
        level: 'item',
        reference: '3',
        title: 'Development of national strategies to address transnational organized crime',
      },
      { itemId: 'item-8', level: 'item', reference: '8', title: 'Other matters' },
    ]);
  });

  it('counts the sub-items of an item scheduled as a whole', () => {
    let agenda = removeScheduleEntry(removeScheduleEntry(seed(), 'e1'), 'e2');
    expect(unscheduledItems(agenda).map((item) => item.reference)).toEqual(['1', '1 (a)', '1 (b)']);
    [agenda] = addScheduleEntry(agenda, 'slot-1', 'item-1', 0);
    expect(unscheduledItems(agenda)).toEqual([]);
  });

  it('lists every item of an agenda not planned yet', () => {
    const agenda = { ...seed(), organization: { days: [] } };
    expect(unscheduledItems(agenda).map((item) => item.reference)).toEqual([
      '1',
      '1 (a)',
      '1 (b)',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
    ]);
  });
});
