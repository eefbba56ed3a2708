import {
  daysInMonth,
  MONTHS,
  monthName,
  timeOfDay,
  toIsoDate,
  WEEKDAYS,
  weekdayName,
  type CalendarDate,
} from './calendar';
import { assertNever } from './assert-never';

/**
 * Reading times and dates as people type them.
 *
 * Every parser accepts the usual ways of writing ("10am-1pm", "3 to 6 pm",
 * "15.00–18.00", "17/10/2012") and either normalises to what the model
 * stores (`HH:MM`, `YYYY-MM-DD`) or says, in a sentence for the user, why it
 * cannot. Messages quote what was typed.
 */

export type UnTimeParse = { ok: true; time: string } | { ok: false; message: string };
export type UnTimeRangeParse =
  { ok: true; start: string; end: string } | { ok: false; message: string };
export type UnDateParse = { ok: true; date: string } | { ok: false; message: string };

type Half = 'am' | 'pm';
/** How the other end of a range says which clock it is on. */
type ClockHint = Half | '24-hour' | null;

/**
 * A time as typed, before the range around it decides the half of the day.
 *
 * `open` is an hour from 1 to 11 written without a half of the day nor a
 * leading zero: "3" may be 3 a.m. or 3 p.m. `bare-twelve` is "12" or
 * "12.30" with no half: noon, or midnight when it ends a range.
 */
type TypedTime =
  | { readonly kind: 'fixed'; readonly minutes: number; readonly clock: ClockHint }
  | { readonly kind: 'midnight' }
  | { readonly kind: 'open'; readonly hour: number; readonly minute: number }
  | { readonly kind: 'bare-twelve'; readonly minute: number };

type Reading = { ok: true; time: TypedTime } | { ok: false; message: string };

const TIME_EXAMPLES = 'write it like “10 a.m.”, “10.30 a.m.” or “15:00”';
const RANGE_EXAMPLES = 'write it like “10 a.m.-1 p.m.”, “3-6 p.m.” or “15:00-18:00”';
const DATE_EXAMPLES = 'write it like “17 October 2012”, “17/10/2012” or “2012-10-17”';

function quoted(text: string): string {
  return `“${text}”`;
}

/** Lower case, one space, hyphens for every dash, "am"/"pm" for "a.m.", "A.M", "a". */
function normaliseTimeText(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/(^|[^a-z])([ap])\.? ?m\b\.?/g, '$1$2m')
    .replace(/(\d) ?([ap])\b(?!m)/g, '$1$2m')
    .replace(/(\d) ?([ap]m)/g, '$1 $2');
}

const SINGLE_TIME = /^(\d{1,2})(?:[:.h](\d{2}))?h? ?(am|pm)?$/;
const DIGITS_ONLY_TIME = /^(\d{1,2})(\d{2}) ?(am|pm)?$/;

