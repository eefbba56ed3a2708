import { DISTRIBUTIONS, type Distribution, type Language, UN_LANGUAGES } from '../model/agenda';
import { LANGUAGE_NAMES } from '../model/languages';
import { checkSymbol, hasSymbolErrors } from '../documents/symbol-check';
import { parseUnDate } from '../schedule/un-parse';
import { parseDateRange, parseVenueAndDates } from './date-text';
import type { SourceLine } from './import-lines';
import type { UnplacedCollector } from './unplaced';

/**
 * The masthead and title block: everything above the agenda list. Each line
 * is split at tabs and line breaks (a Word masthead is a band and a table;
 * pandoc keeps "Distr.: General" and the date in one paragraph) and every
 * piece is matched against the fields of the header and of the meeting.
 */

export interface MastheadFields {
  body: string;
  symbol: string;
  distribution: Distribution;
  issueDate: string | null;
  originalLanguage: Language;
  meetingTitle: string;
  session: string | null;
  venue: string;
  startDate: string | null;
  endDate: string | null;
  documentTitle: string | null;
}

interface Fragment {
  readonly text: string;
  readonly line: SourceLine;
}

const LANGUAGE_BY_NAME = new Map<string, Language>(
  UN_LANGUAGES.map((code) => [LANGUAGE_NAMES[code].toLowerCase(), code]),
);

function fragmentsOf(lines: readonly SourceLine[]): Fragment[] {
  return lines.flatMap((line) =>
    line.text
      .split(/[\t\n]+/u)
      .map((text) => text.trim())
      .filter((text) => text !== '')
      .map((text) => ({ text, line })),
  );
}

/** "CTOC/COP/WG.2/2012/1", "E/CN.7/2023/1*": a symbol the checker finds no error in. */
function asSymbol(text: string): string | null {
  const candidate = text.replace(/^symbol\s*:\s*/iu, '').replace(/\*+$/u, '');
  if (!candidate.includes('/') || /\s/u.test(candidate.replace(/ \([^()]*\)$/u, ''))) return null;
  const check = checkSymbol(candidate, { currentYear: 9999 });
  return hasSymbolErrors(check) ? null : candidate;
}

export function readMasthead(
  lines: readonly SourceLine[],
  unplaced: UnplacedCollector,
): MastheadFields {
  const fields: MastheadFields = {
    body: '',
    symbol: '',
    distribution: 'General',
    issueDate: null,
    originalLanguage: 'en',
    meetingTitle: '',
    session: null,
    venue: '',
    startDate: null,
    endDate: null,
    documentTitle: null,
  };
  /** Lines of free text, body and meeting title in that order, and whether a field preceded each. */
  const names: { fragment: Fragment; afterFields: boolean }[] = [];
  let fieldsSeen = false;

  const take = (fragment: Fragment): void => {
    const { text } = fragment;
    if (/^united nations$/iu.test(text)) return;
    const distribution =
      /^distr(?:ibution)?\.?\s*:?\s*(general|limited|restricted)\b\.?\s*(.*)$/iu.exec(text);
    if (distribution) {
      const word = (distribution[1] ?? '').toLowerCase();
      fields.distribution = DISTRIBUTIONS.find((name) => name.toLowerCase() === word) ?? 'General';
      fieldsSeen = true;
      const rest = distribution[2]?.trim() ?? '';
      if (rest !== '') take({ text: rest, line: fragment.line });
      return;
    }
    const original = /^original\s*:?\s*([\p{L}]+)/iu.exec(text);
    if (original) {
      const language = LANGUAGE_BY_NAME.get((original[1] ?? '').toLowerCase());
      if (language) fields.originalLanguage = language;
      else unplaced.add(fragment.line, text, 'the original language is not one of the six');
      fieldsSeen = true;
      return;
    }
    const symbol = asSymbol(text);
    if (symbol !== null && fields.symbol === '') {
      fields.symbol = symbol;
      fieldsSeen = true;
      return;
    }
    const venueAndDates = parseVenueAndDates(text);
    if (venueAndDates && fields.startDate === null) {
      fields.venue = venueAndDates.venue;
      fields.startDate = venueAndDates.start;
      fields.endDate = venueAndDates.end;
      return;
    }
    const dates = parseDateRange(text);
    if (dates) {
      const single = dates.start === dates.end && parseUnDate(text).ok;
      if (single && fields.issueDate === null && fields.startDate === null) {
        fields.issueDate = dates.start;
        fieldsSeen = true;
        return;
      }
      if (fields.startDate === null) {
        fields.startDate = dates.start;
        fields.endDate = dates.end;
        return;
      }
    }
    // "Sixty-sixth session", "Resumed tenth session"; UNEP and the MEAs number "meetings".
    const session =
      /\bsession\b/iu.test(text) || /^(?:resumed\s+)?[\p{L}-]+\s+meeting$/iu.test(text);
    if (session && text.length <= 120 && fields.session === null) {
      fields.session = text.replace(/[.:]$/u, '');
      return;
    }
    if (/\bagenda\b/iu.test(text) && text.length <= 120) {
      // A second one is the heading of the list part ("I. Provisional agenda").
      fields.documentTitle ??= text.replace(/[.:]$/u, '');
      return;
    }
    names.push({ fragment, afterFields: fieldsSeen });
  };

  for (const fragment of fragmentsOf(lines)) take(fragment);

  const [first, second, ...others] = names;
  if (first && second) {
    fields.body = first.fragment.text;
    fields.meetingTitle = second.fragment.text;
  } else if (first) {
    // A lone name under the distribution and date is the meeting's, the body being left out.
    if (first.afterFields) fields.meetingTitle = first.fragment.text;
    else fields.body = first.fragment.text;
  }
  for (const other of others) {
    unplaced.add(
      other.fragment.line,
      other.fragment.text,
      'in the masthead, but not a field of it',
    );
  }
  return fields;
}
