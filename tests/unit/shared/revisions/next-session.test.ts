import { describe, expect, it } from 'vitest';
import { AgendaSchema, type Agenda } from '../../../../shared/model/agenda';
import { flattenEntries } from '../../../../shared/revisions/agenda-matching';
import { compareAgendas } from '../../../../shared/revisions/agenda-diff';
import { describeChange } from '../../../../shared/revisions/describe-change';
import {
  advanceSymbol,
  shiftToStartOn,
  startNextSession,
} from '../../../../shared/revisions/next-session';
import {
  advanceSessionOrdinal,
  findOrdinal,
  ordinalInFigures,
  ordinalInWords,
  MAX_ORDINAL,
} from '../../../../shared/revisions/session-ordinals';
import { annexRows, annexRowCells } from '../../../../shared/schedule/annex-rows';
import { seedAgendaWith } from '../export/support/seed-document';

describe('session ordinals in words, as UN documents write them', () => {
  it.each([
    [1, 'first'],
    [2, 'second'],
    [3, 'third'],
    [9, 'ninth'],
    [10, 'tenth'],
    [11, 'eleventh'],
    [12, 'twelfth'],
    [19, 'nineteenth'],
    [20, 'twentieth'],
    [21, 'twenty-first'],
    [22, 'twenty-second'],
    [40, 'fortieth'],
    [43, 'forty-third'],
    [78, 'seventy-eighth'],
    [90, 'ninetieth'],
    [99, 'ninety-ninth'],
    [100, 'one hundredth'],
    [101, 'one hundred and first'],
    [108, 'one hundred and eighth'],
    [112, 'one hundred and twelfth'],
    [120, 'one hundred and twentieth'],
    [138, 'one hundred and thirty-eighth'],
    [199, 'one hundred and ninety-ninth'],
    [200, 'two hundredth'],
  ])('%i is "%s"', (value, words) => {
    expect(ordinalInWords(value)).toBe(words);
  });

  it('reads back every ordinal it writes, 1 to 999', () => {
    for (let value = 1; value <= MAX_ORDINAL; value += 1) {
      const words = ordinalInWords(value);
      expect(findOrdinal(`${words} session`)?.value).toBe(value);
      const capitalized = `${words.charAt(0).toUpperCase()}${words.slice(1)} session`;
      expect(findOrdinal(capitalized)?.value).toBe(value);
    }
  });

  it.each([
    ['Twenty-first session', 'Twenty-second session'],
    ['First session', 'Second session'],
    ['Ninety-ninth session', 'One hundredth session'],
    ['One hundredth session', 'One hundred and first session'],
    ['One hundred and nineteenth session', 'One hundred and twentieth session'],
    ['Seventy-eighth session', 'Seventy-ninth session'],
    ['Resumed sixty-fifth session', 'Resumed sixty-sixth session'],
    ['Thirty-ninth session', 'Fortieth session'],
    ['21st session', '22nd session'],
    ['111th session', '112th session'],
    ['112th session', '113th session'],
  ])('advances "%s" to "%s"', (session, next) => {
    expect(advanceSessionOrdinal(session)).toBe(next);
  });

  it('leaves a session without an ordinal alone', () => {
    expect(advanceSessionOrdinal('Special session')).toBeNull();
    expect(advanceSessionOrdinal(`${ordinalInFigures(MAX_ORDINAL)} session`)).toBeNull();
  });
});

function ids(agenda: Agenda): string[] {
  return [
    agenda.id,
    ...flattenEntries(agenda).flatMap(({ entry }) => [
      entry.id,
      ...entry.annotations.map((paragraph) => paragraph.id),
    ]),
    ...agenda.documents.map((document) => document.id),
    ...agenda.organization.days.flatMap((day) =>
      day.slots.flatMap((slot) => [slot.id, ...slot.entries.map((entry) => entry.id)]),
    ),
  ];
}

