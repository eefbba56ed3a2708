import { describe, expect, it } from 'vitest';
import type { Agenda, MeetingDay, TimeSlot } from '../../../../shared/model/agenda';
import {
  scheduleWarnings,
  warningsAt,
  type ScheduleWarning,
} from '../../../../shared/schedule/warnings';
import { loadSeedAgenda } from './support/seed';

function slot(fields: Partial<TimeSlot> & Pick<TimeSlot, 'id'>): TimeSlot {
  return { start: '10:00', end: '13:00', kind: 'meeting', note: null, entries: [], ...fields };
}

function entry(id: string, itemId: string) {
  return { id, itemId, description: null };
}

/** Every item of the seed, in order, in one morning meeting: nothing to warn about. */
function everythingInOrder(): MeetingDay {
  const ids = ['item-1a', 'item-1b', 'item-2', 'item-3', 'item-4', 'item-5', 'item-6', 'item-7'];
  return {
    date: '2012-10-17',
    slots: [
      slot({ id: 'morning', entries: ids.map((id, index) => entry(`e${index}`, id)) }),
      slot({ id: 'afternoon', start: '15:00', end: '18:00', entries: [entry('e8', 'item-8')] }),
    ],
  };
}

function seedWithDays(days: MeetingDay[]): Agenda {
  return { ...loadSeedAgenda(), organization: { days } };
}

function kinds(warnings: readonly ScheduleWarning[]) {
  return warnings.map((warning) => warning.kind);
}

describe('scheduleWarnings on the seed', () => {
  it('gives exactly the information that item 8 comes before items 6 and 7', () => {
    expect(scheduleWarnings(loadSeedAgenda())).toEqual([
      {
        kind: 'out-of-order',
        severity: 'information',
        beforeItemIds: ['item-6', 'item-7'],
        message: 'Item 8 is taken up on Wednesday, 17 October, before items 6 and 7.',
        place: { date: '2012-10-17', slotIds: ['slot-2'], itemIds: ['item-8'] },
      },
    ]);
  });

  it('gives nothing for a programme in agenda order', () => {
    expect(scheduleWarnings(seedWithDays([everythingInOrder()]))).toEqual([]);
  });
});

