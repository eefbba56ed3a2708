import { describe, expect, it } from 'vitest';
import { shallow } from 'zustand/shallow';
import type { Agenda, TimeSlot } from '../../../../../shared/model/agenda';
import { editSlot, setScheduleEntryDescription } from '../../../../../shared/schedule/organization';
import { stepEntry } from '../../../../../renderer/features/schedule/planner-commands';
import { plannerFacts } from '../../../../../renderer/features/schedule/planner-facts';
import { loadSeedAgenda } from '../../../shared/schedule/support/seed';

const seed = loadSeedAgenda();

function withSlots(date: string, slots: TimeSlot[]): Agenda {
  return {
    ...seed,
    organization: {
      days: seed.organization.days.map((day) => (day.date === date ? { ...day, slots } : day)),
    },
  };
}

function slotsOf(agenda: Agenda): string[][] {
  return agenda.organization.days.flatMap((day) =>
    day.slots.map((slot) => slot.entries.map((entry) => entry.itemId)),
  );
}

describe('plannerFacts', () => {
  it('gives each entry its number and wording as the annex prints them', () => {
    const facts = plannerFacts(seed);
    expect(facts.entries.get('e1')).toMatchObject({ reference: '1 (a)', continued: false });
    expect(facts.entries.get('e8')?.title).toBe(
      'Consideration of the recommendations and outcomes of the meetings of the expert group on protection against trafficking in cultural property',
    );
    expect(facts.entries.get('e8')?.agendaTitle).toBe(
      'Recommendations and outcomes of the meetings of the expert group on protection against trafficking in cultural property',
    );
    expect(facts.entries.get('e3')?.description).toBe('');
  });

  it('marks an item from its second appearance on as continued', () => {
    const thursday = seed.organization.days[1]?.slots[0];
    if (!thursday) throw new Error('the seed has a Thursday morning');
    const continued = withSlots('2012-10-18', [
      {
        ...thursday,
        entries: [...thursday.entries, { id: 'again', itemId: 'item-8', description: null }],
      },
    ]);
    const facts = plannerFacts(continued);
    expect(facts.entries.get('again')).toMatchObject({
      title: 'Other matters (continued)',
      continued: true,
    });
  });

  it('shows the meeting’s dates and any other planned day, flagging what is not planned or outside', () => {
    const agenda: Agenda = {
      ...seed,
      meeting: { ...seed.meeting, endDate: '2012-10-19' },
      organization: {
        days: [...seed.organization.days, { date: '2012-10-22', slots: [] }],
      },
    };
    const facts = plannerFacts(agenda);
    expect(facts.dates).toEqual(['2012-10-17', '2012-10-18', '2012-10-19', '2012-10-22']);
    expect(facts.days.get('2012-10-19')).toMatchObject({ planned: false, inMeeting: true });
    expect(facts.days.get('2012-10-22')).toMatchObject({ planned: true, inMeeting: false });
    expect(facts.notices.get('day:2012-10-22')?.[0]?.message).toBe(
      "Monday, 22 October is outside the meeting's dates (17-19 October 2012).",
    );
  });

  it('shows each warning at its place, the slot’s own name left out there', () => {
    const day = seed.organization.days[0];
    if (!day) throw new Error('the seed has a first day');
    const evening: TimeSlot = {
      id: 'evening',
      start: '17:00',
      end: '19:00',
      kind: 'meeting',
      note: null,
      entries: [],
    };
    const facts = plannerFacts(withSlots(day.date, [...day.slots, evening]));
    expect(facts.notices.get('slot:slot-2')?.map((notice) => notice.message)).toEqual([
      'Wednesday, 17 October: 3-6 p.m. and 5-7 p.m. overlap.',
    ]);
    expect(facts.notices.get('slot:evening')?.map((notice) => notice.message)).toEqual([
      'No agenda item is taken up at this meeting.',
      'Wednesday, 17 October: 3-6 p.m. and 5-7 p.m. overlap.',
    ]);
    expect(facts.notices.get('entry:e7')).toEqual([
      {
        severity: 'information',
        message: 'Item 8 is taken up on Wednesday, 17 October, before items 6 and 7.',
        elementId: 'planner-entry-e7',
      },
    ]);
    // The panel lists every warning once, with the full message.
    expect(facts.allNotices.map((notice) => notice.message)).toContain(
      'Wednesday, 17 October, 5-7 p.m.: no agenda item is taken up at this meeting.',
    );
  });

  it('puts an unscheduled item’s warning on it in the list of items to schedule', () => {
    const day = seed.organization.days[1];
    if (!day) throw new Error('the seed has a second day');
    const facts = plannerFacts(withSlots(day.date, []));
    expect(facts.sourceIds).toEqual(['item-6', 'item-7']);
    expect(facts.notices.get('item:item-6')?.[0]?.message).toBe(
      'Item 6 is not taken up in the organization of work.',
    );
  });

  it('changes only the typed entry’s selection at a keystroke in its description', () => {
    // As in the editor: one version of the agenda after another.
    const current: Agenda = { ...seed };
    const before = plannerFacts(current);
    const typed = setScheduleEntryDescription(current, 'e3', 'Follow-up');
    const after = plannerFacts(typed);
    expect(plannerFacts(typed)).toBe(after);
    // The store compares selections with `shallow`: equal means no redraw.
    for (const [id, entry] of after.entries) {
      expect(shallow(entry, before.entries.get(id)), id).toBe(id !== 'e3');
    }
    for (const [id, slot] of after.slots) expect(shallow(slot, before.slots.get(id))).toBe(true);
    for (const [date, day] of after.days) expect(shallow(day, before.days.get(date))).toBe(true);
    for (const [id, ids] of after.entryIdsBySlot) {
      expect(shallow(ids, before.entryIdsBySlot.get(id))).toBe(true);
    }
    for (const [place, notices] of after.notices) {
      expect(shallow(notices, before.notices.get(place)), place).toBe(true);
    }
    expect(shallow(after.allNotices, before.allNotices)).toBe(true);
    expect(shallow(after.sourceIds, before.sourceIds)).toBe(true);
  });

  it('tells which entries can move up or down the programme', () => {
    const facts = plannerFacts(seed);
    expect(facts.entries.get('e1')).toMatchObject({ canMoveUp: false, canMoveDown: true });
    expect(facts.entries.get('e7')).toMatchObject({ canMoveUp: true, canMoveDown: true });
    expect(facts.entries.get('e9')).toMatchObject({ canMoveUp: true, canMoveDown: false });
  });
});

