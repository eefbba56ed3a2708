import type { Agenda, AgendaItem, MeetingDay, SubItem, TimeSlot } from '../model/agenda';
import { subItemLetter } from '../model/numbering';
import { chronologicalDays } from '../schedule/chronology';

/**
 * Which part of the old agenda each part of the new one is.
 *
 * Versions of one agenda share ids: an item keeps its id through every edit,
 * move and promotion, so ids decide. The previous session's agenda was copied
 * with new ids, so there titles and wording decide instead.
 */

export type EntryLevel = 'item' | 'sub-item';

/** An item or sub-item where it stands in one version. */
export interface FlatEntry {
  readonly entry: AgendaItem | SubItem;
  readonly level: EntryLevel;
  readonly parentId: string | null;
  /** "3", "1 (a)" */
  readonly reference: string;
  /** "3." or "(a)", as the agenda list prints it. */
  readonly label: string;
}

/** Items and sub-items in reading order: 1, 1 (a), 1 (b), 2, … */
export function flattenEntries(agenda: Pick<Agenda, 'items'>): FlatEntry[] {
  return agenda.items.flatMap((item, itemIndex) => [
    {
      entry: item,
      level: 'item' as const,
      parentId: null,
      reference: String(itemIndex + 1),
      label: `${itemIndex + 1}.`,
    },
    ...item.subItems.map((subItem, subItemIndex) => ({
      entry: subItem,
      level: 'sub-item' as const,
      parentId: item.id,
      reference: `${itemIndex + 1} (${subItemLetter(subItemIndex)})`,
      label: `(${subItemLetter(subItemIndex)})`,
    })),
  ]);
}

export type MatchMode = 'ids' | 'similarity';

export interface AgendaMatching {
  readonly mode: MatchMode;
  /** Each map goes from an id in the new version to the id of the same thing in the old. */
  readonly entries: ReadonlyMap<string, string>;
  readonly paragraphs: ReadonlyMap<string, string>;
  readonly documents: ReadonlyMap<string, string>;
  readonly slots: ReadonlyMap<string, string>;
  readonly scheduleEntries: ReadonlyMap<string, string>;
  /** The date of a meeting day in the new version → its date in the old. */
  readonly days: ReadonlyMap<string, string>;
}

/** Below this share of common words two titles or paragraphs are different things. */
const TEXT_THRESHOLD = 0.5;
const DOCUMENT_TITLE_THRESHOLD = 0.6;
/** Beyond this many candidate pairs only identical wording is paired, to stay fast. */
const MAX_PAIRS = 250_000;

/** "ids" when the versions share ids (one lineage), else "similarity". */
export function chooseMatchMode(oldAgenda: Agenda, newAgenda: Agenda): MatchMode {
  if (oldAgenda.id === newAgenda.id) return 'ids';
  const oldIds = new Set<string>();
  for (const { entry } of flattenEntries(oldAgenda)) {
    oldIds.add(entry.id);
    entry.annotations.forEach((paragraph) => oldIds.add(paragraph.id));
  }
  const shared = flattenEntries(newAgenda).some(
    ({ entry }) =>
      oldIds.has(entry.id) || entry.annotations.some((paragraph) => oldIds.has(paragraph.id)),
  );
  return shared ? 'ids' : 'similarity';
}

