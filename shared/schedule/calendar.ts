/**
 * Calendar dates and times of day as the model stores them (`YYYY-MM-DD`,
 * `HH:MM`), with the little arithmetic the planner needs.
 *
 * Dates are computed in UTC so that a day is always 24 hours long, whatever
 * the time zone or daylight-saving rules of the laptop running Agendum.
 */

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

export interface CalendarDate {
  readonly year: number;
  /** 1-12 */
  readonly month: number;
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_OF_DAY = /^(\d{2}):(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isRealDate(date: CalendarDate): boolean {
  return (
    Number.isInteger(date.year) &&
    date.year >= 1 &&
    date.year <= 9999 &&
    date.month >= 1 &&
    date.month <= 12 &&
    date.day >= 1 &&
    date.day <= daysInMonth(date.year, date.month)
  );
}

/** The date an ISO string names, or null when it names none (e.g. "2012-02-30"). */
export function parseIsoDate(iso: string): CalendarDate | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isRealDate(date) ? date : null;
}

export function toIsoDate(date: CalendarDate): string {
  const year = String(date.year).padStart(4, '0');
  const month = String(date.month).padStart(2, '0');
  const day = String(date.day).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

function epochDay(date: CalendarDate): number {
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear does not.
  const utc = new Date(0);
  utc.setUTCFullYear(date.year, date.month - 1, date.day);
  return Math.round(utc.getTime() / MS_PER_DAY);
}

function fromEpochDay(days: number): CalendarDate {
  const utc = new Date(days * MS_PER_DAY);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

/** "2012-10-17" plus 2 days is "2012-10-19"; null when the date is not a real one. */
export function addDays(iso: string, days: number): string | null {
  const date = parseIsoDate(iso);
  return date ? toIsoDate(fromEpochDay(epochDay(date) + days)) : null;
}

/** Days from `fromIso` to `toIso` (negative when `toIso` comes first); null for a bad date. */
export function daysBetween(fromIso: string, toIso: string): number | null {
  const from = parseIsoDate(fromIso);
  const to = parseIsoDate(toIso);
  return from && to ? epochDay(to) - epochDay(from) : null;
}

/** 0 for Sunday … 6 for Saturday. */
export function dayOfWeek(date: CalendarDate): number {
  // 1 January 1970 was a Thursday.
  return (((epochDay(date) + 4) % 7) + 7) % 7;
}

export function weekdayName(date: CalendarDate): string {
  return WEEKDAYS[dayOfWeek(date)] ?? '';
}

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

/** Minutes since the start of the day for "HH:MM" (24:00 is 1440), or null when malformed. */
export function minutesOfDay(time: string): number | null {
  const match = TIME_OF_DAY.exec(time);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

/** "HH:MM" for minutes since the start of the day; 1440 gives "24:00". */
export function timeOfDay(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
