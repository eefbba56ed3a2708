import type { Agenda } from '../../../shared/model/agenda';
import { indexItems, itemReference, stripFinalPunctuation } from '../../../shared/model/numbering';
import { type AnnexRow, annexRows } from '../../../shared/schedule/annex-rows';
import { assertNever } from '../../../shared/schedule/assert-never';
import {
  chronologicalDays,
  meetingDays,
  type SlotKind,
  unscheduledItems,
} from '../../../shared/schedule/organization';
import { formatUnDayHeading, formatUnTimeRange } from '../../../shared/schedule/un-format';
import {
  type ScheduleWarning,
  scheduleWarnings,
  type WarningSeverity,
} from '../../../shared/schedule/warnings';

/**
 * Everything the planner shows, derived once per version of the agenda.
 *
 * Components select one small, flat piece of this (a slot's times, an
 * entry's number and wording) so that typing in one description redraws
 * that entry and the annex preview, not the whole grid.
 */

export interface PlannerDay {
  readonly date: string;
  /** "Wednesday, 17 October" */
  readonly heading: string;
  /** False for a date of the meeting that has no day in the organization yet. */
  readonly planned: boolean;
  /** False for a day outside the meeting's dates (kept until the user removes it). */
  readonly inMeeting: boolean;
  readonly entryCount: number;
}

export interface PlannerSlot {
  readonly id: string;
  readonly date: string;
  readonly start: string;
  readonly end: string;
  /** "10 a.m.-1 p.m." */
  readonly time: string;
  /** "Wednesday, 17 October, 10 a.m.-1 p.m.": the slot in accessible names and menus. */
  readonly name: string;
  readonly kind: SlotKind;
  readonly note: string;
  readonly entryCount: number;
}

export interface PlannerEntry {
  readonly id: string;
  readonly itemId: string;
  readonly slotId: string;
  /** "1 (a)"; null when the item is no longer on the agenda. */
  readonly reference: string | null;
  /** The wording exactly as the annex prints it, "(continued)" included. */
  readonly title: string;
  /** The agenda's own title, without final punctuation. */
  readonly agendaTitle: string;
  /** The entry's own description, or "" when it follows the agenda title. */
  readonly description: string;
  readonly continued: boolean;
  readonly canMoveUp: boolean;
  readonly canMoveDown: boolean;
}

export interface SourceItem {
  readonly itemId: string;
  readonly level: 'item' | 'sub-item';
  readonly reference: string;
  readonly title: string;
}

export interface PlaceNotice {
  readonly severity: WarningSeverity;
  readonly message: string;
  /** The element that shows the place the notice concerns, if it is on screen. */
  readonly elementId: string | null;
}

export interface SlotChoice {
  readonly slotId: string;
  readonly date: string;
  readonly dayHeading: string;
  readonly time: string;
  readonly name: string;
}

export interface PlannerFacts {
  /** The days to show: the meeting's dates and any other day the organization holds. */
  readonly dates: readonly string[];
  readonly days: ReadonlyMap<string, PlannerDay>;
  readonly slotIdsByDate: ReadonlyMap<string, readonly string[]>;
  readonly slots: ReadonlyMap<string, PlannerSlot>;
  readonly slotChoices: readonly SlotChoice[];
  readonly entryIdsBySlot: ReadonlyMap<string, readonly string[]>;
  readonly entries: ReadonlyMap<string, PlannerEntry>;
  readonly sourceIds: readonly string[];
  readonly sources: ReadonlyMap<string, SourceItem>;
  readonly rows: readonly AnnexRow[];
  /** Every warning, in the order scheduleWarnings() gives them. */
  readonly allNotices: readonly PlaceNotice[];
  /** The notices to show at a place, by placeKey(). */
  readonly notices: ReadonlyMap<string, readonly PlaceNotice[]>;
}

export type PlaceKey = `day:${string}` | `slot:${string}` | `entry:${string}` | `item:${string}`;

/** The id of the element that shows a place, so that a warning can take the user there. */
export function placeElementId(key: PlaceKey): string {
  return `planner-${key.replace(':', '-')}`;
}

export const NO_NOTICES: readonly PlaceNotice[] = [];

const cache = new WeakMap<Agenda, PlannerFacts>();

export function plannerFacts(agenda: Agenda): PlannerFacts {
  let facts = cache.get(agenda);
  if (!facts) {
    facts = computeFacts(agenda);
    cache.set(agenda, facts);
  }
  return facts;
}

/**
 * Notices of the previous version, reused when unchanged, so that a place
 * whose warnings did not change receives the very same objects and does not
 * redraw (the store compares selections shallowly).
 */
let previousNotices = new Map<string, PlaceNotice>();
let currentNotices = new Map<string, PlaceNotice>();

function notice(severity: WarningSeverity, message: string, elementId: string | null): PlaceNotice {
  const key = `${severity}\u0000${message}\u0000${elementId ?? ''}`;
  const known = currentNotices.get(key) ?? previousNotices.get(key);
  const value = known ?? { severity, message, elementId };
  currentNotices.set(key, value);
  return value;
}

