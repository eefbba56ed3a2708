import { describe, expect, it } from 'vitest';
import type { Agenda, TimeSlot } from '../../../../shared/model/agenda';
import {
  ANNEX_COLUMN_HEADINGS,
  annexRowCells,
  annexRows,
  continuedTitle,
  type AnnexRow,
} from '../../../../shared/schedule/annex-rows';
import { loadSeedAgenda, seedAnnexLines, visibleCells } from './support/seed';

function visibleLines(rows: readonly AnnexRow[]): string[][] {
  return rows.map((row) => visibleCells(annexRowCells(row)));
}

function slot(fields: Partial<TimeSlot> & Pick<TimeSlot, 'id'>): TimeSlot {
  return { start: '10:00', end: '13:00', kind: 'meeting', note: null, entries: [], ...fields };
}

/** The seed with its slots replaced by these, on one day. */
function seedWithSlots(slots: TimeSlot[]): Agenda {
  const agenda = loadSeedAgenda();
  return { ...agenda, organization: { days: [{ date: '2012-10-17', slots }] } };
}

describe('annexRows on the seed', () => {
  it('equals the seed annex line by line', () => {
    const [headings, ...lines] = seedAnnexLines();
    expect(headings).toEqual([...ANNEX_COLUMN_HEADINGS]);
    expect(visibleLines(annexRows(loadSeedAgenda()))).toEqual(lines);
  });

  it('puts the time on the first row of each slot only', () => {
    const times = annexRows(loadSeedAgenda()).map((row) => (row.kind === 'day' ? '|' : row.time));
    expect(times).toEqual([
      '|',
      '10 a.m.-1 p.m.',
      null,
      null,
      '3-6 p.m.',
      null,
      null,
      null,
      '|',
      '10 a.m.-1 p.m.',
      null,
    ]);
  });

  it('renumbers the annex when item 3 moves below item 5', () => {
    const seed = loadSeedAgenda();
    const [one, two, three, four, five, ...rest] = seed.items;
    if (!one || !two || !three || !four || !five) throw new Error('the seed has eight items');
    const moved: Agenda = { ...seed, items: [one, two, four, five, three, ...rest] };

    const references = (agenda: Agenda) =>
      annexRows(agenda).flatMap((row) =>
        row.kind === 'item' ? [[row.reference, row.itemId]] : [],
      );
    expect(references(seed)).toEqual([
      ['1 (a)', 'item-1a'],
      ['1 (b)', 'item-1b'],
      ['2', 'item-2'],
      ['3', 'item-3'],
      ['4', 'item-4'],
      ['5', 'item-5'],
      ['8', 'item-8'],
      ['6', 'item-6'],
      ['7', 'item-7'],
    ]);
    // Same slots, same entries: only the numbers change.
    expect(references(moved)).toEqual([
      ['1 (a)', 'item-1a'],
      ['1 (b)', 'item-1b'],
      ['2', 'item-2'],
      ['5', 'item-3'],
      ['3', 'item-4'],
      ['4', 'item-5'],
      ['8', 'item-8'],
      ['6', 'item-6'],
      ['7', 'item-7'],
    ]);
    expect(visibleLines(annexRows(moved))[4]).toEqual([
      '3-6 p.m.',
      '5',
      'Development of national strategies to address transnational organized crime',
    ]);
  });

  it('follows a change of a title the entry has no description of', () => {
    const seed = loadSeedAgenda();
    const items = seed.items.map((item) =>
      item.id === 'item-8' ? { ...item, title: 'Any other business.' } : item,
    );
    const rows = annexRows({ ...seed, items });
    expect(rows.find((row) => row.kind === 'item' && row.itemId === 'item-8')).toMatchObject({
      reference: '8',
      title: 'Any other business',
    });
  });
});

