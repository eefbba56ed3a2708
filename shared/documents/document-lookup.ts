import type { Agenda, AgendaItem, DocumentEntry, SubItem } from '../model/agenda';
import { itemReference } from '../model/numbering';
import { formatJointSymbol, splitJointSymbol } from './symbol-check';

/**
 * Questions asked of an agenda's documents registry: which items cite a
 * document, which document has a symbol, what to offer while the user types,
 * and the registry sorted and filtered for the Documents view.
 */

/** An item or sub-item that lists a document, with the reference it is known by ("2", "1 (a)"). */
export interface DocumentCitation {
  readonly itemId: string;
  readonly reference: string;
}

/** The symbol as printed in a documentation list, or the title while there is none. */
export function documentLabel(document: Pick<DocumentEntry, 'symbols' | 'title'>): string {
  return formatJointSymbol(document.symbols) || document.title;
}

/** The documents an item or sub-item lists, in its order; ids without an entry are skipped. */
export function documentationOf(agenda: Agenda, itemId: string): DocumentEntry[] {
  const byId = new Map(agenda.documents.map((document) => [document.id, document]));
  return (documentationIdsOf(agenda, itemId) ?? []).flatMap((id) => byId.get(id) ?? []);
}

/** The items and sub-items citing a document, in agenda order. */
export function listCitingItems(agenda: Agenda, documentId: string): DocumentCitation[] {
  return indexCitations(agenda).get(documentId) ?? [];
}

/** Every document's citations in one pass over the agenda, for the Documents view. */
export function indexCitations(agenda: Pick<Agenda, 'items'>): Map<string, DocumentCitation[]> {
  const index = new Map<string, DocumentCitation[]>();
  const cite = (entry: AgendaItem | SubItem, reference: string) => {
    for (const documentId of entry.documentIds) {
      const citations = index.get(documentId) ?? [];
      if (!citations.some((citation) => citation.itemId === entry.id)) {
        citations.push({ itemId: entry.id, reference });
      }
      index.set(documentId, citations);
    }
  };
  agenda.items.forEach((item, itemIndex) => {
    cite(item, itemReference({ item, itemIndex }));
    item.subItems.forEach((subItem, subItemIndex) => {
      cite(subItem, itemReference({ item, itemIndex, subItem, subItemIndex }));
    });
  });
  return index;
}

/** "item 2", "items 2, 4 and 5": the citing items as the Documents view names them. */
export function describeCitations(citations: readonly DocumentCitation[]): string {
  const references = citations.map((citation) => citation.reference);
  if (references.length === 0) return 'not cited';
  return `${references.length === 1 ? 'item' : 'items'} ${listInWords(references)}`;
}

/** "2", "2 and 4", "2, 4 and 5" */
export function listInWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

/** Finds the entry holding a symbol, or exactly the symbols of a joint symbol. */
export function findDocumentBySymbol(
  documents: readonly DocumentEntry[],
  symbol: string,
): DocumentEntry | undefined {
  const wanted = splitJointSymbol(symbol).map(symbolKey);
  if (wanted.length === 0) return undefined;
  return documents.find((document) => {
    const keys = document.symbols.map(symbolKey);
    return wanted.length === 1
      ? keys.includes(wanted[0] ?? '')
      : keys.length === wanted.length && keys.every((key, index) => key === wanted[index]);
  });
}

export type DocumentMatch = 'symbol-start' | 'symbol' | 'title-word' | 'title';

export interface DocumentCompletion {
  readonly document: DocumentEntry;
  readonly label: string;
  readonly match: DocumentMatch;
}

export interface CompletionOptions {
  readonly limit?: number;
  /** Leave out what this item or sub-item already lists. */
  readonly forItemId?: string;
}

const MATCH_RANK: Record<DocumentMatch, number> = {
  'symbol-start': 0,
  symbol: 1,
  'title-word': 2,
  title: 3,
};

