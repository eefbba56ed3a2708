import type { DocumentEntry } from '../model/agenda';
import { symbolKey } from '../documents/document-lookup';
import { checkSymbol, hasSymbolErrors } from '../documents/symbol-check';
import type { SourceLine } from './import-lines';
import { endsLikeSentence } from './text-patterns';

/**
 * "Documentation" lists: each line a document title and its symbol in
 * parentheses, "Report of the Secretariat on … (CTOC/COP/2012/10)". A
 * document cited under several items becomes one entry of the registry.
 */

export interface DocumentationLine {
  readonly title: string;
  /** More than one for a joint symbol; none for a document not yet issued. */
  readonly symbols: readonly string[];
}

/** "Documentation", "Documentation:", "Documents"; the inline form keeps what follows. */
export function parseDocumentationHeading(
  text: string,
): { readonly none: boolean; readonly rest: string } | null {
  if (/^(?:no documentation|no documents|documentation\s*:\s*none)\.?$/iu.test(text)) {
    return { none: true, rest: '' };
  }
  const match = /^(?:documentation|documents)(?:\s*:\s*(.*))?$/iu.exec(text);
  if (!match) return null;
  return { none: false, rest: match[1]?.trim() ?? '' };
}

/** The symbol(s) in a text, when the checker finds no error in them. */
function symbolsOf(text: string): string[] | null {
  const candidate = text.trim();
  if (!candidate.includes('/')) return null;
  const check = checkSymbol(candidate, { currentYear: 9999 });
  return hasSymbolErrors(check) || check.symbols.length === 0 ? null : [...check.symbols];
}

/** Index of the "(" that opens the parenthesis closing the text, or -1. */
function finalParenthesis(text: string): number {
  if (!text.endsWith(')')) return -1;
  let depth = 0;
  for (let index = text.length - 1; index >= 0; index -= 1) {
    const char = text.charAt(index);
    if (char === ')') depth += 1;
    else if (char === '(') {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return -1;
}

const SUFFIX = /^(Corr|Add|Rev|Amend)\.\d+$/u;

/**
 * The symbols in the parentheses after a title: one ("A/78/1"), joint
 * ("A/78/1-E/2023/1"), or a list of documents ("A/78/1 and Corr.1",
 * "E/CN.7/2023/2, Add.1 and Add.2"), where a bare "Corr.1" belongs to the
 * symbol before it and replaces a suffix of the same kind.
 */
function symbolGroups(inner: string): string[][] | null {
  const whole = symbolsOf(inner);
  if (whole) return [whole];
  const groups: string[][] = [];
  for (const part of inner.split(/\s*(?:,|;|\band\b)\s*/u)) {
    const previous = groups.at(-1)?.[0];
    const suffix = SUFFIX.exec(part);
    if (suffix && previous !== undefined) {
      const kind = suffix[1] ?? '';
      const base = previous.replace(new RegExp(`/${kind}\\.\\d+$`, 'u'), '');
      groups.push([`${base}/${part}`]);
      continue;
    }
    const symbols = symbolsOf(part);
    if (!symbols) return null;
    groups.push(symbols);
  }
  return groups.length > 0 ? groups : null;
}

/**
 * A line of a documentation list: usually one document, several when the
 * parentheses list several symbols. Table rows and tab-separated lines may
 * give the symbol in a cell of its own, before or after the title.
 */
export function parseDocumentationLine(line: SourceLine): DocumentationLine[] | null {
  const text = line.text.replace(/[.;,]$/u, '').trim();
  const open = finalParenthesis(text);
  if (open > 0) {
    const groups = symbolGroups(text.slice(open + 1, -1));
    const title = text.slice(0, open).replace(/[\s,:]+$/u, '');
    if (groups && title !== '') return groups.map((symbols) => ({ title, symbols }));
  }
  const cells = (line.cells ?? text.split('\t')).map((cell) => cell.trim()).filter(Boolean);
  if (cells.length === 2) {
    const [first = '', second = ''] = cells;
    const firstSymbols = symbolsOf(first);
    if (firstSymbols) return [{ title: second, symbols: firstSymbols }];
    const secondSymbols = symbolsOf(second);
    if (secondSymbols) return [{ title: first, symbols: secondSymbols }];
  }
  // A document still without a symbol is listed by its title alone; a sentence is not a title.
  if (
    cells.length <= 1 &&
    !endsLikeSentence(line.text) &&
    text.length <= 500 &&
    !/\t/u.test(text)
  ) {
    return [{ title: text, symbols: [] }];
  }
  return null;
}

/**
 * The kind of a document, when its title begins with one:
 * "Report of the Secretariat on …" → "Report of the Secretariat".
 */
export function documentKind(title: string): string | null {
  // ECE writes "the secretariat" in lower case; the kind keeps the title's own wording.
  const match =
    /^(?:Report|Note) (?:of|by) the (?:[Ss]ecretariat|Secretary-General|Executive Director|Director-General|Executive Secretary|High Commissioner|Bureau|Chair|President)\b/u.exec(
      title,
    );
  return match ? match[0] : null;
}

/** The documents registry as it fills up: one entry per distinct symbol, in order of first citation. */
export class DocumentRegistryBuilder {
  readonly documents: DocumentEntry[] = [];
  private readonly byKey = new Map<string, DocumentEntry>();

  constructor(private readonly newId: () => string) {}

  /** The id of the document, added on its first citation. */
  cite(line: DocumentationLine): string {
    const key =
      line.symbols.length > 0
        ? line.symbols.map(symbolKey).join('-')
        : `title:${line.title.toLowerCase()}`;
    const known = this.byKey.get(key);
    if (known) return known.id;
    const entry: DocumentEntry = {
      id: this.newId(),
      symbols: [...line.symbols],
      title: line.title,
      kind: documentKind(line.title),
    };
    this.documents.push(entry);
    this.byKey.set(key, entry);
    return entry.id;
  }
}

/**
 * The agenda's own symbol, when the file does not print it (a Markdown copy
 * often leaves the masthead out): the provisional agenda is document 1 of
 * the session's series, so a series whose documents 2, 3 … are cited, and
 * whose number 1 is not, names it.
 */
export function inferAgendaSymbol(
  documents: readonly DocumentEntry[],
  meetingYear: number | null,
): string | null {
  const numbersBySeries = new Map<string, Set<number>>();
  for (const symbol of documents.flatMap((document) => document.symbols)) {
    const match = /^(.*\/)(\d+)$/u.exec(symbol);
    if (!match) continue;
    const [, series = '', number = ''] = match;
    const numbers = numbersBySeries.get(series) ?? new Set<number>();
    numbers.add(Number(number));
    numbersBySeries.set(series, numbers);
  }
  let candidates = [...numbersBySeries]
    .filter(([, numbers]) => numbers.has(2) && !numbers.has(1))
    .map(([series]) => series);
  if (candidates.length > 1 && meetingYear !== null) {
    candidates = candidates.filter((series) => series.includes(`/${meetingYear}/`));
  }
  const [only] = candidates;
  return candidates.length === 1 && only !== undefined ? `${only}1` : null;
}
