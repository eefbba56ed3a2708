import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Agenda, AgendaSchema } from '../../../../shared/model/agenda';
import {
  agendaItemLine,
  annotationHeading,
  indexItems,
  itemReference,
  subItemLetter,
  subItemLine,
} from '../../../../shared/model/numbering';

const seed: Agenda = AgendaSchema.parse(
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../fixtures/ctoc-wg2-2012.agendum'), 'utf8'),
  ),
);

describe('derived numbering and UN punctuation', () => {
  it('letters sub-items (a) to (z), then (aa)', () => {
    expect([0, 1, 5, 25, 26].map(subItemLetter)).toEqual(['a', 'b', 'f', 'z', 'aa']);
  });

  it('writes the seed’s agenda list exactly', () => {
    const [first, second, , , , , , last] = seed.items;
    expect(first && agendaItemLine(first)).toBe('Organizational matters:');
    expect(first && subItemLine(first, 0)).toBe('Opening of the meeting;');
    expect(first && subItemLine(first, 1)).toBe('Adoption of the agenda and organization of work.');
    expect(second && agendaItemLine(second)).toMatch(/19 and 20 October 2010\.$/);
    expect(last && agendaItemLine(last)).toBe('Other matters.');
  });

  it('never doubles a mark the user typed', () => {
    const item = { ...seed.items[7]!, title: 'Other matters.' };
    expect(agendaItemLine(item)).toBe('Other matters.');
    expect(agendaItemLine({ ...item, title: 'Other matters;  ' })).toBe('Other matters.');
  });

  it('gives annotation headings their own wording and no final punctuation', () => {
    const item4 = seed.items[3]!;
    expect(annotationHeading(item4)).toContain('in support of the implementation');
    expect(annotationHeading({ ...seed.items[7]!, title: 'Other matters.' })).toBe('Other matters');
  });

  it('refers to items as "2" and "1 (b)", following the order', () => {
    const index = indexItems(seed);
    expect(itemReference(index.get('item-2')!)).toBe('2');
    expect(itemReference(index.get('item-1b')!)).toBe('1 (b)');
    const moved = indexItems({ items: [seed.items[1]!, seed.items[0]!] });
    expect(itemReference(moved.get('item-1b')!)).toBe('2 (b)');
  });
});
