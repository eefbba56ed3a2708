import type { AgendaItem, SubItem } from '../model/agenda';
import { STANDARD_SLOTS } from '../schedule/meeting-dates';
import { parseUnTimeRange } from '../schedule/un-parse';
import { DAY_HEADING, DAY_HEADING_IN_TEXT } from './date-text';
import type { SourceLine } from './import-lines';
import { isAnnexHeaderText, letterIndex } from './text-patterns';

/**
 * A row of the organization of work, read as a sequence of tokens: a day,
 * a time range, an agenda item reference and its wording.
 *
 * Cells come from a table, tabs, or the wide gaps of a fixed-width text
 * table. A row that lost its cells (pandoc turns the seed's tab-separated
 * annex into one paragraph) is scanned word by word for the same tokens.
 */

export type AnnexToken =
  | { readonly kind: 'header' }
  | { readonly kind: 'day'; readonly match: RegExpExecArray }
  /** `guessed` when the row said "Morning" or "Afternoon" rather than the times. */
  | {
      readonly kind: 'time';
      readonly start: string;
      readonly end: string;
      readonly guessed?: boolean;
    }
  /** One item, or several taken up together ("4 and 5", "1 (a), (b)"). */
  | { readonly kind: 'item'; readonly entries: readonly SubItem[] }
  /** A reference to an item or sub-item the agenda list does not have. */
  | { readonly kind: 'unknown-item'; readonly text: string }
  | { readonly kind: 'text'; readonly text: string };

const CLOCK = String.raw`(?:12\s*noon|12\s*midnight|noon|midnight|\d{1,2}(?:[.:]\d{2})?(?:\s?[ap]\.?\s?m\.?)?)`;
const TIME_RANGE = new RegExp(`^${CLOCK}\\s*(?:[-\\u2010-\\u2015]|to)\\s*${CLOCK}(?=\\s|$)`, 'iu');
const ONE_REFERENCE = String.raw`(?:\d{1,3}(?:\s*\([a-z]{1,2}\)|\s?[a-z](?![a-z]))?|\([a-z]{1,2}\))`;
const REFERENCES = new RegExp(
  String.raw`^(?:items?\s+)?(${ONE_REFERENCE}(?:\s*(?:,|and|&)\s*${ONE_REFERENCE})*)(\s*\(continued\))?$`,
  'iu',
);
/** In running text only the plain forms count: "3", "1 (a)", "8 (continued)". */
const REFERENCE_IN_TEXT =
  /^(?:item\s+)?(\d{1,3}(?:\s*\([a-z]{1,2}\))?)(\s*\(continued\))?(?=\s|$)/iu;
const HEADER_IN_TEXT = /^(?:date and time|agenda item|title or description)(?=\s|$)/iu;

function timeOf(text: string): AnnexToken | null {
  const match = TIME_RANGE.exec(text);
  // A range of bare figures ("3-6") is a range of anything; a time says a.m., p.m. or hh:mm.
  if (!match || !/[ap]\.?\s?m|noon|midnight|:/iu.test(match[0])) return null;
  const parsed = parseUnTimeRange(match[0]);
  return parsed.ok ? { kind: 'time', start: parsed.start, end: parsed.end } : null;
}

/** "1 (a)" → the sub-item; "(b)" after it → the next one of the same item; null if any is unknown. */
function entriesOf(list: string, items: readonly AgendaItem[]): SubItem[] | null {
  const entries: SubItem[] = [];
  let item: AgendaItem | undefined;
  for (const part of list.split(/\s*(?:,|\band\b|&)\s*/iu)) {
    const match = /^(\d{1,3})?\s*\(?([a-z]{1,2})?\)?$/iu.exec(part.trim());
    if (!match) return null;
    if (match[1] !== undefined) item = items[Number(match[1]) - 1];
    if (!item) return null;
    const letters = match[2];
    if (letters === undefined) {
      entries.push(item);
      continue;
    }
    const subItem = item.subItems[letterIndex(letters) ?? -1];
    if (!subItem) return null;
    entries.push(subItem);
  }
  return entries.length > 0 ? entries : null;
}