/** Reads one time of a range (already normalised); `shown` is what the message quotes. */
function readTime(text: string, shown: string): Reading {
  if (/^(12 ?)?(noon|midday)$/.test(text)) {
    return { ok: true, time: { kind: 'fixed', minutes: 12 * 60, clock: null } };
  }
  if (/^(12 ?)?midnight$/.test(text)) return { ok: true, time: { kind: 'midnight' } };

  const match = SINGLE_TIME.exec(text) ?? DIGITS_ONLY_TIME.exec(text);
  if (!match) {
    return { ok: false, message: `${quoted(shown)} is not a time: ${TIME_EXAMPLES}.` };
  }
  const hourText = match[1] ?? '';
  const hour = Number(hourText);
  const minute = Number(match[2] ?? '0');
  const half = (match[3] ?? null) as Half | null;

  if (minute > 59) {
    return { ok: false, message: `${quoted(shown)}: minutes run from 00 to 59.` };
  }
  if (half !== null) {
    if (hour < 1 || hour > 12) {
      const twelveHour = hour === 0 ? 12 : hour - 12;
      const example =
        hour > 12 && hour < 24
          ? ` write “${twelveHour} p.m.” or “${timeOfDay(hour * 60 + minute)}”`
          : ' hours before a.m. or p.m. run from 1 to 12';
      return {
        ok: false,
        message: `${quoted(shown)} mixes the 12-hour and 24-hour clocks:${example}.`,
      };
    }
    if (hour === 12 && minute === 0 && half === 'am') {
      return { ok: true, time: { kind: 'midnight' } };
    }
    const hours24 = (hour % 12) + (half === 'pm' ? 12 : 0);
    return { ok: true, time: { kind: 'fixed', minutes: hours24 * 60 + minute, clock: half } };
  }
  if (hour > 24) {
    return {
      ok: false,
      message: `${quoted(shown)}: there is no hour ${hour}; a day runs from 00:00 to 24:00.`,
    };
  }
  if (hour === 24) {
    if (minute > 0) {
      return { ok: false, message: `${quoted(shown)} is past 24:00, the end of the day.` };
    }
    return { ok: true, time: { kind: 'midnight' } };
  }
  if (hour === 0 && minute === 0) return { ok: true, time: { kind: 'midnight' } };
  if (hour === 12) return { ok: true, time: { kind: 'bare-twelve', minute } };
  // "09:00" with its leading zero is the 24-hour clock; "9" alone could be either half.
  if (hour === 0 || hour > 12 || hourText.startsWith('0')) {
    return { ok: true, time: { kind: 'fixed', minutes: hour * 60 + minute, clock: '24-hour' } };
  }
  return { ok: true, time: { kind: 'open', hour, minute } };
}

/**
 * The minutes a typed time may stand for, most likely first.
 *
 * `context` is the half of the day written at the other end of the range:
 * "3-6 p.m." reads 3 as 3 p.m., "10-1 p.m." reads 10 as 10 a.m. Without one,
 * meetings sit between 8 a.m. and midnight, so "9" is 9 a.m. and "3" is
 * 3 p.m.; the normalised text shows the reading at once, so a wrong guess is
 * seen and corrected.
 */
function candidates(time: TypedTime, position: 'start' | 'end', context: ClockHint): number[] {
  switch (time.kind) {
    case 'fixed':
      return [time.minutes];
    case 'midnight':
      return [position === 'start' ? 0 : 24 * 60];
    case 'bare-twelve':
      return position === 'end' && time.minute === 0 ? [12 * 60, 24 * 60] : [12 * 60 + time.minute];
    case 'open': {
      const am = time.hour * 60 + time.minute;
      const pm = am + 12 * 60;
      // "10:00-13:00": the other end is on the 24-hour clock, so is this one.
      if (context === '24-hour') return [am];
      if (time.hour >= 8) return context === 'pm' ? [pm, am] : [am, pm];
      // Before 8 a.m. only when a.m. is written at the other end ("5-7 a.m."):
      // "6-3 p.m." is a slip to report, not a meeting at 6 in the morning.
      return context === 'am' ? [am, pm] : [pm];
    }
    default:
      return assertNever(time);
  }
}

function clockHint(time: TypedTime): ClockHint {
  return time.kind === 'fixed' ? time.clock : null;
}

/** "10 a.m." or "15:00" → "10:00" / "15:00"; "midnight" → "00:00". */
export function parseUnTime(text: string): UnTimeParse {
  const shown = text.trim();
  if (shown === '') return { ok: false, message: 'Type a time, like “10 a.m.” or “15:00”.' };
  const reading = readTime(normaliseTimeText(shown), shown);
  if (!reading.ok) return reading;
  const [minutes = 0] = candidates(reading.time, 'start', null);
  // "24:00" stays the end of the day when typed as such.
  const literalEndOfDay = /^24[:.h]?(00)?$/.test(shown);
  return { ok: true, time: literalEndOfDay ? '24:00' : timeOfDay(minutes) };
}