export function matchAgendas(
  oldAgenda: Agenda,
  newAgenda: Agenda,
  mode: MatchMode = chooseMatchMode(oldAgenda, newAgenda),
): AgendaMatching {
  const oldEntries = flattenEntries(oldAgenda);
  const newEntries = flattenEntries(newAgenda);
  const entries = matchIds(
    oldEntries.map(({ entry }) => entry.id),
    newEntries.map(({ entry }) => entry.id),
  );
  const oldParagraphs = oldEntries.flatMap(({ entry }) => entry.annotations);
  const newParagraphs = newEntries.flatMap(({ entry }) => entry.annotations);
  const paragraphs = matchIds(
    oldParagraphs.map((paragraph) => paragraph.id),
    newParagraphs.map((paragraph) => paragraph.id),
  );
  const documents = matchIds(
    oldAgenda.documents.map((document) => document.id),
    newAgenda.documents.map((document) => document.id),
  );
  const oldSlots = slotsOf(oldAgenda);
  const newSlots = slotsOf(newAgenda);
  const slots = matchIds(
    oldSlots.map((slot) => slot.id),
    newSlots.map((slot) => slot.id),
  );
  const scheduleEntries = matchIds(
    oldSlots.flatMap((slot) => slot.entries.map((entry) => entry.id)),
    newSlots.flatMap((slot) => slot.entries.map((entry) => entry.id)),
  );

  if (mode === 'similarity') {
    const text = (flat: FlatEntry) => flat.entry.title;
    pairBySimilarity(oldEntries, newEntries, text, (flat) => flat.entry.id, entries);
    const oldById = new Map(oldEntries.map((flat) => [flat.entry.id, flat.entry]));
    for (const { entry } of newEntries) {
      const oldEntry = oldById.get(entries.get(entry.id) ?? '');
      if (!oldEntry) continue;
      pairBySimilarity(
        oldEntry.annotations,
        entry.annotations,
        (paragraph) => paragraph.runs.map((run) => run.text).join(''),
        (paragraph) => paragraph.id,
        paragraphs,
      );
    }
    pairDocuments(oldAgenda, newAgenda, documents);
  }

  const days = matchDays(oldAgenda, newAgenda, slots, mode);
  if (mode === 'similarity')
    pairSlotsWithinDays(oldAgenda, newAgenda, days, slots, entries, scheduleEntries);
  return { mode, entries, paragraphs, documents, slots, scheduleEntries, days };
}

/** new id → old id, for every id present on both sides. */
function matchIds(oldIds: readonly string[], newIds: readonly string[]): Map<string, string> {
  const old = new Set(oldIds);
  return new Map(newIds.filter((id) => old.has(id)).map((id) => [id, id]));
}

function slotsOf(agenda: Agenda): TimeSlot[] {
  return agenda.organization.days.flatMap((day) => day.slots);
}

/** Lower-case words and how often each occurs. */
function wordBag(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const [word] of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    bag.set(word, (bag.get(word) ?? 0) + 1);
  }
  return bag;
}

/** Dice's coefficient over words: 1 for the same words, 0 for none in common. */
export function wordSimilarity(first: string, second: string): number {
  const a = wordBag(first);
  const b = wordBag(second);
  let total = 0;
  let common = 0;
  for (const count of a.values()) total += count;
  for (const [word, count] of b) {
    total += count;
    common += Math.min(count, a.get(word) ?? 0);
  }
  return total === 0 ? 1 : (2 * common) / total;
}

/**
 * Pairs the still unpaired elements, most similar first; between equally
 * similar candidates the one nearer in place wins.
 */
function pairBySimilarity<T>(
  olds: readonly T[],
  news: readonly T[],
  textOf: (element: T) => string,
  idOf: (element: T) => string,
  into: Map<string, string>,
  threshold = TEXT_THRESHOLD,
): void {
  const pairedOld = new Set(into.values());
  const freeOld = olds
    .map((element, index) => ({ element, index }))
    .filter(({ element }) => !pairedOld.has(idOf(element)));
  const freeNew = news
    .map((element, index) => ({ element, index }))
    .filter(({ element }) => !into.has(idOf(element)));
  if (freeOld.length === 0 || freeNew.length === 0) return;
  const exactOnly = freeOld.length * freeNew.length > MAX_PAIRS;
  const candidates: { oldId: string; newId: string; score: number; distance: number }[] = [];
  const oldTexts = freeOld.map(({ element }) => textOf(element).trim().toLowerCase());
  for (const { element, index } of freeNew) {
    const newText = textOf(element).trim().toLowerCase();
    freeOld.forEach((old, position) => {
      const oldText = oldTexts[position] ?? '';
      const score = exactOnly
        ? Number(oldText === newText)
        : oldText === newText
          ? 1
          : wordSimilarity(oldText, newText);
      if (score >= threshold && (oldText !== '' || newText === '')) {
        candidates.push({
          oldId: idOf(old.element),
          newId: idOf(element),
          score,
          distance: Math.abs(old.index / olds.length - index / news.length),
        });
      }
    });
  }
  candidates.sort((a, b) => b.score - a.score || a.distance - b.distance);
  const usedOld = new Set<string>();
  for (const candidate of candidates) {
    if (into.has(candidate.newId) || usedOld.has(candidate.oldId)) continue;
    into.set(candidate.newId, candidate.oldId);
    usedOld.add(candidate.oldId);
  }
}