/** What a whole cell is. */
function classifyCell(text: string, items: readonly AgendaItem[]): AnnexToken {
  if (isAnnexHeaderText(text)) return { kind: 'header' };
  const day = DAY_HEADING.exec(text);
  if (day && day[0].length === text.length) return { kind: 'day', match: day };
  const time = timeOf(text);
  if (time && TIME_RANGE.exec(text)?.[0].length === text.length) return time;
  const half = /^(morning|afternoon)$/iu.exec(text)?.[1]?.toLowerCase();
  const standard = STANDARD_SLOTS[half === 'morning' ? 0 : 1];
  if (half && standard) return { kind: 'time', ...standard, guessed: true };
  const references = REFERENCES.exec(text);
  const entries = references ? entriesOf(references[1] ?? '', items) : null;
  if (entries) return { kind: 'item', entries };
  if (references) return { kind: 'unknown-item', text };
  return { kind: 'text', text };
}

function firstWord(text: string): string {
  return (/^[\p{L}\p{N}'-]+/u.exec(text)?.[0] ?? '').toLowerCase();
}

/**
 * A number in running text is an item reference only where the wording of
 * that item starts, or right after a day, a time or another reference:
 * "… 19 and 20 October 2010 3-6 p.m. 3 Development of …" has one, item 3.
 */
function scanText(text: string, items: readonly AgendaItem[]): AnnexToken[] {
  const tokens: AnnexToken[] = [];
  let pending = '';
  let rest = text.trim();
  const flush = (): void => {
    if (pending.trim() !== '') tokens.push({ kind: 'text', text: pending.trim() });
    pending = '';
  };
  while (rest !== '') {
    let token: AnnexToken | null = null;
    let length = 0;
    const header = HEADER_IN_TEXT.exec(rest);
    const day = DAY_HEADING_IN_TEXT.exec(rest);
    const time = TIME_RANGE.exec(rest);
    const reference = REFERENCE_IN_TEXT.exec(rest);
    if (header) [token, length] = [{ kind: 'header' }, header[0].length];
    else if (day) [token, length] = [{ kind: 'day', match: day }, day[0].length];
    else if (time && timeOf(time[0])) [token, length] = [timeOf(time[0]), time[0].length];
    else if (reference) {
      const entries = entriesOf(reference[1] ?? '', items);
      const after = rest.slice(reference[0].length).trim();
      const startsTitle =
        after === '' ||
        firstWord(after) === firstWord(entries?.[0]?.title ?? '') ||
        /^\(continued\)/iu.test(after);
      const opensWording = after === '' || /^[\p{Lu}("\u201c]/u.test(after);
      if (entries && opensWording && (pending.trim() === '' || startsTitle)) {
        [token, length] = [{ kind: 'item', entries }, reference[0].length];
      }
    }
    if (token) {
      flush();
      tokens.push(token);
      rest = rest.slice(length).trimStart();
      continue;
    }
    const word = /^\S+\s*/u.exec(rest)?.[0] ?? rest;
    pending += word;
    rest = rest.slice(word.length);
  }
  flush();
  return tokens;
}

/** The tokens of one line of the annex, in reading order. */
export function annexTokens(line: SourceLine, items: readonly AgendaItem[]): AnnexToken[] {
  if (line.cells) {
    return line.cells
      .flatMap((cell) => cell.split('\n'))
      .map((text) => text.trim())
      .filter((text) => text !== '')
      .map((text) => classifyCell(text, items));
  }
  return line.text.split('\n').flatMap((piece) => {
    const trimmed = piece.trim();
    const cells = (trimmed.includes('\t') ? trimmed.split('\t') : trimmed.split(/ {3,}/u))
      .map((cell) => cell.trim())
      .filter((cell) => cell !== '');
    return cells.length >= 2
      ? cells.map((cell) => classifyCell(cell, items))
      : scanText(trimmed, items);
  });
}
