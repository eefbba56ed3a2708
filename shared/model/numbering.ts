import type { Agenda, AgendaItem, SubItem } from './agenda';

/**
 * Numbers, letters and UN punctuation, derived from the order of the tree.
 *
 * Nothing here is stored: every view and every export asks these functions,
 * so a move shows its new numbers everywhere at once.
 */

/** "a" … "z", then "aa", "bb" as UN documents continue past (z). */
export function subItemLetter(index: number): string {
  const letter = String.fromCharCode(97 + (index % 26));
  return letter.repeat(Math.floor(index / 26) + 1);
}

/** "i", "ii", "iv", "ix": the labels of the level below sub-items; upper-cased, annex numbers. */
export function romanNumeral(value: number): string {
  const numerals: readonly [number, string][] = [
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let rest = value;
  let text = '';
  for (const [size, numeral] of numerals) {
    for (; rest >= size; rest -= size) text += numeral;
  }
  return text;
}

export interface ItemLocation {
  readonly item: AgendaItem;
  readonly itemIndex: number;
  /** Present when the id names a sub-item. */
  readonly subItem?: SubItem;
  readonly subItemIndex?: number;
}

/** "1", "2 (a)": the way an item is referred to in text and in the annex. */
export function itemReference(location: ItemLocation): string {
  const number = String(location.itemIndex + 1);
  return location.subItemIndex === undefined
    ? number
    : `${number} (${subItemLetter(location.subItemIndex)})`;
}

/** Index of every item and sub-item by id; rebuild it when the tree changes. */
export function indexItems(agenda: Pick<Agenda, 'items'>): Map<string, ItemLocation> {
  const index = new Map<string, ItemLocation>();
  agenda.items.forEach((item, itemIndex) => {
    index.set(item.id, { item, itemIndex });
    item.subItems.forEach((subItem, subItemIndex) => {
      index.set(subItem.id, { item, itemIndex, subItem, subItemIndex });
    });
  });
  return index;
}

const FINAL_MARKS = /[\s.:;,]+$/u;

/** The title as typed, without a final mark the user may have added by habit. */
export function stripFinalPunctuation(title: string): string {
  return title.replace(FINAL_MARKS, '');
}

/** UN punctuation of the agenda list: ":" before sub-items, ";" between them, "." at the end. */
export function agendaItemPunctuation(item: AgendaItem): string {
  return item.subItems.length > 0 ? ':' : '.';
}

export function subItemPunctuation(item: AgendaItem, subItemIndex: number): string {
  return subItemIndex === item.subItems.length - 1 ? '.' : ';';
}

/** The line of the agenda list, e.g. "Organizational matters:" */
export function agendaItemLine(item: AgendaItem): string {
  return stripFinalPunctuation(item.title) + agendaItemPunctuation(item);
}

export function subItemLine(item: AgendaItem, subItemIndex: number): string {
  const subItem = item.subItems[subItemIndex];
  if (!subItem) return '';
  return stripFinalPunctuation(subItem.title) + subItemPunctuation(item, subItemIndex);
}

/** The annotation heading: its own wording if given, never with final punctuation. */
export function annotationHeading(entry: AgendaItem | SubItem): string {
  const heading = entry.annotationHeading ?? entry.title;
  return stripFinalPunctuation(heading);
}
