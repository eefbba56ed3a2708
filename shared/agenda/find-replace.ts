import type { Agenda, AgendaItem, SubItem } from '../model/agenda';
import { indexItems, itemReference } from '../model/numbering';
import { replaceInRuns, runsText } from './paragraph-runs';

/** Where a match was found: an item's title or heading, or one of its paragraphs. */
export type MatchPlace =
  | { readonly field: 'title'; readonly itemId: string }
  | { readonly field: 'heading'; readonly itemId: string }
  | { readonly field: 'paragraph'; readonly itemId: string; readonly paragraphId: string };

export interface TextMatch {
  readonly place: MatchPlace;
  /** "item 2 (a)", for the list of results. */
  readonly reference: string;
  readonly excerpt: string;
}

export interface FindOptions {
  readonly matchCase: boolean;
}

function contains(text: string, search: string, { matchCase }: FindOptions): boolean {
  return matchCase ? text.includes(search) : text.toLowerCase().includes(search.toLowerCase());
}

function entries(agenda: Agenda): (AgendaItem | SubItem)[] {
  return agenda.items.flatMap((item) => [item, ...item.subItems]);
}

/** Every title, annotation heading and paragraph containing `search`, in document order. */
export function findInAgenda(agenda: Agenda, search: string, options: FindOptions): TextMatch[] {
  if (search === '') return [];
  const index = indexItems(agenda);
  const matches: TextMatch[] = [];
  for (const entry of entries(agenda)) {
    const location = index.get(entry.id);
    const reference = location ? `item ${itemReference(location)}` : '';
    const itemId = entry.id;
    if (contains(entry.title, search, options)) {
      matches.push({ place: { field: 'title', itemId }, reference, excerpt: entry.title });
    }
    if (entry.annotationHeading !== null && contains(entry.annotationHeading, search, options)) {
      matches.push({
        place: { field: 'heading', itemId },
        reference,
        excerpt: entry.annotationHeading,
      });
    }
    for (const paragraph of entry.annotations) {
      const text = runsText(paragraph.runs);
      if (contains(text, search, options)) {
        matches.push({
          place: { field: 'paragraph', itemId, paragraphId: paragraph.id },
          reference,
          excerpt: text,
        });
      }
    }
  }
  return matches;
}

function replaceText(
  text: string,
  search: string,
  replacement: string,
  { matchCase }: FindOptions,
): string {
  if (matchCase) return text.split(search).join(replacement);
  const pattern = new RegExp(search.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
  return text.replace(pattern, () => replacement);
}

/** Replaces in the given places only (one match, or all of them), as one edit. */
export function replaceInAgenda(
  agenda: Agenda,
  places: readonly MatchPlace[],
  search: string,
  replacement: string,
  options: FindOptions,
): Agenda {
  if (places.length === 0 || search === '') return agenda;
  const wanted = new Set(places.map((place) => JSON.stringify(place)));
  const has = (place: MatchPlace) => wanted.has(JSON.stringify(place));
  function replaceEntry<T extends AgendaItem | SubItem>(entry: T): T {
    const itemId = entry.id;
    const title = has({ field: 'title', itemId })
      ? replaceText(entry.title, search, replacement, options)
      : entry.title;
    const annotationHeading =
      entry.annotationHeading !== null && has({ field: 'heading', itemId })
        ? replaceText(entry.annotationHeading, search, replacement, options)
        : entry.annotationHeading;
    const annotations = entry.annotations.map((paragraph) =>
      has({ field: 'paragraph', itemId, paragraphId: paragraph.id })
        ? {
            ...paragraph,
            runs: replaceInRuns(paragraph.runs, search, replacement, options.matchCase),
          }
        : paragraph,
    );
    return { ...entry, title, annotationHeading, annotations };
  }
  return {
    ...agenda,
    items: agenda.items.map((item) => ({
      ...replaceEntry(item),
      subItems: item.subItems.map((subItem) => replaceEntry(subItem)),
    })),
  };
}
