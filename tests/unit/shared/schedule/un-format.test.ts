import { describe, expect, it } from 'vitest';
import {
  formatUnDate,
  formatUnDateRange,
  formatUnDayHeading,
  formatUnTime,
  formatUnTimeRange,
  parseUnDate,
  parseUnTime,
  parseUnTimeRange,
} from '../../../../shared/schedule/un-format';

describe('formatUnTime', () => {
  it.each([
    ['10:00', '10 a.m.'],
    ['10:30', '10.30 a.m.'],
    ['09:05', '9.05 a.m.'],
    ['08:00', '8 a.m.'],
    ['13:00', '1 p.m.'],
    ['15:00', '3 p.m.'],
    ['15:45', '3.45 p.m.'],
    ['23:59', '11.59 p.m.'],
    ['12:00', '12 noon'],
    ['12:30', '12.30 p.m.'],
    ['00:00', '12 midnight'],
    ['24:00', '12 midnight'],
    ['00:30', '12.30 a.m.'],
  ])('%s is written "%s"', (time, written) => {
    expect(formatUnTime(time)).toBe(written);
  });

  it.each(['', '25:00', '10:60', '24:30', 'ten'])('leaves the malformed "%s" as it is', (time) => {
    expect(formatUnTime(time)).toBe(time);
  });
});

describe('formatUnTimeRange', () => {
  it.each([
    ['10:00', '13:00', '10 a.m.-1 p.m.'],
    ['15:00', '18:00', '3-6 p.m.'],
    ['09:00', '11:30', '9-11.30 a.m.'],
    ['10:30', '12:30', '10.30 a.m.-12.30 p.m.'],
    ['12:30', '14:30', '12.30-2.30 p.m.'],
    ['15:30', '18:00', '3.30-6 p.m.'],
    ['10:00', '12:00', '10 a.m.-12 noon'],
    ['12:00', '15:00', '12 noon-3 p.m.'],
    ['21:00', '24:00', '9 p.m.-12 midnight'],
    ['18:00', '00:00', '6 p.m.-12 midnight'],
    ['00:00', '02:00', '12 midnight-2 a.m.'],
    ['19:00', '21:30', '7-9.30 p.m.'],
    ['08:00', '09:00', '8-9 a.m.'],
  ])('%s to %s is written "%s"', (start, end, written) => {
    expect(formatUnTimeRange(start, end)).toBe(written);
  });

  it('writes both halves of a range that runs backwards rather than "6-3 p.m."', () => {
    expect(formatUnTimeRange('18:00', '15:00')).toBe('6 p.m.-3 p.m.');
  });

  it('leaves malformed ends as they are', () => {
    expect(formatUnTimeRange('10:00', '25:00')).toBe('10 a.m.-25:00');
  });
});

describe('formatUnDate and formatUnDayHeading', () => {
  it.each([
    ['2012-07-31', '31 July 2012'],
    ['2012-10-17', '17 October 2012'],
    ['2016-01-02', '2 January 2016'],
    ['2012-02-29', '29 February 2012'],
  ])('issue date %s is written "%s"', (iso, written) => {
    expect(formatUnDate(iso)).toBe(written);
  });

  it.each([
    ['2012-10-17', 'Wednesday, 17 October'],
    ['2012-10-18', 'Thursday, 18 October'],
    ['2015-11-30', 'Monday, 30 November'],
    ['2016-01-01', 'Friday, 1 January'],
    ['2012-02-29', 'Wednesday, 29 February'],
  ])('day %s is headed "%s"', (iso, heading) => {
    expect(formatUnDayHeading(iso)).toBe(heading);
  });

  it.each(['', '2012-13-01', '2013-02-29', '17/10/2012'])(
    'leaves the malformed "%s" as it is',
    (iso) => {
      expect(formatUnDate(iso)).toBe(iso);
      expect(formatUnDayHeading(iso)).toBe(iso);
    },
  );
});

describe('formatUnDateRange', () => {
  it.each([
    ['2012-10-17', '2012-10-17', '17 October 2012'],
    ['2012-10-17', '2012-10-18', '17 and 18 October 2012'],
    ['2012-10-17', '2012-10-19', '17-19 October 2012'],
    ['2015-11-30', '2015-12-04', '30 November-4 December 2015'],
    ['2015-12-28', '2016-01-02', '28 December 2015-2 January 2016'],
    ['2012-10-31', '2012-11-01', '31 October and 1 November 2012'],
    ['2015-12-31', '2016-01-01', '31 December 2015 and 1 January 2016'],
    ['2012-02-28', '2012-03-01', '28 February-1 March 2012'],
    ['2013-02-28', '2013-03-01', '28 February and 1 March 2013'],
  ])('%s to %s is written "%s"', (start, end, written) => {
    expect(formatUnDateRange(start, end)).toBe(written);
  });

  it('writes a range that runs backwards in full', () => {
    expect(formatUnDateRange('2012-10-19', '2012-10-18')).toBe('19 October 2012-18 October 2012');
  });
});

