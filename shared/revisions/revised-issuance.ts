import { formatJointSymbol, splitJointSymbol } from '../documents/symbol-check';
import type { Agenda } from '../model/agenda';
import { newId } from '../model/ids';
import { formatUnDate } from '../schedule/un-format';

/**
 * A new issuance of an issued agenda, as UN documents are reissued:
 *
 * - a revision replaces the document (and any corrigenda): …/1/Rev.1, then Rev.2;
 * - a corrigendum corrects it: …/1/Corr.1, then Corr.2;
 * - an addendum adds to it: …/1/Add.1, then Add.2;
 * - a reissue for technical reasons keeps the symbol and date, marked with an
 *   asterisk (a second reissue two), and says so in a footnote on the first page.
 *
 * The symbol says which issuance a document is, so the masthead's wording is
 * derived from it (issuanceMarks) rather than stored.
 */

export type IssuanceKind = 'revision' | 'corrigendum' | 'addendum' | 'reissue';

const MODIFIER_NAMES = { revision: 'Rev', corrigendum: 'Corr', addendum: 'Add' } as const;
const MODIFIER = /^(Rev|Corr|Add)\.(\d+)$/u;
/** Past this, an issued list that holds every number is a mistake rather than a history. */
const MAX_NUMBER = 99;

/**
 * The symbol of the new issuance. `issued` lists symbols that exist already
 * (in the library, on ODS), so that a second revision made from the original
 * is Rev.2 and not a second Rev.1.
 */
export function revisedSymbol(
  symbol: string,
  kind: IssuanceKind,
  issued: readonly string[] = [],
): string {
  const parts = splitJointSymbol(symbol);
  if (parts.length === 0) return symbol;
  if (kind === 'reissue') return formatJointSymbol(parts.map((part) => `${part}*`));
  const taken = new Set(issued.map(symbolKey));
  for (let extra = 0; extra < MAX_NUMBER; extra += 1) {
    const candidate = formatJointSymbol(parts.map((part) => revisePart(part, kind, extra)));
    if (!taken.has(symbolKey(candidate))) return candidate;
  }
  return formatJointSymbol(parts.map((part) => revisePart(part, kind, 0)));
}

function symbolKey(symbol: string): string {
  return symbol.replace(/\s+/gu, '').toUpperCase();
}

function revisePart(part: string, kind: Exclude<IssuanceKind, 'reissue'>, extra: number): string {
  // A new document carries no reissue mark of the one it comes from.
  const components = part.replace(/\*+$/u, '').split('/');
  const modifier = (component: string | undefined) => MODIFIER.exec(component ?? '');
  // A revision takes the place of the corrigenda of what it revises.
  if (kind === 'revision' && modifier(components.at(-1))?.[1] === 'Corr') components.pop();
  const name = MODIFIER_NAMES[kind];
  const last = modifier(components.at(-1));
  if (last && last[1] === name) {
    components[components.length - 1] = `${name}.${Number(last[2]) + 1 + extra}`;
  } else {
    components.push(`${name}.${1 + extra}`);
  }
  return components.join('/');
}

export interface IssuanceMarks {
  readonly kind: IssuanceKind | 'original';
  /** "Corrigendum" or "Addendum", printed under the document's title. */
  readonly subtitle: string | null;
  /** The first page's footnote of a reissue: "Reissued for technical reasons on 5 August 2012." */
  readonly footnote: string | null;
}

/**
 * What the masthead shows for the issuance a symbol names. The date of a
 * reissue is not in the symbol: pass it, or the footnote goes without it.
 */
export function issuanceMarks(symbol: string, reissuedOn: string | null = null): IssuanceMarks {
  const first = splitJointSymbol(symbol)[0] ?? symbol.trim();
  if (/\*$/u.test(first)) {
    const on = reissuedOn === null ? '' : ` on ${formatUnDate(reissuedOn)}`;
    return { kind: 'reissue', subtitle: null, footnote: `Reissued for technical reasons${on}.` };
  }
  const last = MODIFIER.exec(first.split('/').at(-1) ?? '')?.[1];
  switch (last) {
    case 'Corr':
      return { kind: 'corrigendum', subtitle: 'Corrigendum', footnote: null };
    case 'Add':
      return { kind: 'addendum', subtitle: 'Addendum', footnote: null };
    case 'Rev':
      return { kind: 'revision', subtitle: null, footnote: null };
    default:
      return { kind: 'original', subtitle: null, footnote: null };
  }
}

export interface RevisedIssuanceOptions {
  /**
   * The new issuance's date (ISO). A revision, corrigendum or addendum is
   * dated anew (cleared when not given); a reissue keeps the original date in
   * the masthead and this date goes in its footnote.
   */
  readonly issueDate?: string | null;
  /** Symbols issued already, so the new one takes the next free number. */
  readonly issued?: readonly string[];
  readonly makeId?: () => string;
}

export interface RevisedIssuance {
  /** The new document: a new agenda id, the same items and paragraphs (so comparisons go by id). */
  readonly agenda: Agenda;
  readonly kind: IssuanceKind;
  readonly marks: IssuanceMarks;
}

export function reviseIssuance(
  agenda: Agenda,
  kind: IssuanceKind,
  options: RevisedIssuanceOptions = {},
): RevisedIssuance {
  const symbol = revisedSymbol(agenda.header.symbol, kind, options.issued);
  const date = options.issueDate ?? null;
  const issueDate = kind === 'reissue' ? agenda.header.issueDate : date;
  const marks = issuanceMarks(symbol, kind === 'reissue' ? date : null);
  return {
    agenda: {
      ...agenda,
      id: (options.makeId ?? newId)(),
      // The note is the new issuance's own: a revision does not carry a reissue's footnote.
      header: { ...agenda.header, symbol, issueDate, issuanceNote: marks.footnote },
    },
    kind,
    marks,
  };
}
