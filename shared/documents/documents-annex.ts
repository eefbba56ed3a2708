import type { Agenda } from '../model/agenda';
import { indexCitations, sortDocuments } from './document-lookup';
import { formatJointSymbol } from './symbol-check';

/**
 * The annex "List of documents": every document of the registry, with the
 * items citing it, as rows that every exporter and the live preview render
 * the same way. Item numbers are computed from the agenda each time.
 */

export const DOCUMENTS_ANNEX_TITLE = 'List of documents';

export const DOCUMENTS_ANNEX_COLUMN_HEADINGS = [
  'Document symbol',
  'Agenda item',
  'Title or description',
] as const;

export interface DocumentsAnnexRow {
  readonly documentId: string;
  /** "CTOC/COP/WG.2/2012/3-CTOC/COP/WG.3/2012/4" */
  readonly symbol: string;
  /** "2, 4, 5 (a)": the items citing the document, as the agenda numbers them; empty for none. */
  readonly items: string;
  readonly title: string;
}

/**
 * The rows in the order a reader meets the documents: by the first item
 * citing each, then the documents no item cites, by symbol.
 */
export function documentsAnnexRows(
  agenda: Pick<Agenda, 'items' | 'documents'>,
): DocumentsAnnexRow[] {
  const citations = indexCitations(agenda);
  const byId = new Map(agenda.documents.map((document) => [document.id, document]));
  // The index lists documents in the order of their first citation; it may name ids no longer in the registry.
  const cited = [...citations.keys()].flatMap((id) => byId.get(id) ?? []);
  const uncited = agenda.documents.filter((document) => !citations.has(document.id));
  return [...cited, ...sortDocuments(uncited, 'symbol')].map((document) => ({
    documentId: document.id,
    symbol: formatJointSymbol(document.symbols),
    items: (citations.get(document.id) ?? []).map((citation) => citation.reference).join(', '),
    title: document.title.trim(),
  }));
}

/** The three cells of a row as plain text: symbol, agenda items, title. */
export function documentsAnnexRowCells(row: DocumentsAnnexRow): readonly [string, string, string] {
  return [row.symbol, row.items, row.title];
}
