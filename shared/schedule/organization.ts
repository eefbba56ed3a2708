import type { Agenda, MeetingDay, ScheduleEntry, TimeSlot } from '../model/agenda';
import { newId } from '../model/ids';
import { indexItems, itemReference, stripFinalPunctuation } from '../model/numbering';
import { minutesOfDay, timeOfDay } from './calendar';
import { chronologicalSlots } from './chronology';
import { STANDARD_SLOTS, type SlotTimes } from './meeting-dates';

/**
 * Pure edits of the organization of work. Each returns a new agenda and
 * shares everything it did not touch, as the agenda tree edits do, so that
 * undo is cheap and React re-renders only what changed.
 *
 * Times are `HH:MM` as parseUnTimeRange() returns them; dates are ISO.
 */

export { chronologicalDays, chronologicalSlots } from './chronology';
export {
  changeMeetingDates,
  MAX_MEETING_DAYS,
  meetingDays,
  planMeetingDates,
  STANDARD_SLOTS,
  standardDay,
} from './meeting-dates';
export type { LostScheduleEntry, LostSlotNote, MeetingDatesPlan, SlotTimes } from './meeting-dates';

export type Organization = Agenda['organization'];
export type SlotKind = TimeSlot['kind'];

export interface SlotFields extends SlotTimes {
  readonly kind: SlotKind;
  readonly note: string | null;
}

// --- Slots ---------------------------------------------------------------

export interface SlotPlace {
  readonly day: MeetingDay;
  readonly slot: TimeSlot;
}

export function findSlot(
  agenda: Pick<Agenda, 'organization'>,
  slotId: string,
): SlotPlace | undefined {
  for (const day of agenda.organization.days) {
    const slot = day.slots.find((candidate) => candidate.id === slotId);
    if (slot) return { day, slot };
  }
  return undefined;
}

/**
 * Times for a new slot on this day: the standard morning, then afternoon,
 * then an evening meeting an hour after the last one ends (cut at midnight).
 */
export function suggestSlotTimes(day: MeetingDay | undefined): SlotTimes {
  const taken = day?.slots ?? [];
  const free = STANDARD_SLOTS.find((standard) => !taken.some((slot) => overlaps(slot, standard)));
  if (free) return free;
  const lastEnd = Math.max(...taken.map((slot) => minutesOfDay(slot.end) ?? 0));
  const start = Math.min(lastEnd + 60, 23 * 60);
  return { start: timeOfDay(start), end: timeOfDay(Math.min(start + 3 * 60, 24 * 60)) };
}

function overlaps(a: SlotTimes, b: SlotTimes): boolean {
  const [aStart, aEnd, bStart, bEnd] = [a.start, a.end, b.start, b.end].map(
    (time) => minutesOfDay(time) ?? 0,
  ) as [number, number, number, number];
  return aStart < bEnd && bStart < aEnd;
}

function normalisedNote(note: string | null | undefined): string | null {
  return note?.trim() ? note : null;
}

function withDays<T extends Pick<Agenda, 'organization'>>(agenda: T, days: MeetingDay[]): T {
  return { ...agenda, organization: { ...agenda.organization, days } };
}

/** Applies `change` to the slot with this id, and keeps its day's slots in time order. */
function mapSlot<T extends Pick<Agenda, 'organization'>>(
  agenda: T,
  slotId: string,
  change: (slot: TimeSlot) => TimeSlot,
): T {
  if (!findSlot(agenda, slotId)) return agenda;
  return withDays(
    agenda,
    agenda.organization.days.map((day) =>
      day.slots.some((slot) => slot.id === slotId)
        ? {
            ...day,
            slots: chronologicalSlots(
              day.slots.map((slot) => (slot.id === slotId ? change(slot) : slot)),
            ),
          }
        : day,
    ),
  );
}

/**
 * Adds a slot to the day of `date` (the day is created if missing, which
 * scheduleWarnings() reports when it lies outside the meeting's dates).
 * Returns the agenda and the new slot's id.
 */