const RANGE_SEPARATOR = / ?(?:-+|\bto\b|\buntil\b|\btill\b) ?/;

/** "10am-1pm", "3 to 6 pm", "15.00–18.00", "noon-3 p.m." → start and end as `HH:MM`. */
export function parseUnTimeRange(text: string): UnTimeRangeParse {
  const shown = text.trim();
  if (shown === '') {
    return { ok: false, message: 'Type a time range, like “10 a.m.-1 p.m.” or “15:00-18:00”.' };
  }
  const normalised = normaliseTimeText(shown).replace(/^from /, '');
  const parts = normalised.split(RANGE_SEPARATOR);
  if (parts.length === 1) {
    const single = readTime(normalised, shown);
    return {
      ok: false,
      message: single.ok
        ? `${quoted(shown)} has no end: write a range like “10 a.m.-1 p.m.”.`
        : `${quoted(shown)} is not a time range: ${RANGE_EXAMPLES}.`,
    };
  }
  const [startText = '', endText = ''] = parts;
  if (parts.length > 2 || startText === '' || endText === '') {
    return { ok: false, message: `${quoted(shown)} is not a time range: ${RANGE_EXAMPLES}.` };
  }
  const start = readTime(startText, originalPart(shown, 0));
  if (!start.ok) return start;
  const end = readTime(endText, originalPart(shown, 1));
  if (!end.ok) return end;

  const starts = candidates(start.time, 'start', clockHint(end.time));
  const ends = candidates(end.time, 'end', clockHint(start.time));
  for (const from of starts) {
    for (const to of ends) {
      if (from < to) return { ok: true, start: timeOfDay(from), end: timeOfDay(to) };
    }
  }
  const [from = 0] = starts;
  const [to = 0] = ends;
  if (from === to) return { ok: false, message: `${quoted(shown)} ends when it starts.` };
  // "10 p.m.-1 a.m." means the next day; "1-10 a.m." typed backwards does not.
  if (from >= 12 * 60 && to < 8 * 60) {
    return {
      ok: false,
      message: `${quoted(shown)} runs past midnight: a slot ends by 12 midnight on its day.`,
    };
  }
  return { ok: false, message: `${quoted(shown)} ends before it starts.` };
}

/** One side of a typed range, for quoting it in a message as the user wrote it. */
function originalPart(shown: string, index: 0 | 1): string {
  const parts = shown
    .replace(/^from\s+/i, '')
    .split(/\s*(?:[-\u2010-\u2015\u2212]+|\bto\b|\buntil\b|\btill\b)\s*/i);
  return (parts[index] ?? shown).trim();
}

const MONTH_WORDS = new Map<string, number>(
  MONTHS.flatMap((name, index): [string, number][] => [
    [name.toLowerCase(), index + 1],
    [name.slice(0, 3).toLowerCase(), index + 1],
  ]).concat([['sept', 9]]),
);
const WEEKDAY_WORDS = new Map<string, number>(
  WEEKDAYS.flatMap((name, index): [string, number][] => [
    [name.toLowerCase(), index],
    [name.slice(0, 3).toLowerCase(), index],
  ]),
);

interface TypedDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Written first ("Wednesday, 17 October 2012"), and checked. */
  readonly weekday: number | null;
  /** "17/10/2012": all figures, day first. */
  readonly dayFirst: boolean;
}

type DateReading = { ok: true; date: TypedDate } | { ok: false; message: string };

function fullYear(yearText: string): number {
  // Two-digit years are this century's: agendas are planned, not archived.
  return yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
}

