import { describe, expect, it } from 'vitest';
import { importMarkdown, importPlainText } from '../../../../shared/import/from-markdown';
import { importAgenda } from '../../../../shared/import/import-agenda';
import type { Agenda } from '../../../../shared/model/agenda';

const HEAD =
  'Commission on Narcotic Drugs\nSixty-sixth session\nVienna, 13-17 March 2023\n\nProvisional agenda\n';

function titles(agenda: Agenda): string[] {
  return agenda.items.flatMap((item) => [
    item.title,
    ...item.subItems.map((subItem) => `  ${subItem.title}`),
  ]);
}

const EXPECTED = [
  'Election of officers',
  'Implementation of the international drug control treaties',
  '  Changes in the scope of control of substances',
  '  International Narcotics Control Board',
  'Other business',
];

describe('the agenda list, in the styles people type it', () => {
  it.each([
    [
      'UN punctuation, "1."',
      '1. Election of officers.\n2. Implementation of the international drug control treaties:\n    (a) Changes in the scope of control of substances;\n    (b) International Narcotics Control Board.\n3. Other business.',
    ],
    [
      'no punctuation, "1 "',
      '1 Election of officers\n2 Implementation of the international drug control treaties\n(a) Changes in the scope of control of substances\n(b) International Narcotics Control Board\n3 Other business',
    ],
    [
      '"Item 1." with French "a)"',
      'Item 1. Election of officers\nItem 2. Implementation of the international drug control treaties:\na) Changes in the scope of control of substances;\nb) International Narcotics Control Board.\nItem 3. Other business.',
    ],
    [
      'tabs after the labels, as Word pastes them',
      '1.\tElection of officers.\n2.\tImplementation of the international drug control treaties:\n\t(a)\tChanges in the scope of control of substances;\n\t(b)\tInternational Narcotics Control Board.\n3.\tOther business.',
    ],
  ])('%s', (_style, list) => {
    const result = importPlainText(`${HEAD}\n${list}\n`);
    expect(titles(result.agenda)).toEqual(EXPECTED);
    expect(result.unplaced).toEqual([]);
  });

  it('reads a Markdown list, nested or not', () => {
    const markdown = `${HEAD}\n1. Election of officers.\n2. Implementation of the international drug control treaties:\n   - (a) Changes in the scope of control of substances;\n   - (b) International Narcotics Control Board.\n3. Other business.\n`;
    expect(titles(importMarkdown(markdown).agenda)).toEqual(EXPECTED);
  });

  it('reads a list numbered by the word processor, the numbers not in the text', () => {
    const line = (text: string, level: number) => ({
      source: `paragraph ${text.length}`,
      runs: [{ text }],
      list: { level, ordered: true },
    });
    const result = importAgenda([
      { source: 'paragraph 1', runs: [{ text: 'Provisional agenda' }] },
      line('Election of officers.', 0),
      line('Implementation of the international drug control treaties:', 0),
      line('Changes in the scope of control of substances;', 1),
      line('International Narcotics Control Board.', 1),
      line('Other business.', 0),
    ]);
    expect(titles(result.agenda)).toEqual(EXPECTED);
  });

  it('folds the levels below sub-items into the annotations, label and all', () => {
    const result = importPlainText(
      `${HEAD}\n1. Election of officers.\n2. Implementation of the international drug control treaties:\n(a) Changes in the scope of control of substances:\n(i) Substances recommended by WHO;\n(ii) Substances recommended by INCB;\n(b) International Narcotics Control Board.\n3. Other business.\n`,
    );
    const subItem = result.agenda.items[1]?.subItems[0];
    expect(subItem?.title).toBe('Changes in the scope of control of substances');
    expect(subItem?.annotations.map((p) => p.runs[0]?.text)).toEqual([
      '(i) Substances recommended by WHO;',
      '(ii) Substances recommended by INCB;',
    ]);
    expect(result.agenda.items[1]?.subItems).toHaveLength(2);
  });

  it('takes (i) as a letter when it follows (h)', () => {
    const letters = 'abcdefghi'.split('').map((letter) => `(${letter}) Topic ${letter};`);
    const result = importPlainText(
      `${HEAD}\n1. Themes:\n${letters.join('\n')}\n2. Other business.\n`,
    );
    expect(result.agenda.items[0]?.subItems).toHaveLength(9);
  });

  it('joins a title broken over two lines', () => {
    const result = importPlainText(
      `${HEAD}\n1. Implementation of the international drug control\n   treaties.\n2. Other business.\n`,
    );
    expect(result.agenda.items[0]?.title).toBe(
      'Implementation of the international drug control treaties',
    );
  });

  it('a list-only agenda imports, with no annotations and no annex', () => {
    const result = importPlainText(`${HEAD}\n1. Election of officers.\n2. Other business.\n`);
    expect(result.summary).toMatchObject({ items: 2, paragraphs: 0, documents: 0, slots: 0 });
    expect(result.agenda.meeting.documentTitle).toBe('Provisional agenda');
  });
});