/** A document of the previous session is the same one if it has a symbol in common, or nearly its title. */
function pairDocuments(oldAgenda: Agenda, newAgenda: Agenda, into: Map<string, string>): void {
  const paired = new Set(into.values());
  const bySymbol = new Map<string, string>();
  for (const document of oldAgenda.documents) {
    if (paired.has(document.id)) continue;
    for (const symbol of document.symbols) bySymbol.set(symbol.trim().toUpperCase(), document.id);
  }
  for (const document of newAgenda.documents) {
    if (into.has(document.id)) continue;
    const match = document.symbols
      .map((symbol) => bySymbol.get(symbol.trim().toUpperCase()))
      .find((id) => id !== undefined && !paired.has(id));
    if (match !== undefined) {
      into.set(document.id, match);
      paired.add(match);
    }
  }
  pairBySimilarity(
    oldAgenda.documents,
    newAgenda.documents,
    (document) => document.title,
    (document) => document.id,
    into,
    DOCUMENT_TITLE_THRESHOLD,
  );
}

/**
 * A meeting day is the one that holds the same slots; failing that, the one
 * of the same date; for the previous session, the day of the same rank.
 */
function matchDays(
  oldAgenda: Agenda,
  newAgenda: Agenda,
  slots: ReadonlyMap<string, string>,
  mode: MatchMode,
): Map<string, string> {
  const oldDays = chronologicalDays(oldAgenda);
  const newDays = chronologicalDays(newAgenda);
  const candidates: { oldDate: string; newDate: string; score: number; distance: number }[] = [];
  newDays.forEach((newDay, newRank) => {
    const oldSlotIds = new Set(
      newDay.slots.flatMap((slot) => {
        const oldId = slots.get(slot.id);
        return oldId === undefined ? [] : [oldId];
      }),
    );
    oldDays.forEach((oldDay, oldRank) => {
      const shared = oldDay.slots.filter((slot) => oldSlotIds.has(slot.id)).length;
      const score =
        2 * shared +
        (oldDay.date === newDay.date ? 1 : 0) +
        (mode === 'similarity' && oldRank === newRank ? 1 : 0);
      if (score > 0) {
        candidates.push({
          oldDate: oldDay.date,
          newDate: newDay.date,
          score,
          distance: Math.abs(oldRank - newRank),
        });
      }
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.distance - b.distance);
  const days = new Map<string, string>();
  const usedOld = new Set<string>();
  for (const candidate of candidates) {
    if (days.has(candidate.newDate) || usedOld.has(candidate.oldDate)) continue;
    days.set(candidate.newDate, candidate.oldDate);
    usedOld.add(candidate.oldDate);
  }
  return days;
}

/** For the previous session: slots of matched days by their times, then by their order. */
function pairSlotsWithinDays(
  oldAgenda: Agenda,
  newAgenda: Agenda,
  days: ReadonlyMap<string, string>,
  slots: Map<string, string>,
  entries: ReadonlyMap<string, string>,
  scheduleEntries: Map<string, string>,
): void {
  const oldDayByDate = new Map<string, MeetingDay>(
    chronologicalDays(oldAgenda).map((day) => [day.date, day]),
  );
  for (const newDay of chronologicalDays(newAgenda)) {
    const oldDay = oldDayByDate.get(days.get(newDay.date) ?? '');
    if (!oldDay) continue;
    const paired = new Set(slots.values());
    const freeOld = () => oldDay.slots.filter((slot) => !paired.has(slot.id));
    for (const slot of newDay.slots) {
      if (slots.has(slot.id)) continue;
      const sameTimes = freeOld().find((old) => old.start === slot.start && old.end === slot.end);
      if (sameTimes) {
        slots.set(slot.id, sameTimes.id);
        paired.add(sameTimes.id);
      }
    }
    for (const slot of newDay.slots) {
      if (slots.has(slot.id)) continue;
      const next = freeOld()[0];
      if (!next) break;
      slots.set(slot.id, next.id);
      paired.add(next.id);
    }
  }
  const oldSlotById = new Map(slotsOf(oldAgenda).map((slot) => [slot.id, slot]));
  for (const slot of slotsOf(newAgenda)) {
    const oldSlot = oldSlotById.get(slots.get(slot.id) ?? '');
    if (!oldSlot) continue;
    const pairedEntries = new Set(scheduleEntries.values());
    for (const entry of slot.entries) {
      if (scheduleEntries.has(entry.id)) continue;
      const oldItemId = entries.get(entry.itemId);
      const match = oldSlot.entries.find(
        (old) => old.itemId === oldItemId && !pairedEntries.has(old.id),
      );
      if (match) {
        scheduleEntries.set(entry.id, match.id);
        pairedEntries.add(match.id);
      }
    }
  }
}
