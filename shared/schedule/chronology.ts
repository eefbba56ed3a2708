import type { Agenda, MeetingDay, TimeSlot } from '../model/agenda';
import { minutesOfDay } from './calendar';

/** Days by date and slots by time, whatever order they were added in. */
export function chronologicalDays(agenda: Pick<Agenda, 'organization'>): MeetingDay[] {
  return [...agenda.organization.days]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((day) => ({ ...day, slots: chronologicalSlots(day.slots) }));
}

export function chronologicalSlots(slots: readonly TimeSlot[]): TimeSlot[] {
  // Array.prototype.sort is stable: slots at the same time keep the user's order.
  return [...slots].sort(
    (a, b) =>
      (minutesOfDay(a.start) ?? 0) - (minutesOfDay(b.start) ?? 0) ||
      (minutesOfDay(a.end) ?? 0) - (minutesOfDay(b.end) ?? 0),
  );
}