/** Reads the shape of a typed date; `checkDate` then says whether it exists. */
function readDate(shown: string): DateReading {
  const text = shown
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/,/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (iso) {
    const [, year = '', month = '', day = ''] = iso;
    return {
      ok: true,
      date: {
        year: Number(year),
        month: Number(month),
        day: Number(day),
        weekday: null,
        dayFirst: false,
      },
    };
  }
  const dayFirst = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/.exec(text);
  if (dayFirst) {
    const [, day = '', month = '', year = ''] = dayFirst;
    return {
      ok: true,
      date: {
        year: fullYear(year),
        month: Number(month),
        day: Number(day),
        weekday: null,
        dayFirst: true,
      },
    };
  }

  let words = text.split(' ');
  let weekday: number | null = null;
  const first = WEEKDAY_WORDS.get((words[0] ?? '').toLowerCase().replace(/\.$/, ''));
  if (first !== undefined) {
    weekday = first;
    words = words.slice(1);
  }
  words = words.filter((word) => word.toLowerCase() !== 'of');
  const dayWord = /^(\d{1,2})(?:st|nd|rd|th)?$/i;

  // "17 October 2012", and "October 17 2012" since the month name leaves no doubt.
  let dayText: string | undefined;
  let monthText: string | undefined;
  let yearText: string | undefined;
  if (dayWord.test(words[0] ?? '')) [dayText, monthText, yearText] = words;
  else if (dayWord.test(words[1] ?? '')) [monthText, dayText, yearText] = words;

  if (dayText === undefined || monthText === undefined || words.length > 3) {
    return { ok: false, message: `${quoted(shown)} is not a date: ${DATE_EXAMPLES}.` };
  }
  const month = MONTH_WORDS.get(monthText.toLowerCase().replace(/\.$/, ''));
  if (month === undefined) {
    if (/^\d+$/.test(monthText)) {
      return { ok: false, message: `${quoted(shown)} is not a date: ${DATE_EXAMPLES}.` };
    }
    return {
      ok: false,
      message: `${quoted(shown)}: ${quoted(monthText)} is not the name of a month; ${DATE_EXAMPLES}.`,
    };
  }
  const day = Number(dayWord.exec(dayText)?.[1]);
  if (yearText === undefined) {
    return {
      ok: false,
      message: `${quoted(shown)} has no year: write it like “${day} ${monthName(month)} 2012”.`,
    };
  }
  if (!/^(\d{4}|\d{2})$/.test(yearText)) {
    return { ok: false, message: `${quoted(shown)} is not a date: ${DATE_EXAMPLES}.` };
  }
  return { ok: true, date: { year: fullYear(yearText), month, day, weekday, dayFirst: false } };
}

/** "17 October 2012", "2012-10-17", "17/10/2012" (day first) → "2012-10-17". */
export function parseUnDate(text: string): UnDateParse {
  const shown = text.trim();
  if (shown === '') return { ok: false, message: 'Type a date, like “17 October 2012”.' };
  const reading = readDate(shown);
  if (!reading.ok) return reading;
  const { year, month, day, weekday, dayFirst } = reading.date;
  if (year < 1) return { ok: false, message: `${quoted(shown)}: there is no year ${year}.` };
  if (month < 1 || month > 12) {
    // "10/17/2012" is the American order; say how the date is read.
    const hint =
      dayFirst && month > 12 && month <= 31 && day <= 12
        ? `; dates are read day first, as in “${month}/${day}/${year}”`
        : '';
    return { ok: false, message: `${quoted(shown)}: there is no month ${month}${hint}.` };
  }
  const length = daysInMonth(year, month);
  if (day < 1 || day > length) {
    return {
      ok: false,
      message: `${quoted(shown)}: ${monthName(month)} ${year} has ${length} days.`,
    };
  }
  const date: CalendarDate = { year, month, day };
  if (weekday !== null && WEEKDAYS[weekday] !== weekdayName(date)) {
    return {
      ok: false,
      message: `${quoted(shown)}: ${day} ${monthName(month)} ${year} is a ${weekdayName(date)}.`,
    };
  }
  return { ok: true, date: toIsoDate(date) };
}
