import type { Agenda, DocumentEntry } from '../model/agenda';
import {
  documentLabel,
  documentationIdsOf,
  listCitingItems,
  listInWords,
  symbolKey,
  type DocumentCitation,
} from './document-lookup';
import {
  checkSymbol,
  type SymbolCheckOptions,
  type SymbolFinding,
  type SymbolSeverity,
} from './symbol-check';

/**
 * The documents registry of an agenda: one entry per document, cited by id
 * from the documentation lists of items and sub-items.
 *
 * Every operation returns a new agenda and leaves its argument untouched, so
 * that undo can keep the previous one. A refused operation says why in a value
 * the view can show, never by throwing.
 */

export type DocumentDraft = Pick<DocumentEntry, 'symbols' | 'title' | 'kind'>;

export interface DocumentProblem {
  readonly field: 'symbols' | 'title';
  readonly severity: SymbolSeverity;
  readonly message: string;
  /** For a symbol problem: which symbol of the entry, and the checker's finding in it. */
  readonly symbolIndex?: number;
  readonly finding?: SymbolFinding;
}

export interface DocumentValidation {
  /** False when any problem is an error; warnings let the user save. */
  readonly canSave: boolean;
  readonly problems: readonly DocumentProblem[];
}

export interface DocumentValidationOptions extends SymbolCheckOptions {
  /** The registry the entry goes into, to refuse a symbol another entry already has. */
  readonly documents?: readonly DocumentEntry[];
  /** The entry's own id, so that saving it unchanged is not a duplicate of itself. */
  readonly documentId?: string;
}

export type RegistryRefusal =
  | { readonly reason: 'invalid'; readonly problems: readonly DocumentProblem[] }
  | { readonly reason: 'id-taken'; readonly documentId: string }
  | { readonly reason: 'document-not-found'; readonly documentId: string }
  | { readonly reason: 'item-not-found'; readonly itemId: string }
  | {
      readonly reason: 'cited';
      readonly documentId: string;
      readonly label: string;
      readonly citations: readonly DocumentCitation[];
    }
  | { readonly reason: 'already-attached'; readonly documentId: string; readonly itemId: string }
  | { readonly reason: 'not-attached'; readonly documentId: string; readonly itemId: string };

export type RegistryResult =
  | { readonly ok: true; readonly agenda: Agenda; readonly warnings: readonly DocumentProblem[] }
  | { readonly ok: false; readonly refusal: RegistryRefusal };

/** Trims what the user typed; an empty kind is no kind. */
export function normalizeDocumentDraft(draft: DocumentDraft): DocumentDraft {
  const kind = draft.kind?.trim() ?? '';
  return {
    symbols: draft.symbols.map((symbol) => symbol.trim()).filter((symbol) => symbol !== ''),
    title: draft.title.trim(),
    kind: kind === '' ? null : kind,
  };
}

export function validateDocumentEntry(
  draft: DocumentDraft,
  options: DocumentValidationOptions = {},
): DocumentValidation {
  const entry = normalizeDocumentDraft(draft);
  const problems: DocumentProblem[] = [];
  if (entry.title === '') {
    problems.push({ field: 'title', severity: 'error', message: 'the document needs its title' });
  }
  if (entry.symbols.length === 0) {
    const message = 'no symbol yet: the document is listed by its title until it has one';
    problems.push({ field: 'symbols', severity: 'warning', message });
  }
  const symbolsProblems = entry.symbols.flatMap((_, index) =>
    symbolProblems(entry.symbols, index, options),
  );
  problems.push(...symbolsProblems);
  return { canSave: !problems.some((problem) => problem.severity === 'error'), problems };
}

/** A symbol's own findings, then what is wrong with it among the entry's and the registry's. */
function symbolProblems(
  symbols: readonly string[],
  symbolIndex: number,
  options: DocumentValidationOptions,
): DocumentProblem[] {
  const symbol = symbols[symbolIndex] ?? '';
  const key = symbolKey(symbol);
  const check = checkSymbol(symbol, options);
  const problems: DocumentProblem[] = check.findings.map((finding) => ({
    field: 'symbols',
    severity: finding.severity,
    message: `${symbol}: ${finding.message}`,
    symbolIndex,
    finding,
  }));
  const fail = (message: string) =>
    problems.push({ field: 'symbols', severity: 'error', message, symbolIndex });
  if (check.symbols.length > 1) {
    fail(
      `${symbol} holds ${check.symbols.length} symbols: give each symbol of a joint symbol on its own`,
    );
  }
  if (symbols.slice(0, symbolIndex).some((earlier) => symbolKey(earlier) === key)) {
    fail(`${symbol} is listed twice`);
  }
  const other = options.documents?.find(
    (document) =>
      document.id !== options.documentId &&
      document.symbols.some((existing) => symbolKey(existing) === key),
  );
  if (other) fail(`${symbol} is already in the registry as "${shorten(other.title)}"`);
  return problems;
}

export function addDocument(
  agenda: Agenda,
  entry: DocumentEntry,
  options: SymbolCheckOptions = {},
): RegistryResult {
  if (agenda.documents.some((document) => document.id === entry.id)) {
    return refuse({ reason: 'id-taken', documentId: entry.id });
  }
  const validation = validateDocumentEntry(entry, { ...options, documents: agenda.documents });
  if (!validation.canSave) return refuse({ reason: 'invalid', problems: validation.problems });
  const document: DocumentEntry = { id: entry.id, ...normalizeDocumentDraft(entry) };
  return done({ ...agenda, documents: [...agenda.documents, document] }, validation.problems);
}