describe('starting the next session from this one', () => {
  const previous = seedAgendaWith((agenda) => {
    agenda.meeting.session = 'Sixth session';
  });

  it('gives every part a new id, and is a valid agenda', () => {
    const next = startNextSession(previous, { dates: { kind: 'shift', days: 364 } });
    expect(() => AgendaSchema.parse(next)).not.toThrow();
    const oldIds = new Set(ids(previous));
    const newIds = ids(next);
    expect(newIds.some((id) => oldIds.has(id))).toBe(false);
    expect(new Set(newIds).size).toBe(newIds.length);
  });

  it('advances the session and shifts every date, keeping the weekdays with 364 days', () => {
    const next = startNextSession(previous, { dates: { kind: 'shift', days: 364 } });
    expect(next.meeting.session).toBe('Seventh session');
    expect(next.header.issueDate).toBe('2013-07-30');
    expect([next.meeting.startDate, next.meeting.endDate]).toEqual(['2013-10-16', '2013-10-17']);
    expect(next.organization.days.map((day) => day.date)).toEqual(['2013-10-16', '2013-10-17']);
    const headings = annexRows(next).filter((row) => row.kind === 'day');
    expect(headings.map((row) => annexRowCells(row)[0])).toEqual([
      'Wednesday, 16 October',
      'Thursday, 17 October',
    ]);
  });

  it('starts as an original: the note of a reissue stays with the old session', () => {
    const reissued = seedAgendaWith((agenda) => {
      agenda.header.issuanceNote = 'Reissued for technical reasons on 5 August 2012.';
    });
    const next = startNextSession(reissued, { dates: { kind: 'clear' } });
    expect(next.header.issuanceNote).toBeNull();
  });

  it('keeps the organization of work as a pattern: the same slots, taking up the same items', () => {
    const next = startNextSession(previous, { dates: { kind: 'shift', days: 364 } });
    const cells = (agenda: Agenda) =>
      annexRows(agenda)
        .filter((row) => row.kind !== 'day')
        .map((row) => annexRowCells(row).join(' | '));
    expect(cells(next)).toEqual(cells(previous));
  });

  it('clears the dates when asked, leaving the days for the user to move', () => {
    const next = startNextSession(previous, { dates: { kind: 'clear' } });
    expect(next.header.issueDate).toBeNull();
    expect([next.meeting.startDate, next.meeting.endDate]).toEqual([null, null]);
    expect(next.organization.days.map((day) => day.date)).toEqual(['2012-10-17', '2012-10-18']);
  });

  it('empties the documents by default, or keeps them with or without their symbols', () => {
    const emptied = startNextSession(previous, { dates: { kind: 'clear' } });
    expect(emptied.documents).toEqual([]);
    expect(flattenEntries(emptied).every(({ entry }) => entry.documentIds.length === 0)).toBe(true);

    const kept = startNextSession(previous, { dates: { kind: 'clear' }, documents: 'keep' });
    expect(kept.documents.map((document) => document.symbols)).toEqual(
      previous.documents.map((document) => document.symbols),
    );
    const registry = new Set(kept.documents.map((document) => document.id));
    const cited = flattenEntries(kept).flatMap(({ entry }) => entry.documentIds);
    expect(cited).toHaveLength(9);
    expect(cited.every((id) => registry.has(id))).toBe(true);

    const unsymboled = startNextSession(previous, {
      dates: { kind: 'clear' },
      documents: 'keep-without-symbols',
    });
    expect(unsymboled.documents.every((document) => document.symbols.length === 0)).toBe(true);
    expect(unsymboled.documents.map((document) => document.title)).toEqual(
      previous.documents.map((document) => document.title),
    );
  });

  it('keeps the symbol unless asked to advance it', () => {
    expect(startNextSession(previous, { dates: { kind: 'clear' } }).header.symbol).toBe(
      'CTOC/COP/WG.2/2012/1',
    );
    const advanced = startNextSession(previous, {
      dates: { kind: 'shift', days: 364 },
      advanceSymbol: true,
    });
    expect(advanced.header.symbol).toBe('CTOC/COP/WG.2/2013/1');
  });

  it('advances the year or the session number of a symbol where it can tell which', () => {
    expect(advanceSymbol('CTOC/COP/WG.2/2012/1', 1, null)).toBe('CTOC/COP/WG.2/2013/1');
    expect(advanceSymbol('E/CN.15/2012/1', 2, null)).toBe('E/CN.15/2014/1');
    expect(advanceSymbol('CERD/C/108/1', 1, 'One hundred and eighth session')).toBe('CERD/C/109/1');
    expect(advanceSymbol('A/HRC/WG.6/41/1', 1, 'Forty-first session')).toBe('A/HRC/WG.6/42/1');
    expect(advanceSymbol('CTOC/COP/WG.2/2012/3-CTOC/COP/WG.3/2012/4', 1, null)).toBe(
      'CTOC/COP/WG.2/2013/3-CTOC/COP/WG.3/2013/4',
    );
    expect(advanceSymbol('XYZ/1', 1, null)).toBe('XYZ/1');
  });

  it('computes the shift that opens the meeting on a given day', () => {
    expect(shiftToStartOn(previous, '2013-10-16')).toBe(364);
    expect(
      shiftToStartOn(
        seedAgendaWith((a) => (a.meeting.startDate = null)),
        '2013-10-16',
      ),
    ).toBeNull();
  });

  it('is compared with the previous session by wording, its items all recognised', () => {
    const next = startNextSession(previous, {
      dates: { kind: 'shift', days: 364 },
      documents: 'keep',
    });
    const comparison = compareAgendas(previous, next);
    expect(comparison.matching.mode).toBe('similarity');
    expect(comparison.changes.map(describeChange)).toEqual([
      'Date of issue: “31 July 2012” changed to “30 July 2013”',
      'Session: “Sixth session” changed to “Seventh session”',
      'Meeting dates: “17 and 18 October 2012” changed to “16 and 17 October 2013”',
      'Meeting day 17 October 2012 moved to 16 October 2013',
      'Meeting day 18 October 2012 moved to 17 October 2013',
    ]);
  });
});
