import type { Agenda, TimeSlot } from '../model/agenda';
import { indexItems, itemReference, type ItemLocation } from '../model/numbering';
import { assertNever } from './assert-never';
import { minutesOfDay } from './calendar';
import { chronologicalDays } from './chronology';
import { scheduledItemIds } from './organization';
import { formatUnDateRange, formatUnDayHeading, formatUnTimeRange } from './un-format';

/**
 * What the planner points out about the organization of work. Nothing here
 * blocks: a draft is allowed to be unfinished, and the seed itself takes an
 * item out of order.
 */

export type WarningSeverity = 'warning' | 'information';

/** Where a warning is shown: on a day, on slots, on items of the agenda. */
export interface WarningPlace {
  readonly date: string | null;
  readonly slotIds: readonly string[];
  readonly itemIds: readonly string[];
}

interface WarningFields {
  readonly severity: WarningSeverity;
  readonly message: string;
  readonly place: WarningPlace;
}

export type ScheduleWarning = WarningFields &
  (
    | { readonly kind: 'unscheduled-item' }
    | { readonly kind: 'overlapping-slots' }
    | { readonly kind: 'slot-outside-hours' }
    | { readonly kind: 'slot-ends-before-start' }
    | { readonly kind: 'day-outside-meeting' }
    | { readonly kind: 'empty-slot' }
    | { readonly kind: 'unknown-item'; readonly entryId: string }
    /** Information only: the item comes before `beforeItemIds`, which have lower numbers. */
    | { readonly kind: 'out-of-order'; readonly beforeItemIds: readonly string[] }
  );

export type ScheduleWarningKind = ScheduleWarning['kind'];

/** UN meetings start at 8 a.m. at the earliest and end by midnight. */
const EARLIEST_START = 8 * 60;

/** Every warning about the organization of work, day by day, then item by item. */
export function scheduleWarnings(
  agenda: Pick<Agenda, 'items' | 'meeting' | 'organization'>,
): ScheduleWarning[] {
  return [
    ...dayAndSlotWarnings(agenda),
    ...unscheduledWarnings(agenda),
    ...orderInformation(agenda),
  ];
}

/** The warnings to show at one place of the planner (a day, a slot or an item). */
export function warningsAt(
  warnings: readonly ScheduleWarning[],
  place: { readonly date?: string; readonly slotId?: string; readonly itemId?: string },
): ScheduleWarning[] {
  return warnings.filter(
    (warning) =>
      (place.date === undefined || warning.place.date === place.date) &&
      (place.slotId === undefined || warning.place.slotIds.includes(place.slotId)) &&
      (place.itemId === undefined || warning.place.itemIds.includes(place.itemId)),
  );
}

export function warningSeverity(kind: ScheduleWarningKind): WarningSeverity {
  switch (kind) {
    case 'out-of-order':
      return 'information';
    case 'unscheduled-item':
    case 'overlapping-slots':
    case 'slot-outside-hours':
    case 'slot-ends-before-start':
    case 'day-outside-meeting':
    case 'empty-slot':
    case 'unknown-item':
      return 'warning';
    default:
      return assertNever(kind);
  }
}

function slotName(date: string, slot: TimeSlot): string {
  return `${formatUnDayHeading(date)}, ${formatUnTimeRange(slot.start, slot.end)}`;
}

/** "item 6", "items 6 and 7", "items 5, 6 and 7" */
function itemsPhrase(references: readonly string[]): string {
  if (references.length <= 1) return `item ${references[0] ?? ''}`;
  const last = references[references.length - 1] ?? '';
  return `items ${references.slice(0, -1).join(', ')} and ${last}`;
}

function dayAndSlotWarnings(
  agenda: Pick<Agenda, 'items' | 'meeting' | 'organization'>,
): ScheduleWarning[] {
  const warnings: ScheduleWarning[] = [];
  const locations = indexItems(agenda);
  const { startDate } = agenda.meeting;
  const endDate = agenda.meeting.endDate ?? startDate;

  for (const day of chronologicalDays(agenda)) {
    const date = day.date;
    const onDay = (slotIds: readonly string[], itemIds: readonly string[] = []): WarningPlace => ({
      date,
      slotIds,
      itemIds,
    });

    if (startDate !== null && endDate !== null && (date < startDate || date > endDate)) {
      warnings.push({
        kind: 'day-outside-meeting',
        severity: warningSeverity('day-outside-meeting'),
        message: `${formatUnDayHeading(date)} is outside the meeting's dates (${formatUnDateRange(startDate, endDate)}).`,
        place: onDay(day.slots.map((slot) => slot.id)),
      });
    }

    for (const slot of day.slots) {
      const start = minutesOfDay(slot.start) ?? 0;
      const end = minutesOfDay(slot.end) ?? 0;
      if (end <= start) {
        warnings.push({
          kind: 'slot-ends-before-start',
          severity: warningSeverity('slot-ends-before-start'),
          message: `${slotName(date, slot)}: the slot ends before it starts.`,
          place: onDay([slot.id]),
        });
      }
      if (start < EARLIEST_START) {
        warnings.push({
          kind: 'slot-outside-hours',
          severity: warningSeverity('slot-outside-hours'),
          message: `${slotName(date, slot)}: the slot starts before 8 a.m.; meetings are held between 8 a.m. and 12 midnight.`,
          place: onDay([slot.id]),
        });
      }
      if (slot.kind === 'meeting' && slot.entries.length === 0) {
        warnings.push({
          kind: 'empty-slot',
          severity: warningSeverity('empty-slot'),
          message: `${slotName(date, slot)}: no agenda item is taken up at this meeting.`,
          place: onDay([slot.id]),
        });
      }
      for (const entry of slot.entries) {
        if (locations.has(entry.itemId)) continue;
        warnings.push({
          kind: 'unknown-item',
          severity: warningSeverity('unknown-item'),
          entryId: entry.id,
          message: `${slotName(date, slot)} lists an item that is no longer on the agenda.`,
          place: onDay([slot.id], [entry.itemId]),
        });
      }
    }

    // A parallel meeting exists to overlap the plenary; any other pair is a clash.
    const timed = day.slots.filter(
      (slot) =>
        slot.kind !== 'parallel' && (minutesOfDay(slot.end) ?? 0) > (minutesOfDay(slot.start) ?? 0),
    );
    timed.forEach((first, index) => {
      for (const second of timed.slice(index + 1)) {
        if (!slotsOverlap(first, second)) continue;
        warnings.push({
          kind: 'overlapping-slots',
          severity: warningSeverity('overlapping-slots'),
          message: `${formatUnDayHeading(date)}: ${formatUnTimeRange(first.start, first.end)} and ${formatUnTimeRange(second.start, second.end)} overlap.`,
          place: onDay([first.id, second.id]),
        });
      }
    });
  }
  return warnings;
}