describe('annexRows', () => {
  it('marks an item "(continued)" from its second appearance on', () => {
    const agenda = seedWithSlots([
      slot({
        id: 'morning',
        entries: [
          { id: 'e1', itemId: 'item-2', description: null },
          { id: 'e2', itemId: 'item-8', description: null },
        ],
      }),
      slot({
        id: 'afternoon',
        start: '15:00',
        end: '18:00',
        entries: [
          { id: 'e3', itemId: 'item-8', description: 'Other matters (continued)' },
          { id: 'e4', itemId: 'item-2', description: 'Follow-up to the recommendations.' },
          { id: 'e5', itemId: 'item-8', description: null },
        ],
      }),
    ]);
    const items = annexRows(agenda).filter((row) => row.kind === 'item');
    expect(items.map((row) => [row.reference, row.title, row.continued])).toEqual([
      ['2', expect.stringMatching(/^Follow-up .* 2010$/), false],
      ['8', 'Other matters', false],
      ['8', 'Other matters (continued)', true],
      ['2', 'Follow-up to the recommendations (continued)', true],
      ['8', 'Other matters (continued)', true],
    ]);
  });

  it('orders days by date and slots by time, whatever order they are stored in', () => {
    const seed = loadSeedAgenda();
    const [first, second] = seed.organization.days;
    if (!first || !second) throw new Error('the seed has two days');
    const shuffled: Agenda = {
      ...seed,
      organization: { days: [second, { ...first, slots: [...first.slots].reverse() }] },
    };
    expect(visibleLines(annexRows(shuffled))).toEqual(visibleLines(annexRows(seed)));
  });

  it('writes parallel meetings, notes and empty slots as rows of their own', () => {
    const agenda = seedWithSlots([
      slot({ id: 'plenary', entries: [{ id: 'e1', itemId: 'item-3', description: null }] }),
      slot({
        id: 'parallel',
        kind: 'parallel',
        note: 'Committee of the Whole',
        entries: [{ id: 'e2', itemId: 'item-4', description: 'Technical assistance' }],
      }),
      slot({ id: 'unnamed', kind: 'parallel', start: '13:00', end: '15:00' }),
      slot({ id: 'empty', start: '15:00', end: '18:00' }),
      slot({
        id: 'evening',
        kind: 'note',
        start: '18:00',
        end: '20:00',
        note: 'Informal consultations',
      }),
      slot({ id: 'blank-note', kind: 'note', start: '20:00', end: '21:00', note: '  ' }),
    ]);
    expect(visibleLines(annexRows(agenda))).toEqual([
      ['Wednesday, 17 October'],
      [
        '10 a.m.-1 p.m.',
        '3',
        'Development of national strategies to address transnational organized crime',
      ],
      ['10 a.m.-1 p.m.', '', 'Committee of the Whole'],
      ['4', 'Technical assistance'],
      ['1-3 p.m.', '', 'Parallel meeting'],
      ['3-6 p.m.'],
      ['6-8 p.m.', '', 'Informal consultations'],
      ['8-9 p.m.'],
    ]);
    const parallel = annexRows(agenda).find((row) => row.kind === 'item' && row.entryId === 'e2');
    expect(parallel).toMatchObject({ slotKind: 'parallel', time: null });
  });

  it('puts a meeting note before the items of the meeting', () => {
    const agenda = seedWithSlots([
      slot({
        id: 'joint',
        note: 'Joint meeting with the Working Group on International Cooperation',
        entries: [{ id: 'e1', itemId: 'item-6', description: null }],
      }),
    ]);
    expect(visibleLines(annexRows(agenda)).slice(1)).toEqual([
      ['10 a.m.-1 p.m.', '', 'Joint meeting with the Working Group on International Cooperation'],
      ['6', expect.stringMatching(/^Recommendations and outcomes/)],
    ]);
  });

  it('uses the sub-item title, and the agenda title for a blank description', () => {
    const agenda = seedWithSlots([
      slot({
        id: 'morning',
        entries: [
          { id: 'e1', itemId: 'item-1b', description: '   ' },
          { id: 'e2', itemId: 'item-1', description: null },
        ],
      }),
    ]);
    expect(visibleLines(annexRows(agenda)).slice(1)).toEqual([
      ['10 a.m.-1 p.m.', '1 (b)', 'Adoption of the agenda and organization of work'],
      ['1', 'Organizational matters'],
    ]);
  });

  it('leaves out an entry whose item is no longer on the agenda', () => {
    const agenda = seedWithSlots([
      slot({
        id: 'morning',
        entries: [
          { id: 'gone', itemId: 'deleted-item', description: null },
          { id: 'e1', itemId: 'item-8', description: null },
        ],
      }),
    ]);
    expect(visibleLines(annexRows(agenda)).slice(1)).toEqual([
      ['10 a.m.-1 p.m.', '8', 'Other matters'],
    ]);
  });

  it('gives an empty organization no rows', () => {
    const agenda = loadSeedAgenda();
    expect(annexRows({ ...agenda, organization: { days: [] } })).toEqual([]);
  });
});

describe('continuedTitle', () => {
  it.each([
    ['Other matters', 'Other matters (continued)'],
    ['Other matters (continued)', 'Other matters (continued)'],
  ])('"%s" → "%s"', (title, continued) => {
    expect(continuedTitle(title)).toBe(continued);
  });
});