describe('stepEntry', () => {
  it('moves within the slot, then to the end of the slot before or the start of the slot after', () => {
    expect(slotsOf(stepEntry(seed, 'e2', -1))[0]).toEqual(['item-1b', 'item-1a', 'item-2']);
    const down = stepEntry(seed, 'e3', 1);
    expect(slotsOf(down).slice(0, 2)).toEqual([
      ['item-1a', 'item-1b'],
      ['item-2', 'item-3', 'item-4', 'item-5', 'item-8'],
    ]);
    const acrossDays = stepEntry(seed, 'e8', -1);
    expect(slotsOf(acrossDays).slice(1)).toEqual([
      ['item-3', 'item-4', 'item-5', 'item-8', 'item-6'],
      ['item-7'],
    ]);
  });

  it('follows the slots’ times, not the order they were added in', () => {
    // The afternoon moved to the morning: it now comes first.
    const swapped = editSlot(editSlot(seed, 'slot-2', { start: '08:00', end: '09:00' }), 'slot-1', {
      start: '10:00',
      end: '13:00',
    });
    expect(slotsOf(stepEntry(swapped, 'e7', 1))[1]).toEqual([
      'item-8',
      'item-1a',
      'item-1b',
      'item-2',
    ]);
  });

  it('leaves the first and last entries of the programme where they are', () => {
    expect(stepEntry(seed, 'e1', -1)).toBe(seed);
    expect(stepEntry(seed, 'e9', 1)).toBe(seed);
  });
});