export function addSlot<T extends Pick<Agenda, 'organization'>>(
  agenda: T,
  date: string,
  fields: Partial<SlotFields> = {},
): [T, string] {
  const existing = agenda.organization.days.find((day) => day.date === date);
  const times = suggestSlotTimes(existing);
  const slot: TimeSlot = {
    id: newId(),
    start: fields.start ?? times.start,
    end: fields.end ?? times.end,
    kind: fields.kind ?? 'meeting',
    note: normalisedNote(fields.note),
    entries: [],
  };
  const days = existing
    ? agenda.organization.days.map((day) =>
        day === existing ? { ...day, slots: chronologicalSlots([...day.slots, slot]) } : day,
      )
    : [...agenda.organization.days, { date, slots: [slot] }].sort((a, b) =>
        a.date.localeCompare(b.date),
      );
  return [withDays(agenda, days), slot.id];
}

/** Changes a slot's times, kind or note; its entries stay, whatever the kind. */
export function editSlot<T extends Pick<Agenda, 'organization'>>(
  agenda: T,
  slotId: string,
  patch: Partial<SlotFields>,
): T {
  return mapSlot(agenda, slotId, (slot) => ({
    ...slot,
    ...patch,
    note: 'note' in patch ? normalisedNote(patch.note) : slot.note,
  }));
}

/** Removes a slot and its entries; the UI asks first when it has any. */
export function removeSlot<T extends Pick<Agenda, 'organization'>>(agenda: T, slotId: string): T {
  if (!findSlot(agenda, slotId)) return agenda;
  return withDays(
    agenda,
    agenda.organization.days.map((day) =>
      day.slots.some((slot) => slot.id === slotId)
        ? { ...day, slots: day.slots.filter((slot) => slot.id !== slotId) }
        : day,
    ),
  );
}

/** Moves a slot, with its times and entries, to another day (created if missing). */
export function moveSlotToDay<T extends Pick<Agenda, 'organization'>>(
  agenda: T,
  slotId: string,
  date: string,
): T {
  const place = findSlot(agenda, slotId);
  if (!place || place.day.date === date) return agenda;
  const targetDays = agenda.organization.days.some((day) => day.date === date)
    ? agenda.organization.days
    : [...agenda.organization.days, { date, slots: [] }].sort((a, b) =>
        a.date.localeCompare(b.date),
      );
  const days = targetDays.map((day) => {
    if (day.date === date) return { ...day, slots: chronologicalSlots([...day.slots, place.slot]) };
    if (day.slots.includes(place.slot)) {
      return { ...day, slots: day.slots.filter((slot) => slot !== place.slot) };
    }
    return day;
  });
  return withDays(agenda, days);
}

// --- Entries -------------------------------------------------------------

function mapEntries<T extends Pick<Agenda, 'organization'>>(
  agenda: T,
  slotId: string,
  change: (entries: readonly ScheduleEntry[]) => ScheduleEntry[],
): T {
  return mapSlot(agenda, slotId, (slot) => ({ ...slot, entries: change(slot.entries) }));
}

function clampIndex(index: number | undefined, length: number): number {
  if (index === undefined || Number.isNaN(index)) return length;
  return Math.max(0, Math.min(Math.trunc(index), length));
}

export interface EntryPlace extends SlotPlace {
  readonly entry: ScheduleEntry;
  readonly index: number;
}

export function findScheduleEntry(
  agenda: Pick<Agenda, 'organization'>,
  entryId: string,
): EntryPlace | undefined {
  for (const day of agenda.organization.days) {
    for (const slot of day.slots) {
      const index = slot.entries.findIndex((entry) => entry.id === entryId);
      const entry = slot.entries[index];
      if (entry) return { day, slot, entry, index };
    }
  }
  return undefined;
}

/**
 * Takes up an item or sub-item in a slot, at `index` (the end when omitted).
 * Returns the agenda and the new entry's id, or null (and the agenda as it
 * was) when the slot or the item does not exist.
 */
export function addScheduleEntry<T extends Pick<Agenda, 'items' | 'organization'>>(
  agenda: T,
  slotId: string,
  itemId: string,
  index?: number,
): [T, string | null] {
  if (!findSlot(agenda, slotId) || !indexItems(agenda).has(itemId)) return [agenda, null];
  const entry: ScheduleEntry = { id: newId(), itemId, description: null };
  const next = mapEntries(agenda, slotId, (entries) => {
    const copy = [...entries];
    copy.splice(clampIndex(index, copy.length), 0, entry);
    return copy;
  });
  return [next, entry.id];
}