/** Candidates for the attach field: symbol matches before title matches, then by symbol. */
export function documentCompletions(
  agenda: Agenda,
  query: string,
  options: CompletionOptions = {},
): DocumentCompletion[] {
  const needle = query.trim().toLocaleLowerCase('en');
  const listed = new Set(options.forItemId ? documentationIdsOf(agenda, options.forItemId) : []);
  const candidates = sortDocuments(agenda.documents, 'symbol').flatMap((document) => {
    if (listed.has(document.id)) return [];
    const match = matchDocument(document, needle);
    return match ? [{ document, label: documentLabel(document), match }] : [];
  });
  candidates.sort((a, b) => MATCH_RANK[a.match] - MATCH_RANK[b.match]);
  return candidates.slice(0, options.limit ?? 10);
}

function matchDocument(document: DocumentEntry, needle: string): DocumentMatch | undefined {
  const symbols = [...document.symbols, formatJointSymbol(document.symbols)].map((s) =>
    s.toLocaleLowerCase('en'),
  );
  const title = document.title.toLocaleLowerCase('en');
  if (needle === '' || symbols.some((symbol) => symbol.startsWith(needle))) return 'symbol-start';
  if (symbols.some((symbol) => symbol.includes(needle))) return 'symbol';
  if (title.startsWith(needle) || title.includes(` ${needle}`)) return 'title-word';
  return title.includes(needle) ? 'title' : undefined;
}

export type DocumentSortKey = 'symbol' | 'title' | 'kind';

// Numeric, so that CTOC/COP/2012/9 comes before CTOC/COP/2012/10.
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** A sorted copy; documents without a symbol or kind come last, ties go by symbol then title. */
export function sortDocuments(
  documents: readonly DocumentEntry[],
  key: DocumentSortKey,
  direction: 'ascending' | 'descending' = 'ascending',
): DocumentEntry[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const field = (document: DocumentEntry): string => {
    switch (key) {
      case 'symbol':
        return formatJointSymbol(document.symbols);
      case 'title':
        return document.title;
      case 'kind':
        return document.kind ?? '';
    }
  };
  const compareText = (a: string, b: string) =>
    a === b ? 0 : a === '' ? 1 : b === '' ? -1 : sign * collator.compare(a, b);
  return [...documents].sort(
    (a, b) =>
      compareText(field(a), field(b)) ||
      collator.compare(formatJointSymbol(a.symbols), formatJointSymbol(b.symbols)) ||
      collator.compare(a.title, b.title),
  );
}

export interface DocumentFilter {
  /** Matched, case-insensitively, against symbols, title and kind. */
  readonly text?: string;
  /** A kind to keep, or null for documents with no kind. */
  readonly kind?: string | null;
  readonly citation?: 'any' | 'cited' | 'uncited';
}

export function filterDocuments(agenda: Agenda, filter: DocumentFilter): DocumentEntry[] {
  const needle = filter.text?.trim().toLocaleLowerCase('en') ?? '';
  const citations = indexCitations(agenda);
  return agenda.documents.filter((document) => {
    if (filter.kind !== undefined && document.kind !== filter.kind) return false;
    const cited = (citations.get(document.id)?.length ?? 0) > 0;
    if (filter.citation === 'cited' && !cited) return false;
    if (filter.citation === 'uncited' && cited) return false;
    if (needle === '') return true;
    const haystack = [formatJointSymbol(document.symbols), document.title, document.kind ?? ''];
    return haystack.some((text) => text.toLocaleLowerCase('en').includes(needle));
  });
}

/** The kinds in use, for the filter and for completing the kind field. */
export function documentKinds(documents: readonly DocumentEntry[]): string[] {
  const kinds = new Set(documents.flatMap((document) => (document.kind ? [document.kind] : [])));
  return [...kinds].sort(collator.compare);
}

/** Symbols compare without regard to case or to the space before an addition. */
export function symbolKey(symbol: string): string {
  return symbol.trim().replace(/\s+/gu, '').toUpperCase();
}

/** The ids an item or sub-item lists, or undefined when there is no such item. */
export function documentationIdsOf(agenda: Agenda, itemId: string): readonly string[] | undefined {
  for (const item of agenda.items) {
    if (item.id === itemId) return item.documentIds;
    const subItem = item.subItems.find((entry) => entry.id === itemId);
    if (subItem) return subItem.documentIds;
  }
  return undefined;
}