describe('parseUnTimeRange', () => {
  it.each([
    ['10:00-13:00', '10:00', '13:00'],
    ['10am-1pm', '10:00', '13:00'],
    ['3 to 6 pm', '15:00', '18:00'],
    ['10 a.m.-1 p.m.', '10:00', '13:00'],
    ['3-6 p.m.', '15:00', '18:00'],
    ['15.00–18.00', '15:00', '18:00'],
    ['15.00—18.00', '15:00', '18:00'],
    ['noon-3 p.m.', '12:00', '15:00'],
    ['12 noon-3 p.m.', '12:00', '15:00'],
    ['9 AM to 12 noon', '09:00', '12:00'],
    ['10 A.M. – 1 P.M.', '10:00', '13:00'],
    ['10a-1p', '10:00', '13:00'],
    ['10:30 am - 12:30 pm', '10:30', '12:30'],
    ['10.30-11.45 a.m.', '10:30', '11:45'],
    ['from 10 to 1', '10:00', '13:00'],
    ['10 until 1 p.m.', '10:00', '13:00'],
    ['1000-1300', '10:00', '13:00'],
    ['10h-13h30', '10:00', '13:30'],
    // The other end says which half of the day a bare hour is in.
    ['10-1 pm', '10:00', '13:00'],
    ['10:00-1', '10:00', '13:00'],
    ['10-18:00', '10:00', '18:00'],
    ['8-11 p.m.', '20:00', '23:00'],
    ['11 a.m.-2', '11:00', '14:00'],
    ['5-7 a.m.', '05:00', '07:00'],
    // Without a half of the day, meetings sit between 8 a.m. and midnight.
    ['10-1', '10:00', '13:00'],
    ['9-11', '09:00', '11:00'],
    ['3-6', '15:00', '18:00'],
    ['7-9', '19:00', '21:00'],
    ['12-3', '12:00', '15:00'],
    // Midnight ends the day.
    ['6 p.m.-midnight', '18:00', '24:00'],
    ['6 p.m.-12 midnight', '18:00', '24:00'],
    ['6 p.m.-12', '18:00', '24:00'],
    ['22:00-00:00', '22:00', '24:00'],
    ['21:00-24:00', '21:00', '24:00'],
    ['midnight-2 a.m.', '00:00', '02:00'],
    ['00:30-02:00', '00:30', '02:00'],
  ])('reads "%s" as %s-%s', (text, start, end) => {
    expect(parseUnTimeRange(text)).toEqual({ ok: true, start, end });
  });

  it.each([
    ['', 'Type a time range, like “10 a.m.-1 p.m.” or “15:00-18:00”.'],
    ['   ', 'Type a time range, like “10 a.m.-1 p.m.” or “15:00-18:00”.'],
    ['6-3 p.m.', '“6-3 p.m.” ends before it starts.'],
    ['13:00-10:00', '“13:00-10:00” ends before it starts.'],
    ['3-3 p.m.', '“3-3 p.m.” ends when it starts.'],
    [
      '10 p.m.-1 a.m.',
      '“10 p.m.-1 a.m.” runs past midnight: a slot ends by 12 midnight on its day.',
    ],
    ['22:00-02:00', '“22:00-02:00” runs past midnight: a slot ends by 12 midnight on its day.'],
    ['25:00-26:00', '“25:00”: there is no hour 25; a day runs from 00:00 to 24:00.'],
    ['10:00-25:00', '“25:00”: there is no hour 25; a day runs from 00:00 to 24:00.'],
    ['24:30-25:00', '“24:30” is past 24:00, the end of the day.'],
    ['10:75-11', '“10:75”: minutes run from 00 to 59.'],
    ['13 pm-2 pm', '“13 pm” mixes the 12-hour and 24-hour clocks: write “1 p.m.” or “13:00”.'],
    [
      '0 am-2 am',
      '“0 am” mixes the 12-hour and 24-hour clocks: hours before a.m. or p.m. run from 1 to 12.',
    ],
    ['10 a.m.', '“10 a.m.” has no end: write a range like “10 a.m.-1 p.m.”.'],
    [
      'morning',
      '“morning” is not a time range: write it like “10 a.m.-1 p.m.”, “3-6 p.m.” or “15:00-18:00”.',
    ],
    [
      '10-11-12',
      '“10-11-12” is not a time range: write it like “10 a.m.-1 p.m.”, “3-6 p.m.” or “15:00-18:00”.',
    ],
    [
      '10-',
      '“10-” is not a time range: write it like “10 a.m.-1 p.m.”, “3-6 p.m.” or “15:00-18:00”.',
    ],
    ['ten to one', '“ten” is not a time: write it like “10 a.m.”, “10.30 a.m.” or “15:00”.'],
    ['10:5-11', '“10:5” is not a time: write it like “10 a.m.”, “10.30 a.m.” or “15:00”.'],
  ])('refuses "%s": %s', (text, message) => {
    expect(parseUnTimeRange(text)).toEqual({ ok: false, message });
  });

  it('gives back what formatUnTimeRange writes', () => {
    for (const [start, end] of [
      ['10:00', '13:00'],
      ['15:00', '18:00'],
      ['09:30', '11:45'],
      ['10:00', '12:00'],
      ['12:00', '15:00'],
      ['21:00', '24:00'],
      ['19:00', '21:30'],
    ] as const) {
      expect(parseUnTimeRange(formatUnTimeRange(start, end))).toEqual({ ok: true, start, end });
    }
  });
});