/**
 * Moves an entry to `toIndex` in the slot `toSlotId` (the same slot or
 * another, on any day). The index counts the target's entries without the
 * moved one, as a drop position does.
 */
export function moveScheduleEntry<T extends Pick<Agenda, 'organization'>>(
  agenda: T,
  entryId: string,
  toSlotId: string,
  toIndex: number,
): T {
  const place = findScheduleEntry(agenda, entryId);
  if (!place || !findSlot(agenda, toSlotId)) return agenda;
  if (
    place.slot.id === toSlotId &&
    clampIndex(toIndex, place.slot.entries.length - 1) === place.index
  ) {
    return agenda;
  }
  const without = mapEntries(agenda, place.slot.id, (entries) =>
    entries.filter((entry) => entry.id !== entryId),
  );
  return mapEntries(without, toSlotId, (entries) => {
    const copy = [...entries];
    copy.splice(clampIndex(toIndex, copy.length), 0, place.entry);
    return copy;
  });
}

export function removeScheduleEntry<T extends Pick<Agenda, 'organization'>>(
  agenda: T,
  entryId: string,
): T {
  const place = findScheduleEntry(agenda, entryId);
  if (!place) return agenda;
  return mapEntries(agenda, place.slot.id, (entries) =>
    entries.filter((entry) => entry.id !== entryId),
  );
}

/**
 * Gives an entry its own wording in the annex. Blank text, or the agenda
 * title itself, clears it, so that the entry follows later edits of the title.
 */
export function setScheduleEntryDescription<T extends Pick<Agenda, 'items' | 'organization'>>(
  agenda: T,
  entryId: string,
  description: string | null,
): T {
  const place = findScheduleEntry(agenda, entryId);
  if (!place) return agenda;
  const location = indexItems(agenda).get(place.entry.itemId);
  const agendaTitle = location ? (location.subItem ?? location.item).title : null;
  const wording = description?.trim() ? description : null;
  const sameAsTitle =
    wording !== null &&
    agendaTitle !== null &&
    stripFinalPunctuation(wording.trim()) === stripFinalPunctuation(agendaTitle.trim());
  const stored = sameAsTitle ? null : wording;
  if (stored === place.entry.description) return agenda;
  return mapEntries(agenda, place.slot.id, (entries) =>
    entries.map((entry) => (entry.id === entryId ? { ...entry, description: stored } : entry)),
  );
}

// --- What is scheduled ---------------------------------------------------

/**
 * Ids of the items and sub-items the programme takes up. A sub-item is
 * taken up with its item; an item with sub-items is taken up when all of
 * them are.
 */
export function scheduledItemIds(agenda: Pick<Agenda, 'items' | 'organization'>): Set<string> {
  const named = new Set<string>();
  for (const day of agenda.organization.days) {
    for (const slot of day.slots) for (const entry of slot.entries) named.add(entry.itemId);
  }
  const scheduled = new Set<string>();
  for (const item of agenda.items) {
    const itemNamed = named.has(item.id);
    const subItemsNamed = item.subItems.filter((subItem) => itemNamed || named.has(subItem.id));
    subItemsNamed.forEach((subItem) => scheduled.add(subItem.id));
    const allSubItems = item.subItems.length > 0 && subItemsNamed.length === item.subItems.length;
    if (itemNamed || allSubItems) scheduled.add(item.id);
  }
  return scheduled;
}

export interface UnscheduledItem {
  readonly itemId: string;
  readonly level: 'item' | 'sub-item';
  /** "3", "1 (b)" */
  readonly reference: string;
  /** The agenda title without final punctuation. */
  readonly title: string;
}

/** The items and sub-items scheduled nowhere, in agenda order: the planner's source list. */
export function unscheduledItems(
  agenda: Pick<Agenda, 'items' | 'organization'>,
): UnscheduledItem[] {
  const scheduled = scheduledItemIds(agenda);
  const list: UnscheduledItem[] = [];
  for (const [itemId, location] of indexItems(agenda)) {
    if (scheduled.has(itemId)) continue;
    list.push({
      itemId,
      level: location.subItem ? 'sub-item' : 'item',
      reference: itemReference(location),
      title: stripFinalPunctuation((location.subItem ?? location.item).title),
    });
  }
  return list;
}
