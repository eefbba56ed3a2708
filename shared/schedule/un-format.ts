import { daysBetween, minutesOfDay, monthName, parseIsoDate, weekdayName } from './calendar';

/**
 * UN date and time style, used by every view and every export.
 *
 * "31 July 2012", "17 and 18 October 2012", "Wednesday, 17 October",
 * "10 a.m.", "10.30 a.m.", "10 a.m.-1 p.m.", "3-6 p.m.". Noon is written
 * "12 noon" and midnight "12 midnight", alone and in ranges alike, because
 * "12 a.m." and "12 p.m." are read both ways.
 *
 * The model validates dates and times before they get here; a value that is
 * still malformed is returned as it is, so that a view shows what is stored
 * rather than "NaN undefined".
 */

export { parseUnDate, parseUnTime, parseUnTimeRange } from './un-parse';
export type { UnDateParse, UnTimeParse, UnTimeRangeParse } from './un-parse';

/** "31 July 2012" */
export function formatUnDate(iso: string): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  return `${date.day} ${monthName(date.month)} ${date.year}`;
}

/** "Wednesday, 17 October": the heading of a day in the organization of work. */
export function formatUnDayHeading(iso: string): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  return `${weekdayName(date)}, ${date.day} ${monthName(date.month)}`;
}

/**
 * "17 October 2012", "17 and 18 October 2012", "17-19 October 2012",
 * "30 November-4 December 2015", "28 December 2015-2 January 2016".
 *
 * Two consecutive days are joined by "and", across a month or a year too
 * ("31 October and 1 November 2012").
 */
export function formatUnDateRange(startIso: string, endIso: string): string {
  const start = parseIsoDate(startIso);
  const end = parseIsoDate(endIso);
  if (!start || !end) return `${formatUnDate(startIso)}-${formatUnDate(endIso)}`;
  const length = daysBetween(startIso, endIso) ?? 0;
  if (length === 0) return formatUnDate(startIso);
  // A range the wrong way round is shown in full rather than as "19 and 18 October".
  if (length < 0) return `${formatUnDate(startIso)}-${formatUnDate(endIso)}`;
  const joiner = length === 1 ? ' and ' : '-';
  if (start.year !== end.year) {
    return `${formatUnDate(startIso)}${joiner}${formatUnDate(endIso)}`;
  }
  if (start.month !== end.month) {
    return `${start.day} ${monthName(start.month)}${joiner}${formatUnDate(endIso)}`;
  }
  return `${start.day}${joiner}${formatUnDate(endIso)}`;
}

type HalfOfDay = 'a.m.' | 'p.m.';

interface Clock {
  readonly hours: number;
  readonly minutes: number;
}

function clockOf(minutes: number): Clock {
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

function isNoon(clock: Clock): boolean {
  return clock.hours === 12 && clock.minutes === 0;
}

function isMidnight(clock: Clock): boolean {
  return (clock.hours === 0 || clock.hours === 24) && clock.minutes === 0;
}

function halfOfDay(clock: Clock): HalfOfDay {
  return clock.hours >= 12 && clock.hours < 24 ? 'p.m.' : 'a.m.';
}

/** "10", "10.30", "12.15": the figures without the half of the day. */
function clockFigures(clock: Clock): string {
  const hours12 = clock.hours % 12 === 0 ? 12 : clock.hours % 12;
  return clock.minutes === 0
    ? String(hours12)
    : `${hours12}.${String(clock.minutes).padStart(2, '0')}`;
}

function formatClock(clock: Clock): string {
  if (isNoon(clock)) return '12 noon';
  if (isMidnight(clock)) return '12 midnight';
  return `${clockFigures(clock)} ${halfOfDay(clock)}`;
}

/** "10 a.m.", "10.30 a.m.", "3 p.m.", "12 noon", "12 midnight" */
export function formatUnTime(time: string): string {
  const minutes = minutesOfDay(time);
  return minutes === null ? time : formatClock(clockOf(minutes));
}

/**
 * "10 a.m.-1 p.m.", and "3-6 p.m." or "9-11.30 a.m." when both ends fall in
 * the same half of the day. Noon and midnight keep their words:
 * "10 a.m.-12 noon", "12 noon-3 p.m.", "9 p.m.-12 midnight".
 */
export function formatUnTimeRange(start: string, end: string): string {
  const fromMinutes = minutesOfDay(start);
  const toMinutes = minutesOfDay(end);
  if (fromMinutes === null || toMinutes === null) {
    return `${formatUnTime(start)}-${formatUnTime(end)}`;
  }
  const from = clockOf(fromMinutes);
  const to = clockOf(toMinutes);
  const plain = !isNoon(from) && !isMidnight(from) && !isNoon(to) && !isMidnight(to);
  if (plain && halfOfDay(from) === halfOfDay(to) && fromMinutes < toMinutes) {
    return `${clockFigures(from)}-${clockFigures(to)} ${halfOfDay(to)}`;
  }
  return `${formatClock(from)}-${formatClock(to)}`;
}