describe('scheduleWarnings', () => {
  it('reports an item scheduled nowhere, with its number', () => {
    const day = everythingInOrder();
    const [morning, afternoon] = day.slots;
    if (!morning || !afternoon) throw new Error('two slots');
    const warnings = scheduleWarnings(
      seedWithDays([
        {
          ...day,
          slots: [
            { ...morning, entries: morning.entries.filter((e) => e.itemId !== 'item-5') },
            afternoon,
          ],
        },
      ]),
    );
    expect(warnings).toEqual([
      {
        kind: 'unscheduled-item',
        severity: 'warning',
        message: 'Item 5 is not taken up in the organization of work.',
        place: { date: null, slotIds: [], itemIds: ['item-5'] },
      },
    ]);
  });

  it('counts an item with sub-items as scheduled when all its sub-items are, or itself', () => {
    const day = (ids: string[]): MeetingDay => ({
      date: '2012-10-17',
      slots: [
        slot({
          id: 'all',
          entries: [
            ...ids,
            'item-2',
            'item-3',
            'item-4',
            'item-5',
            'item-6',
            'item-7',
            'item-8',
          ].map((id, index) => entry(`e${index}`, id)),
        }),
      ],
    });
    expect(scheduleWarnings(seedWithDays([day(['item-1a', 'item-1b'])]))).toEqual([]);
    expect(scheduleWarnings(seedWithDays([day(['item-1'])]))).toEqual([]);

    const partly = scheduleWarnings(seedWithDays([day(['item-1a'])]));
    expect(partly.map((w) => [w.kind, w.message, w.place.itemIds])).toEqual([
      ['unscheduled-item', 'Item 1 (b) is not taken up in the organization of work.', ['item-1b']],
    ]);

    const none = scheduleWarnings(seedWithDays([day([])]));
    expect(none.map((w) => [w.kind, w.message, w.place.itemIds])).toEqual([
      ['unscheduled-item', 'Item 1 is not taken up in the organization of work.', ['item-1']],
    ]);
  });

  it('reports every item when nothing is planned yet, in agenda order', () => {
    const warnings = scheduleWarnings(seedWithDays([]));
    expect(warnings.map((w) => w.place.itemIds[0])).toEqual([
      'item-1',
      'item-2',
      'item-3',
      'item-4',
      'item-5',
      'item-6',
      'item-7',
      'item-8',
    ]);
  });

  it('reports slots of one day that overlap, but not a parallel meeting', () => {
    const day = everythingInOrder();
    const withExtra = (extra: TimeSlot): MeetingDay => ({ ...day, slots: [...day.slots, extra] });
    const clash = slot({
      id: 'lunch',
      start: '12:30',
      end: '15:30',
      entries: [entry('x', 'item-8')],
    });
    const warnings = scheduleWarnings(seedWithDays([withExtra(clash)]));
    expect(warnings.filter((w) => w.kind === 'overlapping-slots')).toEqual([
      {
        kind: 'overlapping-slots',
        severity: 'warning',
        message: 'Wednesday, 17 October: 10 a.m.-1 p.m. and 12.30-3.30 p.m. overlap.',
        place: { date: '2012-10-17', slotIds: ['morning', 'lunch'], itemIds: [] },
      },
      {
        kind: 'overlapping-slots',
        severity: 'warning',
        message: 'Wednesday, 17 October: 12.30-3.30 p.m. and 3-6 p.m. overlap.',
        place: { date: '2012-10-17', slotIds: ['lunch', 'afternoon'], itemIds: [] },
      },
    ]);

    const parallel = { ...clash, kind: 'parallel' as const };
    expect(kinds(scheduleWarnings(seedWithDays([withExtra(parallel)])))).toEqual([]);

    const touching = { ...clash, start: '13:00', end: '15:00' };
    expect(kinds(scheduleWarnings(seedWithDays([withExtra(touching)])))).not.toContain(
      'overlapping-slots',
    );
  });

  it('does not compare slots of different days', () => {
    const day = everythingInOrder();
    const next: MeetingDay = {
      date: '2012-10-18',
      slots: [slot({ id: 'next', entries: [entry('x', 'item-8')] })],
    };
    const agenda = seedWithDays([day, next]);
    expect(kinds(scheduleWarnings(agenda))).toEqual([]);
  });

  it('reports a slot before 8 a.m. and a slot that ends before it starts', () => {
    const day = everythingInOrder();
    const early = slot({
      id: 'early',
      start: '07:00',
      end: '08:00',
      entries: [entry('x', 'item-1')],
    });
    const backwards = slot({
      id: 'backwards',
      start: '20:00',
      end: '19:00',
      entries: [entry('y', 'item-8')],
    });
    const warnings = scheduleWarnings(
      seedWithDays([{ ...day, slots: [...day.slots, early, backwards] }]),
    );
    expect(warnings.map((w) => [w.kind, w.message, w.place.slotIds])).toEqual([
      [
        'slot-outside-hours',
        'Wednesday, 17 October, 7-8 a.m.: the slot starts before 8 a.m.; meetings are held between 8 a.m. and 12 midnight.',
        ['early'],
      ],
      [
        'slot-ends-before-start',
        'Wednesday, 17 October, 8 p.m.-7 p.m.: the slot ends before it starts.',
        ['backwards'],
      ],
    ]);
  });

  it('accepts a slot that ends at midnight', () => {
    const day = everythingInOrder();
    const late = slot({
      id: 'late',
      start: '21:00',
      end: '24:00',
      entries: [entry('x', 'item-8')],
    });
    expect(scheduleWarnings(seedWithDays([{ ...day, slots: [...day.slots, late] }]))).toEqual([]);
  });

  it('reports a day outside the meeting dates', () => {
    const outside: MeetingDay = {
      date: '2012-10-20',
      slots: [slot({ id: 'saturday', entries: [entry('x', 'item-8')] })],
    };
    const warnings = scheduleWarnings(seedWithDays([everythingInOrder(), outside]));
    expect(warnings).toEqual([
      {
        kind: 'day-outside-meeting',
        severity: 'warning',
        message: "Saturday, 20 October is outside the meeting's dates (17 and 18 October 2012).",
        place: { date: '2012-10-20', slotIds: ['saturday'], itemIds: [] },
      },
    ]);
  });

  it('takes a meeting without an end date as a one-day meeting, and one without dates as open', () => {
    const seed = seedWithDays([
      everythingInOrder(),
      { date: '2012-10-18', slots: [slot({ id: 'thursday', entries: [entry('x', 'item-8')] })] },
    ]);
    const oneDay = { ...seed, meeting: { ...seed.meeting, endDate: null } };
    expect(kinds(scheduleWarnings(oneDay))).toEqual(['day-outside-meeting']);
    const undated = { ...seed, meeting: { ...seed.meeting, startDate: null, endDate: null } };
    expect(kinds(scheduleWarnings(undated))).toEqual([]);
  });

  it('reports an empty meeting slot, not an empty note or parallel row', () => {
    const day = everythingInOrder();
    const slots = [
      ...day.slots,
      slot({ id: 'evening', start: '19:00', end: '21:00' }),
      slot({ id: 'holiday', kind: 'note', start: '21:00', end: '22:00', note: 'Reception' }),
      slot({ id: 'side', kind: 'parallel', start: '15:00', end: '18:00', note: 'Side event' }),
    ];
    const warnings = scheduleWarnings(seedWithDays([{ ...day, slots }]));
    expect(warnings).toEqual([
      {
        kind: 'empty-slot',
        severity: 'warning',
        message: 'Wednesday, 17 October, 7-9 p.m.: no agenda item is taken up at this meeting.',
        place: { date: '2012-10-17', slotIds: ['evening'], itemIds: [] },
      },
    ]);
  });

  it('reports an entry whose item is no longer on the agenda', () => {
    const day = everythingInOrder();
    const [morning, afternoon] = day.slots;
    if (!morning || !afternoon) throw new Error('two slots');
    const stale = { ...afternoon, entries: [...afternoon.entries, entry('stale', 'gone')] };
    const warnings = scheduleWarnings(seedWithDays([{ ...day, slots: [morning, stale] }]));
    expect(warnings).toEqual([
      {
        kind: 'unknown-item',
        severity: 'warning',
        entryId: 'stale',
        message: 'Wednesday, 17 October, 3-6 p.m. lists an item that is no longer on the agenda.',
        place: { date: '2012-10-17', slotIds: ['afternoon'], itemIds: ['gone'] },
      },
    ]);
  });

  it('informs of items out of order on one day, by first appearance only', () => {
    const day: MeetingDay = {
      date: '2012-10-17',
      slots: [
        slot({
          id: 'morning',
          entries: ['item-1b', 'item-1a', 'item-2', 'item-4', 'item-3'].map((id, i) =>
            entry(`m${i}`, id),
          ),
        }),
        slot({
          id: 'afternoon',
          start: '15:00',
          end: '18:00',
          // Item 2 continued after item 4 is not out of order: it was taken up already.
          entries: ['item-2', 'item-5', 'item-6', 'item-7', 'item-8'].map((id, i) =>
            entry(`a${i}`, id),
          ),
        }),
      ],
    };
    const warnings = scheduleWarnings(seedWithDays([day]));
    expect(warnings.map((w) => [w.kind, w.severity, w.message])).toEqual([
      [
        'out-of-order',
        'information',
        'Item 1 (b) is taken up on Wednesday, 17 October, before item 1 (a).',
      ],
      [
        'out-of-order',
        'information',
        'Item 4 is taken up on Wednesday, 17 October, before item 3.',
      ],
    ]);
  });

  it('does not compare an item with its own sub-items', () => {
    const day: MeetingDay = {
      date: '2012-10-17',
      slots: [
        slot({
          id: 'morning',
          entries: [
            'item-1a',
            'item-1',
            'item-2',
            'item-3',
            'item-4',
            'item-5',
            'item-6',
            'item-7',
            'item-8',
          ].map((id, i) => entry(`m${i}`, id)),
        }),
      ],
    };
    expect(scheduleWarnings(seedWithDays([day]))).toEqual([]);
  });
});

describe('warningsAt', () => {
  const warnings = scheduleWarnings(loadSeedAgenda());

  it('finds the warnings of a day, a slot and an item', () => {
    expect(kinds(warningsAt(warnings, { date: '2012-10-17' }))).toEqual(['out-of-order']);
    expect(kinds(warningsAt(warnings, { slotId: 'slot-2' }))).toEqual(['out-of-order']);
    expect(kinds(warningsAt(warnings, { itemId: 'item-8' }))).toEqual(['out-of-order']);
    expect(warningsAt(warnings, { date: '2012-10-18' })).toEqual([]);
    expect(warningsAt(warnings, { slotId: 'slot-1' })).toEqual([]);
    expect(warningsAt(warnings, { itemId: 'item-6' })).toEqual([]);
  });
});
