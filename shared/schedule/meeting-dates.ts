import type { Agenda, MeetingDay } from '../model/agenda';
import { newId } from '../model/ids';
import { indexItems, itemReference } from '../model/numbering';
import { addDays, daysBetween, parseIsoDate } from './calendar';
import { chronologicalSlots } from './chronology';

/**
 * The days of the organization of work follow the meeting's dates: a day
 * per date, each new one with the UN's standard two meetings.
 */

export interface SlotTimes {
  readonly start: string;
  readonly end: string;
}

/** The UN's two meetings a day: 10 a.m.-1 p.m. and 3-6 p.m. */
export const STANDARD_SLOTS: readonly SlotTimes[] = [
  { start: '10:00', end: '13:00' },
  { start: '15:00', end: '18:00' },
];

/** The schema keeps at most this many days: a year, leap or not. */
export const MAX_MEETING_DAYS = 366;

/** Every date from start to end, both included; empty when end comes first. */
export function meetingDays(startDate: string, endDate: string): string[] {
  const length = daysBetween(startDate, endDate);
  if (length === null || length < 0) return [];
  const dates: string[] = [];
  for (let offset = 0; offset <= Math.min(length, MAX_MEETING_DAYS - 1); offset += 1) {
    const date = addDays(startDate, offset);
    if (date !== null) dates.push(date);
  }
  return dates;
}

/** A new day with the standard morning and afternoon meetings, empty. */
export function standardDay(date: string): MeetingDay {
  return {
    date,
    slots: STANDARD_SLOTS.map((times) => ({
      id: newId(),
      ...times,
      kind: 'meeting',
      note: null,
      entries: [],
    })),
  };
}

export interface LostScheduleEntry {
  readonly date: string;
  readonly slotId: string;
  readonly entryId: string;
  readonly itemId: string;
  /** "3", "1 (a)"; null when the item is no longer on the agenda. */
  readonly reference: string | null;
}

export interface LostSlotNote {
  readonly date: string;
  readonly slotId: string;
  readonly note: string;
}

export type MeetingDatesPlan =
  | { readonly kind: 'invalid'; readonly message: string }
  | {
      readonly kind: 'ready';
      readonly startDate: string | null;
      readonly endDate: string | null;
      /**
       * Days the existing programme moves by: non-zero when the meeting as a
       * whole moves (the usual case when starting from the previous session),
       * so that its first day's plan stays its first day's plan.
       */
      readonly shiftDays: number;
      /** New dates, which get the standard two slots. */
      readonly addedDays: readonly string[];
      /** Dates (before any shift) of the days that go. */
      readonly removedDays: readonly string[];
      readonly lostEntries: readonly LostScheduleEntry[];
      readonly lostNotes: readonly LostSlotNote[];
      /** Ask the user first: something they planned would be lost. */
      readonly needsConfirmation: boolean;
    };

/**
 * What a change of the meeting's dates would do to the days of the
 * organization of work, so the UI can ask before anything planned is lost.
 *
 * Pass both new dates at once. When only one end moves (or one range holds
 * the other) days keep their dates; when both ends move to a range that
 * neither holds nor is held by the old one, the meeting has moved and its
 * days move with it. A missing end date means a one-day meeting; a missing
 * start date leaves the days as they are.
 */
export function planMeetingDates(
  agenda: Pick<Agenda, 'items' | 'meeting' | 'organization'>,
  startDate: string | null,
  endDate: string | null,
): MeetingDatesPlan {
  const unchanged = {
    kind: 'ready',
    startDate,
    endDate,
    shiftDays: 0,
    addedDays: [],
    removedDays: [],
    lostEntries: [],
    lostNotes: [],
    needsConfirmation: false,
  } as const;
  if (startDate === null) return unchanged;
  const lastDate = endDate ?? startDate;
  if (!parseIsoDate(startDate) || !parseIsoDate(lastDate)) {
    return { kind: 'invalid', message: 'The meeting dates are not real dates.' };
  }
  const length = daysBetween(startDate, lastDate) ?? 0;
  if (length < 0) {
    return { kind: 'invalid', message: 'The meeting ends before it starts.' };
  }
  if (length >= MAX_MEETING_DAYS) {
    return { kind: 'invalid', message: `A meeting lasts at most ${MAX_MEETING_DAYS} days.` };
  }

  const shiftDays = dayShift(agenda.meeting, startDate, lastDate);
  const wanted = new Set(meetingDays(startDate, lastDate));
  const shiftedDates = new Set(
    agenda.organization.days.map((day) => addDays(day.date, shiftDays) ?? day.date),
  );
  const locations = indexItems(agenda);
  const removedDays: string[] = [];
  const lostEntries: LostScheduleEntry[] = [];
  const lostNotes: LostSlotNote[] = [];
  for (const day of agenda.organization.days) {
    if (wanted.has(addDays(day.date, shiftDays) ?? day.date)) continue;
    removedDays.push(day.date);
    for (const slot of day.slots) {
      const note = slot.note?.trim() ?? '';
      if (note !== '') lostNotes.push({ date: day.date, slotId: slot.id, note });
      for (const entry of slot.entries) {
        const location = locations.get(entry.itemId);
        lostEntries.push({
          date: day.date,
          slotId: slot.id,
          entryId: entry.id,
          itemId: entry.itemId,
          reference: location ? itemReference(location) : null,
        });
      }
    }
  }
  return {
    ...unchanged,
    shiftDays,
    addedDays: [...wanted].filter((date) => !shiftedDates.has(date)),
    removedDays,
    lostEntries,
    lostNotes,
    needsConfirmation: lostEntries.length > 0 || lostNotes.length > 0,
  };
}

function dayShift(meeting: Agenda['meeting'], startDate: string, lastDate: string): number {
  const oldStart = meeting.startDate;
  if (oldStart === null) return 0;
  const oldLast = meeting.endDate ?? oldStart;
  if (oldStart === startDate || oldLast === lastDate) return 0;
  const holds = (outerStart: string, outerEnd: string, innerStart: string, innerEnd: string) =>
    outerStart <= innerStart && innerEnd <= outerEnd;
  if (
    holds(startDate, lastDate, oldStart, oldLast) ||
    holds(oldStart, oldLast, startDate, lastDate)
  ) {
    return 0;
  }
  return daysBetween(oldStart, startDate) ?? 0;
}

/**
 * Sets the meeting's dates and makes the days follow (see planMeetingDates).
 * Invalid dates leave the agenda as it is: the UI shows the plan's message.
 */
export function changeMeetingDates<T extends Pick<Agenda, 'items' | 'meeting' | 'organization'>>(
  agenda: T,
  startDate: string | null,
  endDate: string | null,
): T {
  const plan = planMeetingDates(agenda, startDate, endDate);
  if (plan.kind === 'invalid') return agenda;
  const meeting = { ...agenda.meeting, startDate, endDate };
  if (startDate === null) return { ...agenda, meeting };

  const byDate = new Map<string, MeetingDay>();
  for (const day of agenda.organization.days) {
    const date = addDays(day.date, plan.shiftDays) ?? day.date;
    const twin = byDate.get(date);
    // A file may hold one date twice; keep both days' slots rather than lose one.
    const slots = twin ? chronologicalSlots([...twin.slots, ...day.slots]) : day.slots;
    byDate.set(date, plan.shiftDays === 0 && !twin ? day : { date, slots });
  }
  const days = meetingDays(startDate, endDate ?? startDate).map(
    (date) => byDate.get(date) ?? standardDay(date),
  );
  return { ...agenda, meeting, organization: { ...agenda.organization, days } };
}
