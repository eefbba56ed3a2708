import type { Agenda, ScheduleEntry, TimeSlot } from '../model/agenda';
import {
  indexItems,
  itemReference,
  stripFinalPunctuation,
  type ItemLocation,
} from '../model/numbering';
import { assertNever } from '../schedule/assert-never';
import { chronologicalDays } from '../schedule/chronology';
import { formatUnDayHeading, formatUnTimeRange } from '../schedule/un-format';
import type { AgendaChange, ScheduledRef, SlotRef } from './agenda-changes';
import type { AgendaMatching } from './agenda-matching';
import { keptOldIds } from './content-alignment';
import { alignSequences } from './sequence-alignment';
import { diffWords } from './word-diff';

/** The proposed organization of work: days, time slots and the items taken up in them. */
export function organizationChanges(
  oldAgenda: Agenda,
  newAgenda: Agenda,
  matching: AgendaMatching,
): AgendaChange[] {
  const changes: AgendaChange[] = [];
  const oldPlaces = slotPlaces(oldAgenda);
  const newPlaces = slotPlaces(newAgenda);
  const keptDays = new Set(matching.days.values());
  const keptSlots = keptOldIds(matching.slots);
  const entries: EntryContext = {
    matching,
    keptEntries: keptOldIds(matching.scheduleEntries),
    oldPlaces: entryPlaces(oldAgenda, oldPlaces),
    newLocations: indexItems(newAgenda),
  };

  for (const day of chronologicalDays(newAgenda)) {
    const oldDate = matching.days.get(day.date);
    if (oldDate === undefined) changes.push({ kind: 'day-added', date: day.date });
    else if (oldDate !== day.date) {
      changes.push({ kind: 'day-date-changed', from: oldDate, to: day.date });
    }
  }
  for (const day of chronologicalDays(oldAgenda)) {
    if (!keptDays.has(day.date)) changes.push({ kind: 'day-removed', date: day.date });
  }

  for (const place of newPlaces.values()) {
    const oldId = matching.slots.get(place.slot.id);
    const old = oldId === undefined ? undefined : oldPlaces.get(oldId);
    const to = place.ref;
    if (!old) changes.push({ kind: 'slot-added', slot: to });
    else {
      const from = old.ref;
      if (matching.days.get(to.date) !== from.date) changes.push({ kind: 'slot-moved', from, to });
      else if (from.start !== to.start || from.end !== to.end) {
        changes.push({ kind: 'slot-times-changed', from, to });
      }
      if (from.kind !== to.kind) changes.push({ kind: 'slot-kind-changed', from, to });
      const oldNote = old.slot.note ?? '';
      const newNote = place.slot.note ?? '';
      if (oldNote !== newNote) {
        changes.push({ kind: 'slot-note-changed', from, to, diff: diffWords(oldNote, newNote) });
      }
    }
    changes.push(...slotEntryChanges(old, place, entries));
  }
  for (const place of oldPlaces.values()) {
    if (!keptSlots.has(place.slot.id)) changes.push({ kind: 'slot-removed', slot: place.ref });
  }
  return changes;
}

interface SlotPlace {
  readonly slot: TimeSlot;
  readonly ref: SlotRef;
}

/** Every slot with its day, in the order of the annex. */
function slotPlaces(agenda: Agenda): Map<string, SlotPlace> {
  const places = new Map<string, SlotPlace>();
  for (const day of chronologicalDays(agenda)) {
    for (const slot of day.slots) places.set(slot.id, { slot, ref: slotRef(day.date, slot) });
  }
  return places;
}

function slotRef(date: string, slot: TimeSlot): SlotRef {
  return {
    id: slot.id,
    date,
    start: slot.start,
    end: slot.end,
    kind: slot.kind,
    label: `${formatUnDayHeading(date)}, ${formatUnTimeRange(slot.start, slot.end)}`,
  };
}

interface EntryPlace {
  readonly entry: ScheduleEntry;
  readonly ref: ScheduledRef;
}

function entryPlaces(
  agenda: Agenda,
  places: ReadonlyMap<string, SlotPlace>,
): Map<string, EntryPlace> {
  const locations = indexItems(agenda);
  const found = new Map<string, EntryPlace>();
  for (const place of places.values()) {
    place.slot.entries.forEach((entry, index) => {
      found.set(entry.id, { entry, ref: scheduledRef(locations, place.ref, entry, index) });
    });
  }
  return found;
}

function scheduledRef(
  locations: ReadonlyMap<string, ItemLocation>,
  slot: SlotRef,
  entry: ScheduleEntry,
  index: number,
): ScheduledRef {
  const location = locations.get(entry.itemId);
  const title = location ? (location.subItem ?? location.item).title : '';
  const wording = entry.description?.trim() ? entry.description : title;
  return {
    id: entry.id,
    slot,
    index,
    itemId: entry.itemId,
    reference: location ? itemReference(location) : null,
    wording: stripFinalPunctuation(wording),
  };
}

/**
 * The entries of one slot. Those of a new slot came with it, and those of a
 * removed slot went with it; only entries moved in or out are news there.
 */
interface EntryContext {
  readonly matching: AgendaMatching;
  /** Old entries that live on somewhere in the new version. */
  readonly keptEntries: ReadonlySet<string>;
  readonly oldPlaces: ReadonlyMap<string, EntryPlace>;
  readonly newLocations: ReadonlyMap<string, ItemLocation>;
}

function slotEntryChanges(
  old: SlotPlace | undefined,
  place: SlotPlace,
  { matching, keptEntries, oldPlaces: oldEntryPlaces, newLocations }: EntryContext,
): AgendaChange[] {
  const oldEntries = old?.slot.entries ?? [];
  const newEntries = place.slot.entries;
  const steps = alignSequences({
    oldKeys: oldEntries.map((entry) => entry.id),
    newKeys: newEntries.map((entry) => matching.scheduleEntries.get(entry.id) ?? null),
    keptElsewhere: (id) => keptEntries.has(id),
  });
  const newRef = (index: number): ScheduledRef | undefined => {
    const entry = newEntries[index];
    return entry ? scheduledRef(newLocations, place.ref, entry, index) : undefined;
  };
  const changes: AgendaChange[] = [];
  for (const step of steps) {
    switch (step.kind) {
      case 'same':
      case 'moved-to': {
        const entry = newEntries[step.newIndex];
        const to = newRef(step.newIndex);
        const source = oldEntryPlaces.get(matching.scheduleEntries.get(entry?.id ?? '') ?? '');
        if (!entry || !to || !source) break;
        const from = source.ref;
        if (step.kind === 'moved-to') changes.push({ kind: 'schedule-entry-moved', from, to });
        const itemChanged = matching.entries.get(entry.itemId) !== source.entry.itemId;
        const wordingChanged = source.entry.description !== entry.description;
        if (itemChanged || wordingChanged) {
          changes.push({
            kind: 'schedule-entry-changed',
            from,
            to,
            wording: wordingChanged ? diffWords(from.wording, to.wording) : null,
            itemChanged,
          });
        }
        break;
      }
      case 'inserted': {
        const to = newRef(step.newIndex);
        if (to && old) changes.push({ kind: 'schedule-entry-added', entry: to });
        break;
      }
      case 'deleted': {
        const from = oldEntryPlaces.get(oldEntries[step.oldIndex]?.id ?? '');
        if (from && old) changes.push({ kind: 'schedule-entry-removed', entry: from.ref });
        break;
      }
      case 'moved-from':
        break;
      default:
        assertNever(step);
    }
  }
  return changes;
}