function slotsOverlap(a: TimeSlot, b: TimeSlot): boolean {
  const minutes = (time: string) => minutesOfDay(time) ?? 0;
  return minutes(a.start) < minutes(b.end) && minutes(b.start) < minutes(a.end);
}

/**
 * One warning per thing to schedule: an item none of whose parts is taken up
 * is reported once, as the item; otherwise each sub-item left out is.
 */
function unscheduledWarnings(agenda: Pick<Agenda, 'items' | 'organization'>): ScheduleWarning[] {
  const scheduled = scheduledItemIds(agenda);
  const warnings: ScheduleWarning[] = [];
  const warn = (id: string, reference: string) =>
    warnings.push({
      kind: 'unscheduled-item',
      severity: warningSeverity('unscheduled-item'),
      message: `Item ${reference} is not taken up in the organization of work.`,
      place: { date: null, slotIds: [], itemIds: [id] },
    });

  agenda.items.forEach((item, itemIndex) => {
    if (scheduled.has(item.id)) return;
    const partly = item.subItems.some((subItem) => scheduled.has(subItem.id));
    if (!partly) {
      warn(item.id, itemReference({ item, itemIndex }));
      return;
    }
    item.subItems.forEach((subItem, subItemIndex) => {
      if (scheduled.has(subItem.id)) return;
      warn(subItem.id, itemReference({ item, itemIndex, subItem, subItemIndex }));
    });
  });
  return warnings;
}

interface FirstAppearance {
  readonly location: ItemLocation;
  readonly date: string;
  readonly slotId: string;
}

/** Agenda order: item 1, 1 (a), 1 (b), 2 … */
function agendaOrder(location: ItemLocation): number {
  return location.itemIndex * 1_000 + (location.subItemIndex ?? -1) + 1;
}

function isParentAndChild(a: ItemLocation, b: ItemLocation): boolean {
  return (
    a.itemIndex === b.itemIndex && (a.subItemIndex === undefined || b.subItemIndex === undefined)
  );
}

/**
 * Items taken up before items with lower numbers (the seed takes item 8 on
 * the first day, before items 6 and 7). Only an item's first appearance
 * counts, and an item is never compared with its own sub-items.
 */
function orderInformation(agenda: Pick<Agenda, 'items' | 'organization'>): ScheduleWarning[] {
  const locations = indexItems(agenda);
  const firsts: FirstAppearance[] = [];
  const seen = new Set<string>();
  for (const day of chronologicalDays(agenda)) {
    for (const slot of day.slots) {
      for (const entry of slot.entries) {
        const location = locations.get(entry.itemId);
        if (!location || seen.has(entry.itemId)) continue;
        seen.add(entry.itemId);
        firsts.push({ location, date: day.date, slotId: slot.id });
      }
    }
  }

  const information: ScheduleWarning[] = [];
  firsts.forEach((first, index) => {
    const later = firsts
      .slice(index + 1)
      .filter(
        (other) =>
          !isParentAndChild(first.location, other.location) &&
          agendaOrder(other.location) < agendaOrder(first.location),
      )
      .sort((a, b) => agendaOrder(a.location) - agendaOrder(b.location));
    if (later.length === 0) return;
    const itemId = first.location.subItem?.id ?? first.location.item.id;
    const reference = itemReference(first.location);
    const laterReferences = later.map((other) => itemReference(other.location));
    information.push({
      kind: 'out-of-order',
      severity: warningSeverity('out-of-order'),
      beforeItemIds: later.map((other) => other.location.subItem?.id ?? other.location.item.id),
      message: `Item ${reference} is taken up on ${formatUnDayHeading(first.date)}, before ${itemsPhrase(laterReferences)}.`,
      place: { date: first.date, slotIds: [first.slotId], itemIds: [itemId] },
    });
  });
  return information;
}
