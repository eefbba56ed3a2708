/**
 * UN date and time style, used by every view and every export.
 *
 * "31 July 2012", "17 and 18 October 2012", "Wednesday, 17 October",
 * "10 a.m.", "10.30 a.m.", "10 a.m.-1 p.m.", "3-6 p.m.". Noon is written
 * "12 noon" and midnight "12 midnight".
 */

const MONTHS = [
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
const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number;
}

function parseIsoDate(iso: string): CalendarDate {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return { year, month, day };
}

function monthName(date: CalendarDate): string {
  return MONTHS[date.month - 1] ?? '';
}

/** "31 July 2012" */
export function formatUnDate(iso: string): string {
  const date = parseIsoDate(iso);
  return `${date.day} ${monthName(date)} ${date.year}`;
}

/** "Wednesday, 17 October" */
export function formatUnDayHeading(iso: string): string {
  const date = parseIsoDate(iso);
  const weekday = WEEKDAYS[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()];
  return `${weekday}, ${date.day} ${monthName(date)}`;
}

/** "17 October 2012", "17 and 18 October 2012", "17-19 October 2012", "30 November-4 December 2015" */
export function formatUnDateRange(startIso: string, endIso: string): string {
  const start = parseIsoDate(startIso);
  const end = parseIsoDate(endIso);
  if (startIso === endIso) return formatUnDate(startIso);
  if (start.year !== end.year) return `${formatUnDate(startIso)}-${formatUnDate(endIso)}`;
  if (start.month !== end.month) {
    return `${start.day} ${monthName(start)}-${end.day} ${monthName(end)} ${end.year}`;
  }
  const joiner = end.day - start.day === 1 ? ' and ' : '-';
  return `${start.day}${joiner}${end.day} ${monthName(end)} ${end.year}`;
}

interface Clock {
  readonly hours: number;
  readonly minutes: number;
}

function parseClock(time: string): Clock {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return { hours, minutes };
}

function isNoon(clock: Clock): boolean {
  return clock.hours === 12 && clock.minutes === 0;
}

function isMidnight(clock: Clock): boolean {
  return (clock.hours === 0 || clock.hours === 24) && clock.minutes === 0;
}

function halfOfDay(clock: Clock): 'a.m.' | 'p.m.' {
  return clock.hours >= 12 && clock.hours < 24 ? 'p.m.' : 'a.m.';
}

function clockFigures(clock: Clock): string {
  const hours12 = clock.hours % 12 === 0 ? 12 : clock.hours % 12;
  return clock.minutes === 0
    ? String(hours12)
    : `${hours12}.${String(clock.minutes).padStart(2, '0')}`;
}

/** "10 a.m.", "10.30 a.m.", "12 noon", "12 midnight" */
export function formatUnTime(time: string): string {
  const clock = parseClock(time);
  if (isNoon(clock)) return '12 noon';
  if (isMidnight(clock)) return '12 midnight';
  return `${clockFigures(clock)} ${halfOfDay(clock)}`;
}

/** "10 a.m.-1 p.m.", and "3-6 p.m." when both ends fall in the same half of the day. */
export function formatUnTimeRange(start: string, end: string): string {
  const from = parseClock(start);
  const to = parseClock(end);
  const plain = !isNoon(from) && !isMidnight(from) && !isNoon(to) && !isMidnight(to);
  if (plain && halfOfDay(from) === halfOfDay(to)) {
    return `${clockFigures(from)}-${clockFigures(to)} ${halfOfDay(to)}`;
  }
  return `${formatUnTime(start)}-${formatUnTime(end)}`;
}
