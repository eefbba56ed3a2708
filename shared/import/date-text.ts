import { MONTHS, WEEKDAYS } from '../schedule/calendar';
import { parseUnDate } from '../schedule/un-parse';

/**
 * Dates as agendas print them: the meeting's "Vienna, 17 and 18 October
 * 2012", and the annex's "Wednesday, 17 October" whose year is the meeting's.
 */

export interface DateRange {
  readonly start: string;
  readonly end: string;
}

export interface VenueAndDates extends DateRange {
  readonly venue: string;
}

const MONTH = `(?:${MONTHS.join('|')}|${MONTHS.map((name) => name.slice(0, 3)).join('|')}|Sept)\\.?`;
const WEEKDAY = `(?:${WEEKDAYS.join('|')})`;
const JOINER = '\\s*(?:-|and|to|until|till)\\s*';

/**
 * "17 and 18 October 2012", "17-19 October 2012", "30 November-4 December 2015",
 * "28 December 2015-2 January 2016", "from 17 to 19 October 2012", "17 October 2012".
 */
const DAY_FIRST_RANGE = new RegExp(
  `^(?:from\\s+)?(\\d{1,2})(?:\\s+(${MONTH}))?(?:\\s+(\\d{4}))?${JOINER}(\\d{1,2})\\s+(${MONTH}),?\\s+(\\d{4})$`,
  'iu',
);
/** "October 17-19, 2012", as American drafts write it. */
const MONTH_FIRST_RANGE = new RegExp(
  `^(${MONTH})\\s+(\\d{1,2})${JOINER}(?:(${MONTH})\\s+)?(\\d{1,2}),?\\s+(\\d{4})$`,
  'iu',
);

function normaliseDashes(text: string): string {
  return text
    .replace(/[\u2010-\u2015\u2212]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}

function isoOf(day: string, month: string, year: string): string | null {
  const parsed = parseUnDate(`${day} ${month} ${year}`);
  return parsed.ok ? parsed.date : null;
}

/** A single date or a range of days; null when the text is anything else. */
export function parseDateRange(text: string): DateRange | null {
  const shown = normaliseDashes(text);
  const dayFirst = DAY_FIRST_RANGE.exec(shown);
  if (dayFirst) {
    const [, day1 = '', month1, year1, day2 = '', month2 = '', year2 = ''] = dayFirst;
    const start = isoOf(day1, month1 ?? month2, year1 ?? year2);
    const end = isoOf(day2, month2, year2);
    return start && end && start <= end ? { start, end } : null;
  }
  const monthFirst = MONTH_FIRST_RANGE.exec(shown);
  if (monthFirst) {
    const [, month1 = '', day1 = '', month2, day2 = '', year = ''] = monthFirst;
    const start = isoOf(day1, month1, year);
    const end = isoOf(day2, month2 ?? month1, year);
    return start && end && start <= end ? { start, end } : null;
  }
  // A single date, but not a bare number or a date without its year.
  if (!/[a-z]/iu.test(shown) || !/\d{4}/u.test(shown)) return null;
  const single = parseUnDate(shown);
  return single.ok ? { start: single.date, end: single.date } : null;
}

/** "Vienna, 17 and 18 October 2012"; the venue may hold commas ("Palais des Nations, Geneva"). */
export function parseVenueAndDates(text: string): VenueAndDates | null {
  const shown = normaliseDashes(text);
  for (let comma = shown.indexOf(','); comma > 0; comma = shown.indexOf(',', comma + 1)) {
    const dates = parseDateRange(shown.slice(comma + 1));
    if (dates) return { venue: shown.slice(0, comma).trim(), ...dates };
  }
  return null;
}

/** "Wednesday, 17 October", "Wednesday 17 October 2012", "17 October": the heading of a day. */
export const DAY_HEADING = new RegExp(
  `^(?:(${WEEKDAY}),?\\s+)?(\\d{1,2})\\s+(${MONTH})(?:,?\\s+(\\d{4}))?(?=$|\\s)`,
  'iu',
);
/** Within running text a day heading must name its weekday, or any date would be one. */
export const DAY_HEADING_IN_TEXT = new RegExp(
  `^(${WEEKDAY}),?\\s+(\\d{1,2})\\s+(${MONTH})(?:,?\\s+(\\d{4}))?(?=$|\\s)`,
  'iu',
);

export type DayHeadingParse =
  { readonly ok: true; readonly date: string } | { readonly ok: false; readonly message: string };

/**
 * The date of a day heading. Without a year, the first of `years` whose
 * calendar has that weekday on that day is taken: the meeting's year first,
 * so that a meeting across the new year still finds its January days.
 */
export function dayHeadingDate(match: RegExpExecArray, years: readonly number[]): DayHeadingParse {
  const [, weekday, day = '', month = '', year] = match;
  const prefix = weekday ? `${weekday}, ` : '';
  if (year) {
    const parsed = parseUnDate(`${prefix}${day} ${month} ${year}`);
    return parsed.ok ? parsed : { ok: false, message: parsed.message };
  }
  let firstFailure: string | null = null;
  for (const candidate of years) {
    const parsed = parseUnDate(`${prefix}${day} ${month} ${candidate}`);
    if (parsed.ok) return parsed;
    firstFailure ??= parsed.message;
  }
  return {
    ok: false,
    // The meeting's own year says best why the weekday does not fit.
    message: firstFailure ?? 'the day has no year and the meeting has no dates to take it from',
  };
}