/** One edit corrects every documentation list that cites the document. */
export function updateDocument(
  agenda: Agenda,
  documentId: string,
  changes: Partial<DocumentDraft>,
  options: SymbolCheckOptions = {},
): RegistryResult {
  const current = agenda.documents.find((document) => document.id === documentId);
  if (!current) return refuse({ reason: 'document-not-found', documentId });
  const draft = { ...current, ...changes };
  const validation = validateDocumentEntry(draft, {
    ...options,
    documents: agenda.documents,
    documentId,
  });
  if (!validation.canSave) return refuse({ reason: 'invalid', problems: validation.problems });
  const updated: DocumentEntry = { id: documentId, ...normalizeDocumentDraft(draft) };
  const documents = agenda.documents.map((document) =>
    document.id === documentId ? updated : document,
  );
  return done({ ...agenda, documents }, validation.problems);
}

/** Refused while any item cites the document, so that no list loses an entry unseen. */
export function deleteDocument(agenda: Agenda, documentId: string): RegistryResult {
  const document = agenda.documents.find((entry) => entry.id === documentId);
  if (!document) return refuse({ reason: 'document-not-found', documentId });
  const citations = listCitingItems(agenda, documentId);
  if (citations.length > 0) {
    return refuse({ reason: 'cited', documentId, label: documentLabel(document), citations });
  }
  return done({
    ...agenda,
    documents: agenda.documents.filter((entry) => entry.id !== documentId),
  });
}

/** Adds the document to an item's or sub-item's documentation list, at the end unless told where. */
export function attachDocument(
  agenda: Agenda,
  itemId: string,
  documentId: string,
  position?: number,
): RegistryResult {
  if (!agenda.documents.some((document) => document.id === documentId)) {
    return refuse({ reason: 'document-not-found', documentId });
  }
  const documentIds = documentationIdsOf(agenda, itemId);
  if (!documentIds) return refuse({ reason: 'item-not-found', itemId });
  if (documentIds.includes(documentId)) {
    return refuse({ reason: 'already-attached', documentId, itemId });
  }
  const at = clamp(position ?? documentIds.length, 0, documentIds.length);
  const next = [...documentIds.slice(0, at), documentId, ...documentIds.slice(at)];
  return done(withDocumentationIds(agenda, itemId, next));
}

export function detachDocument(agenda: Agenda, itemId: string, documentId: string): RegistryResult {
  const documentIds = documentationIdsOf(agenda, itemId);
  if (!documentIds) return refuse({ reason: 'item-not-found', itemId });
  if (!documentIds.includes(documentId)) {
    return refuse({ reason: 'not-attached', documentId, itemId });
  }
  const rest = documentIds.filter((id) => id !== documentId);
  return done(withDocumentationIds(agenda, itemId, rest));
}

/** Moves a document within an item's documentation list; the index is where it ends up. */
export function moveDocumentation(
  agenda: Agenda,
  itemId: string,
  documentId: string,
  toIndex: number,
): RegistryResult {
  const documentIds = documentationIdsOf(agenda, itemId);
  if (!documentIds) return refuse({ reason: 'item-not-found', itemId });
  if (!documentIds.includes(documentId)) {
    return refuse({ reason: 'not-attached', documentId, itemId });
  }
  const rest = documentIds.filter((id) => id !== documentId);
  const at = clamp(toIndex, 0, rest.length);
  return done(
    withDocumentationIds(agenda, itemId, [...rest.slice(0, at), documentId, ...rest.slice(at)]),
  );
}

/** What to tell the user when an operation is refused. */
export function describeRefusal(refusal: RegistryRefusal): string {
  switch (refusal.reason) {
    case 'invalid':
      return refusal.problems
        .filter((problem) => problem.severity === 'error')
        .map((problem) => problem.message)
        .join('; ');
    case 'id-taken':
      return `a document with id "${refusal.documentId}" is already in the registry`;
    case 'document-not-found':
      return `no document with id "${refusal.documentId}" in the registry`;
    case 'item-not-found':
      return `no item or sub-item with id "${refusal.itemId}" in the agenda`;
    case 'cited': {
      const references = refusal.citations.map((citation) => citation.reference);
      const items = references.length === 1 ? 'item' : 'items';
      return `${refusal.label} is cited under ${items} ${listInWords(references)}: remove it from there first`;
    }
    case 'already-attached':
      return 'the item already lists this document';
    case 'not-attached':
      return 'the item does not list this document';
  }
}

function shorten(title: string): string {
  return title.length > 80 ? `${title.slice(0, 79)}…` : title;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(Math.trunc(value), min), max);
}

function withDocumentationIds(agenda: Agenda, itemId: string, documentIds: string[]): Agenda {
  const items = agenda.items.map((item) => {
    if (item.id === itemId) return { ...item, documentIds };
    if (!item.subItems.some((subItem) => subItem.id === itemId)) return item;
    const subItems = item.subItems.map((subItem) =>
      subItem.id === itemId ? { ...subItem, documentIds } : subItem,
    );
    return { ...item, subItems };
  });
  return { ...agenda, items };
}

function done(agenda: Agenda, problems: readonly DocumentProblem[] = []): RegistryResult {
  return {
    ok: true,
    agenda,
    warnings: problems.filter((problem) => problem.severity === 'warning'),
  };
}

function refuse(refusal: RegistryRefusal): RegistryResult {
  return { ok: false, refusal };
}
