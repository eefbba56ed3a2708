import type { Agenda, TimeSlot } from '../model/agenda';
import { indexItems, itemReference, stripFinalPunctuation } from '../model/numbering';
import { assertNever } from './assert-never';
import { chronologicalDays } from './chronology';
import type { SlotKind } from './organization';
import { formatUnDayHeading, formatUnTimeRange } from './un-format';

/**
 * The annex "Proposed organization of work", as rows that every exporter and
 * the live preview render the same way.
 *
 * Item numbers are computed from the agenda each time, never stored, so a
 * move in the agenda renumbers the annex.
 */

export const ANNEX_TITLE = 'Proposed organization of work';

/** The column headings of the annex table, set in italics in UN documents. */
export const ANNEX_COLUMN_HEADINGS = [
  'Date and time',
  'Agenda item',
  'Title or description',
] as const;

/** "Wednesday, 17 October", spanning the table. */
export interface AnnexDayRow {
  readonly kind: 'day';
  readonly date: string;
  readonly heading: string;
}

/** One agenda item taken up in a slot: "10 a.m.-1 p.m. | 1 (a) | Opening of the meeting". */
export interface AnnexItemRow {
  readonly kind: 'item';
  readonly slotId: string;
  readonly slotKind: SlotKind;
  readonly entryId: string;
  readonly itemId: string;
  /** The slot's time range, on the slot's first row only. */
  readonly time: string | null;
  /** "1 (a)", "8" */
  readonly reference: string;
  /** The entry's own description or the agenda title, with "(continued)" after the first time. */
  readonly title: string;
  readonly continued: boolean;
}

/**
 * A slot's own line: the free text of a non-meeting row ("Informal
 * consultations"), the name of a parallel meeting, or a slot with nothing in it.
 */
export interface AnnexSlotRow {
  readonly kind: 'slot';
  readonly slotId: string;
  readonly slotKind: SlotKind;
  readonly time: string | null;
  readonly text: string;
}

export type AnnexRow = AnnexDayRow | AnnexItemRow | AnnexSlotRow;

const CONTINUED = '(continued)';
const PARALLEL_MEETING = 'Parallel meeting';

/** "Other matters" → "Other matters (continued)", once, even if the user typed it already. */
export function continuedTitle(title: string): string {
  return title.endsWith(CONTINUED) ? title : `${title} ${CONTINUED}`;
}

/** The text of the slot's own line, or null when the slot has none. */
function slotLineText(slot: TimeSlot): string | null {
  const note = slot.note?.trim() ?? '';
  switch (slot.kind) {
    case 'meeting':
      if (note !== '') return note;
      return slot.entries.length === 0 ? '' : null;
    case 'parallel':
      return note === '' ? PARALLEL_MEETING : note;
    case 'note':
      return note;
    default:
      return assertNever(slot.kind);
  }
}

/**
 * The rows of the annex, in the order of the table.
 *
 * Entries that name an item no longer on the agenda are left out here and
 * reported by scheduleWarnings().
 */
export function annexRows(agenda: Pick<Agenda, 'items' | 'organization'>): AnnexRow[] {
  const locations = indexItems(agenda);
  const seen = new Set<string>();
  const rows: AnnexRow[] = [];

  for (const day of chronologicalDays(agenda)) {
    rows.push({ kind: 'day', date: day.date, heading: formatUnDayHeading(day.date) });
    for (const slot of day.slots) {
      let time: string | null = formatUnTimeRange(slot.start, slot.end);
      // The time goes on the slot's first row, whichever kind of row that is.
      const takeTime = (): string | null => {
        const first = time;
        time = null;
        return first;
      };
      const lineText = slotLineText(slot);
      if (lineText !== null) {
        rows.push({
          kind: 'slot',
          slotId: slot.id,
          slotKind: slot.kind,
          time: takeTime(),
          text: lineText,
        });
      }
      for (const entry of slot.entries) {
        const location = locations.get(entry.itemId);
        if (!location) continue;
        const agendaTitle = (location.subItem ?? location.item).title;
        const description = entry.description?.trim() ? entry.description : agendaTitle;
        const wording = stripFinalPunctuation(description);
        const continued = seen.has(entry.itemId);
        seen.add(entry.itemId);
        rows.push({
          kind: 'item',
          slotId: slot.id,
          slotKind: slot.kind,
          entryId: entry.id,
          itemId: entry.itemId,
          time: takeTime(),
          reference: itemReference(location),
          title: continued ? continuedTitle(wording) : wording,
          continued,
        });
      }
    }
  }
  return rows;
}

/** The three cells of a row as plain text: date and time, agenda item, title or description. */
export function annexRowCells(row: AnnexRow): readonly [string, string, string] {
  switch (row.kind) {
    case 'day':
      return [row.heading, '', ''];
    case 'item':
      return [row.time ?? '', row.reference, row.title];
    case 'slot':
      return [row.time ?? '', '', row.text];
    default:
      return assertNever(row);
  }
}
