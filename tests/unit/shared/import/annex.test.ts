import { describe, expect, it } from 'vitest';
import { importMarkdown, importPlainText } from '../../../../shared/import/from-markdown';
import type { Agenda } from '../../../../shared/model/agenda';
import { indexItems, itemReference } from '../../../../shared/model/numbering';

const HEAD = `Working Group on Technical Assistance
Vienna, 30 December 2024-2 January 2025

Provisional agenda and annotations

1. Organizational matters:
(a) Opening of the meeting;
(b) Adoption of the agenda.
2. Technical assistance.
3. Other matters.

Annex

Proposed organization of work
`;

/** "Monday 30 December 10:00-13:00 1 (a) —", one string per entry, to compare at a glance. */
function schedule(agenda: Agenda): string[] {
  const index = indexItems(agenda);
  return agenda.organization.days.flatMap((day) =>
    day.slots.flatMap((slot) => [
      `${day.date} ${slot.start}-${slot.end} ${slot.kind}${slot.note ? `: ${slot.note}` : ''}`,
      ...slot.entries.map((entry) => {
        const location = index.get(entry.itemId);
        return `  ${location ? itemReference(location) : '?'} ${entry.description ?? '—'}`;
      }),
    ]),
  );
}

const EXPECTED = [
  '2024-12-30 10:00-13:00 meeting',
  '  1 (a) —',
  '  1 (b) —',
  '  2 Technical assistance needs',
  '2024-12-30 15:00-18:00 meeting',
  '  2 Technical assistance needs',
  '2025-01-02 09:30-12:30 meeting',
  '  3 —',
];

describe('the annex, in the layouts people give it', () => {
  it.each([
    [
      'tab-separated, times in several styles, "(continued)" in either column',
      'Date and time\tAgenda item\tTitle or description\nMonday, 30 December\n10am-1pm\t1 (a)\tOpening of the meeting\n\t1 (b)\tAdoption of the agenda.\n\t2\tTechnical assistance needs\n15:00–18:00\t2 (continued)\tTechnical assistance needs\nThursday, 2 January\n9.30 a.m. to 12.30 p.m.\t3\tOther matters',
    ],
    [
      'a fixed-width text table',
      'Date and time      Agenda item   Title or description\nMonday, 30 December\n10 a.m.-1 p.m.     1 (a)         Opening of the meeting\n                   1 (b)         Adoption of the agenda\n                   2             Technical assistance needs\n3-6 p.m.           2             Technical assistance needs (continued)\nThursday, 2 January\n9.30 a.m.-12.30 p.m.   3         Other matters',
    ],
    [
      'rows run together in one paragraph, as pandoc leaves a tab-separated table',
      'Date and time Agenda item Title or description Monday, 30 December 10 a.m.-1 p.m. 1 (a) Opening of the meeting 1 (b) Adoption of the agenda 2 Technical assistance needs 3-6 p.m. 2 Technical assistance needs (continued) Thursday, 2 January 9.30 a.m.-12.30 p.m. 3 Other matters',
    ],
  ])('%s', (_layout, annex) => {
    const result = importPlainText(`${HEAD}\n${annex}\n`);
    expect(schedule(result.agenda)).toEqual(EXPECTED);
    expect(result.unplaced).toEqual([]);
  });

  it('a Markdown pipe table', () => {
    const result = importMarkdown(`${HEAD}
| *Date and time* | *Agenda item* | *Title or description* |
| --- | --- | --- |
| **Monday, 30 December** |  |  |
| 10 a.m.-1 p.m. | 1 (a) | Opening of the meeting |
|  | 1 (b) | Adoption of the agenda |
|  | 2 | Technical assistance needs |
| 3-6 p.m. | 2 | Technical assistance needs (continued) |
| **Thursday, 2 January** |  |  |
| 9.30 a.m.-12.30 p.m. | 3 | Other matters |
`);
    expect(schedule(result.agenda)).toEqual(EXPECTED);
  });

  it('dates a day by its weekday, across the new year', () => {
    const result = importPlainText(
      `${HEAD}\nThursday, 2 January\n10 a.m.-1 p.m.\t3\tOther matters\n`,
    );
    expect(result.agenda.organization.days.map((day) => day.date)).toEqual(['2025-01-02']);
  });

  it('reads notes, parallel meetings and items taken together', () => {
    const result = importPlainText(`${HEAD}
Monday, 30 December
10 a.m.-1 p.m.\t\tInformal consultations
3-6 p.m.\t\tJoint meeting with the Bureau
\t1 (a) and (b)\tOpening
3-6 p.m.\t\tParallel meeting
\t2\tTechnical assistance needs
`);
    expect(schedule(result.agenda)).toEqual([
      '2024-12-30 10:00-13:00 note: Informal consultations',
      '2024-12-30 15:00-18:00 meeting: Joint meeting with the Bureau',
      '  1 (a) Opening',
      '  1 (b) Opening',
      '2024-12-30 15:00-18:00 parallel',
      '  2 Technical assistance needs',
    ]);
  });

  it('takes the standard times for "Morning" and "Afternoon", and says so', () => {
    const result = importPlainText(
      `${HEAD}\nMonday, 30 December\nMorning\t1 (a)\tOpening of the meeting\nAfternoon\t2\tTechnical assistance\n`,
    );
    expect(schedule(result.agenda)).toEqual([
      '2024-12-30 10:00-13:00 meeting',
      '  1 (a) —',
      '2024-12-30 15:00-18:00 meeting',
      '  2 —',
    ]);
    expect(result.notes).toContain(
      'The annex gives "Morning" and "Afternoon" rather than times: 10 a.m.-1 p.m. and 3-6 p.m. were taken. Check them.',
    );
  });

  it('keeps rows it cannot place, one piece per row and reason', () => {
    const result = importPlainText(`${HEAD}
\t2\tBefore any day
Friday, 30 December
Monday, 30 December
10 a.m.-1 p.m.\t9\tAn item the agenda does not have
The Secretariat may revise this programme.
`);
    expect(result.unplaced.map((piece) => [piece.source, piece.reason])).toEqual([
      ['line 16', 'an agenda item in the annex under no day and time'],
      [
        'line 17',
        'a day of the annex that cannot be dated: “Friday, 30 December 2024”: 30 December 2024 is a Monday.',
      ],
      ['line 19', 'refers to an item the agenda list does not have'],
      ['line 20', 'in the annex, but not a day, a time or an agenda item'],
    ]);
    expect(result.unplaced[2]?.text).toBe('9  An item the agenda does not have');
    expect(result.agenda.organization.days[0]?.slots[0]).toMatchObject({ note: null, entries: [] });
  });
});