describe('parseUnTime', () => {
  it.each([
    ['10 a.m.', '10:00'],
    ['10.30 a.m.', '10:30'],
    ['10:30', '10:30'],
    ['3 p.m.', '15:00'],
    ['3pm', '15:00'],
    ['15.00', '15:00'],
    ['9', '09:00'],
    ['3', '15:00'],
    ['03:00', '03:00'],
    ['noon', '12:00'],
    ['12 noon', '12:00'],
    ['midday', '12:00'],
    ['12 p.m.', '12:00'],
    ['12', '12:00'],
    ['midnight', '00:00'],
    ['12 midnight', '00:00'],
    ['12 a.m.', '00:00'],
    ['12.30 a.m.', '00:30'],
    ['0:00', '00:00'],
    ['24:00', '24:00'],
    ['  10 AM  ', '10:00'],
  ])('reads "%s" as %s', (text, time) => {
    expect(parseUnTime(text)).toEqual({ ok: true, time });
  });

  it.each([
    ['', 'Type a time, like “10 a.m.” or “15:00”.'],
    ['25:00', '“25:00”: there is no hour 25; a day runs from 00:00 to 24:00.'],
    ['10:60', '“10:60”: minutes run from 00 to 59.'],
    ['15 p.m.', '“15 p.m.” mixes the 12-hour and 24-hour clocks: write “3 p.m.” or “15:00”.'],
    [
      'half past ten',
      '“half past ten” is not a time: write it like “10 a.m.”, “10.30 a.m.” or “15:00”.',
    ],
  ])('refuses "%s": %s', (text, message) => {
    expect(parseUnTime(text)).toEqual({ ok: false, message });
  });

  it('gives back what formatUnTime writes', () => {
    for (const time of ['08:00', '10:30', '12:00', '12:45', '15:00', '23:15']) {
      expect(parseUnTime(formatUnTime(time))).toEqual({ ok: true, time });
    }
  });
});

describe('parseUnDate', () => {
  it.each([
    ['17 October 2012', '2012-10-17'],
    ['17 october 2012', '2012-10-17'],
    ['17 Oct 2012', '2012-10-17'],
    ['17 Oct. 2012', '2012-10-17'],
    ['4 Sept 2012', '2012-09-04'],
    ['17th of October 2012', '2012-10-17'],
    ['October 17, 2012', '2012-10-17'],
    ['Wednesday, 17 October 2012', '2012-10-17'],
    ['Wed 17 October 2012', '2012-10-17'],
    ['2012-10-17', '2012-10-17'],
    ['2012-1-7', '2012-01-07'],
    ['2012/10/17', '2012-10-17'],
    ['17/10/2012', '2012-10-17'],
    ['7/1/2016', '2016-01-07'],
    ['17.10.2012', '2012-10-17'],
    ['17-10-2012', '2012-10-17'],
    ['17/10/12', '2012-10-17'],
    ['29 February 2012', '2012-02-29'],
    ['31 July 2012', '2012-07-31'],
  ])('reads "%s" as %s', (text, date) => {
    expect(parseUnDate(text)).toEqual({ ok: true, date });
  });

  it.each([
    ['', 'Type a date, like “17 October 2012”.'],
    [
      '10/17/2012',
      '“10/17/2012”: there is no month 17; dates are read day first, as in “17/10/2012”.',
    ],
    ['17/13/2012', '“17/13/2012”: there is no month 13.'],
    ['2012-13-01', '“2012-13-01”: there is no month 13.'],
    ['31 September 2012', '“31 September 2012”: September 2012 has 30 days.'],
    ['29 February 2013', '“29 February 2013”: February 2013 has 28 days.'],
    ['0 October 2012', '“0 October 2012”: October 2012 has 31 days.'],
    ['2012-02-30', '“2012-02-30”: February 2012 has 29 days.'],
    ['Thursday, 17 October 2012', '“Thursday, 17 October 2012”: 17 October 2012 is a Wednesday.'],
    ['17 October', '“17 October” has no year: write it like “17 October 2012”.'],
    [
      '17 Octobre 2012',
      '“17 Octobre 2012”: “Octobre” is not the name of a month; write it like “17 October 2012”, “17/10/2012” or “2012-10-17”.',
    ],
    [
      'next Wednesday',
      '“next Wednesday” is not a date: write it like “17 October 2012”, “17/10/2012” or “2012-10-17”.',
    ],
    [
      '17 October 212',
      '“17 October 212” is not a date: write it like “17 October 2012”, “17/10/2012” or “2012-10-17”.',
    ],
  ])('refuses "%s": %s', (text, message) => {
    expect(parseUnDate(text)).toEqual({ ok: false, message });
  });

  it('gives back what formatUnDate writes', () => {
    for (const date of ['2012-07-31', '2012-10-17', '2016-01-02', '2012-02-29']) {
      expect(parseUnDate(formatUnDate(date))).toEqual({ ok: true, date });
    }
  });
});
