import type { Agenda } from '../../../shared/model/agenda';
import {
  addScheduleEntry,
  addSlot,
  chronologicalDays,
  editSlot,
  findScheduleEntry,
  moveScheduleEntry,
  removeScheduleEntry,
  removeSlot,
  setScheduleEntryDescription,
  type SlotFields,
  STANDARD_SLOTS,
} from '../../../shared/schedule/organization';
import { agendaActions } from '../agenda/agenda-store';

/** Commands of the planner, shared by buttons, keys, menus and drag and drop. */

/**
 * Focuses the first of these elements that exists once React has drawn the
 * edit: a moved entry is drawn anew in its new slot, and a scheduled item
 * leaves the list, so focus must be put back by hand.
 */
export function focusLater(...elementIds: readonly string[]): void {
  requestAnimationFrame(() => {
    for (const id of elementIds) {
      const element = document.getElementById(id);
      if (element && !(element instanceof HTMLButtonElement && element.disabled)) {
        element.focus();
        return;
      }
    }
  });
}

export function addSlotTo(date: string, fields: Partial<SlotFields>): void {
  agendaActions.edit((agenda) => addSlot(agenda, date, fields)[0]);
}

/** A day of the meeting without a plan gets the UN's two meetings, 10 a.m.-1 p.m. and 3-6 p.m. */
export function addStandardMeetings(date: string): void {
  agendaActions.edit((agenda) =>
    STANDARD_SLOTS.reduce((next, times) => addSlot(next, date, times)[0], agenda),
  );
}

export function changeSlot(slotId: string, patch: Partial<SlotFields>, group?: string): void {
  agendaActions.edit((agenda) => editSlot(agenda, slotId, patch), group);
}

export function deleteSlot(slotId: string): void {
  agendaActions.edit((agenda) => removeSlot(agenda, slotId));
}

/** A day outside the meeting's dates goes with its slots; the days of the meeting follow its dates. */
export function deleteDay(date: string): void {
  agendaActions.edit((agenda): Agenda => ({
    ...agenda,
    organization: {
      ...agenda.organization,
      days: agenda.organization.days.filter((day) => day.date !== date),
    },
  }));
}

/** Takes up an item in a slot; returns the new entry's id. */
export function scheduleItem(itemId: string, slotId: string, index?: number): string | null {
  let entryId: string | null = null;
  agendaActions.edit((agenda) => {
    const [next, id] = addScheduleEntry(agenda, slotId, itemId, index);
    entryId = id;
    return next;
  });
  return entryId;
}

/**
 * Moves an entry to a drop position: `index` counts the slot's entries as
 * drawn, the moved one included, which moveScheduleEntry() does not.
 */
export function dropEntry(entryId: string, slotId: string, index: number): void {
  agendaActions.edit((agenda) => {
    const place = findScheduleEntry(agenda, entryId);
    const sameSlotBelow = place?.slot.id === slotId && place.index < index;
    return moveScheduleEntry(agenda, entryId, slotId, sameSlotBelow ? index - 1 : index);
  });
}

/**
 * Takes up an entry's item again in another slot, with the entry's own
 * wording: the annex adds "(continued)" to it.
 */
export function continueEntry(entryId: string, slotId: string): string | null {
  let entryIdAdded: string | null = null;
  agendaActions.edit((agenda) => {
    const place = findScheduleEntry(agenda, entryId);
    if (!place) return agenda;
    const [next, id] = addScheduleEntry(agenda, slotId, place.entry.itemId);
    entryIdAdded = id;
    return id === null ? next : setScheduleEntryDescription(next, id, place.entry.description);
  });
  return entryIdAdded;
}

export function moveEntryToSlot(entryId: string, slotId: string): void {
  agendaActions.edit((agenda) =>
    moveScheduleEntry(agenda, entryId, slotId, Number.MAX_SAFE_INTEGER),
  );
}

/**
 * One step up or down the programme: within the slot, then to the end of
 * the slot before or the start of the slot after, across days.
 */
export function stepEntry(agenda: Agenda, entryId: string, delta: -1 | 1): Agenda {
  const place = findScheduleEntry(agenda, entryId);
  if (!place) return agenda;
  const target = place.index + delta;
  if (target >= 0 && target < place.slot.entries.length) {
    return moveScheduleEntry(agenda, entryId, place.slot.id, target);
  }
  const slots = chronologicalDays(agenda).flatMap((day) => day.slots);
  const neighbour = slots[slots.findIndex((slot) => slot.id === place.slot.id) + delta];
  if (!neighbour) return agenda;
  return moveScheduleEntry(agenda, entryId, neighbour.id, delta < 0 ? neighbour.entries.length : 0);
}

export function moveEntryBy(entryId: string, delta: -1 | 1): void {
  agendaActions.edit((agenda) => stepEntry(agenda, entryId, delta));
}

export function unscheduleEntry(entryId: string): void {
  agendaActions.edit((agenda) => removeScheduleEntry(agenda, entryId));
}

/** Typing in a description is one undo step per entry, as typing a title is. */
export function describeEntry(entryId: string, description: string | null): void {
  agendaActions.edit(
    (agenda) => setScheduleEntryDescription(agenda, entryId, description),
    `schedule-description:${entryId}`,
  );
}