/** "Wednesday, 17 October, 3-6 p.m.: no agenda item …" reads "No agenda item …" at the slot itself. */
function withoutPrefix(message: string, prefix: string): string {
  if (!message.startsWith(`${prefix}: `)) return message;
  const rest = message.slice(prefix.length + 2);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

function computeFacts(agenda: Agenda): PlannerFacts {
  previousNotices = currentNotices;
  currentNotices = new Map();

  const rows = annexRows(agenda);
  const wording = new Map<string, { title: string; continued: boolean }>();
  for (const row of rows) if (row.kind === 'item') wording.set(row.entryId, row);

  const locations = indexItems(agenda);
  const organizationDays = chronologicalDays(agenda);
  const { startDate, endDate } = agenda.meeting;
  const meetingDates = startDate === null ? [] : meetingDays(startDate, endDate ?? startDate);
  const inMeeting = new Set(meetingDates);
  const dates = [...new Set([...meetingDates, ...organizationDays.map((day) => day.date)])].sort();

  const days = new Map<string, PlannerDay>();
  const slotIdsByDate = new Map<string, readonly string[]>();
  const slots = new Map<string, PlannerSlot>();
  const slotChoices: SlotChoice[] = [];
  const entryIdsBySlot = new Map<string, readonly string[]>();
  const entries = new Map<string, PlannerEntry>();
  const allSlots = organizationDays.flatMap((day) => day.slots);
  const slotPlaces = new Map<string, { date: string; name: string }>();

  for (const date of dates) {
    const day = organizationDays.find((candidate) => candidate.date === date);
    const heading = formatUnDayHeading(date);
    days.set(date, {
      date,
      heading,
      planned: day !== undefined,
      inMeeting: startDate === null || inMeeting.has(date),
      entryCount: day?.slots.reduce((count, slot) => count + slot.entries.length, 0) ?? 0,
    });
    slotIdsByDate.set(date, day?.slots.map((slot) => slot.id) ?? []);
    for (const slot of day?.slots ?? []) {
      const time = formatUnTimeRange(slot.start, slot.end);
      const name = `${heading}, ${time}`;
      slotPlaces.set(slot.id, { date, name });
      slots.set(slot.id, {
        id: slot.id,
        date,
        start: slot.start,
        end: slot.end,
        time,
        name,
        kind: slot.kind,
        note: slot.note ?? '',
        entryCount: slot.entries.length,
      });
      slotChoices.push({ slotId: slot.id, date, dayHeading: heading, time, name });
      entryIdsBySlot.set(
        slot.id,
        slot.entries.map((entry) => entry.id),
      );
      const slotIndex = allSlots.indexOf(slot);
      slot.entries.forEach((entry, index) => {
        const location = locations.get(entry.itemId);
        const agendaTitle = location
          ? stripFinalPunctuation((location.subItem ?? location.item).title)
          : '';
        const annex = wording.get(entry.id);
        entries.set(entry.id, {
          id: entry.id,
          itemId: entry.itemId,
          slotId: slot.id,
          reference: location ? itemReference(location) : null,
          title: annex?.title ?? 'Item no longer on the agenda',
          agendaTitle,
          description: entry.description ?? '',
          continued: annex?.continued ?? false,
          canMoveUp: index > 0 || slotIndex > 0,
          canMoveDown: index < slot.entries.length - 1 || slotIndex < allSlots.length - 1,
        });
      });
    }
  }

  const sourceList = unscheduledItems(agenda);
  const sources = new Map(sourceList.map((source) => [source.itemId, source]));

  const { allNotices, notices } = placeNotices(scheduleWarnings(agenda), agenda, slotPlaces);
  return {
    dates,
    days,
    slotIdsByDate,
    slots,
    slotChoices,
    entryIdsBySlot,
    entries,
    sourceIds: sourceList.map((source) => source.itemId),
    sources,
    rows,
    allNotices,
    notices,
  };
}

/** The first entry of a slot that takes up an item: where its out-of-order note is shown. */
function entryOf(agenda: Agenda, slotId: string | undefined, itemId: string | undefined) {
  for (const day of agenda.organization.days) {
    const slot = day.slots.find((candidate) => candidate.id === slotId);
    const entry = slot?.entries.find((candidate) => candidate.itemId === itemId);
    if (entry) return entry.id;
  }
  return undefined;
}

/** Where each warning is shown in the planner, besides the panel that lists them all. */
function warningPlaces(warning: ScheduleWarning, agenda: Agenda): PlaceKey[] {
  const { place } = warning;
  switch (warning.kind) {
    case 'day-outside-meeting':
      return place.date === null ? [] : [`day:${place.date}`];
    case 'overlapping-slots':
    case 'slot-outside-hours':
    case 'slot-ends-before-start':
    case 'empty-slot':
      return place.slotIds.map((id): PlaceKey => `slot:${id}`);
    case 'unknown-item':
      return [`entry:${warning.entryId}`];
    case 'out-of-order': {
      const entryId = entryOf(agenda, place.slotIds[0], place.itemIds[0]);
      return entryId === undefined ? [] : [`entry:${entryId}`];
    }
    case 'unscheduled-item':
      return place.itemIds.map((id): PlaceKey => `item:${id}`);
    default:
      return assertNever(warning);
  }
}

function placeNotices(
  warnings: readonly ScheduleWarning[],
  agenda: Agenda,
  slotPlaces: ReadonlyMap<string, { date: string; name: string }>,
): Pick<PlannerFacts, 'allNotices' | 'notices'> {
  const notices = new Map<string, PlaceNotice[]>();
  const allNotices = warnings.map((warning) => {
    const places = warningPlaces(warning, agenda);
    for (const key of places) {
      const slotName = key.startsWith('slot:') ? slotPlaces.get(key.slice(5))?.name : undefined;
      const message =
        slotName === undefined ? warning.message : withoutPrefix(warning.message, slotName);
      const list = notices.get(key) ?? [];
      list.push(notice(warning.severity, message, placeElementId(key)));
      notices.set(key, list);
    }
    const first = places[0];
    return notice(warning.severity, warning.message, first ? placeElementId(first) : null);
  });
  return { allNotices, notices };
}
