import { describe, expect, it } from 'vitest';
import { importMarkdown, importPlainText } from '../../../../shared/import/from-markdown';

const LIST = `Working Group on International Cooperation
Vienna, 8 and 9 October 2024

Provisional agenda and annotations

1. Organizational matters:
(a) Opening of the meeting;
(b) Adoption of the agenda.
2. Mutual legal assistance.
3. Other matters.
`;

describe('annotations', () => {
  it('headings bold or not, with or without their number; paragraphs under them', () => {
    const result = importMarkdown(`${LIST}
## Annotations

### 1. Organizational matters

#### (a) Opening of the meeting

The meeting will be opened at 10 a.m.

**(b) Adoption of the agenda**

The agenda was approved by the extended Bureau.

2. Mutual legal assistance

The Working Group will discuss **mutual legal assistance** in *criminal matters*.
`);
    const [first, second] = result.agenda.items;
    expect(first?.subItems.map((s) => s.annotations.length)).toEqual([1, 1]);
    expect(second?.annotations[0]?.runs).toEqual([
      { text: 'The Working Group will discuss ' },
      { text: 'mutual legal assistance', bold: true },
      { text: ' in ' },
      { text: 'criminal matters', italic: true },
      { text: '.' },
    ]);
    expect(result.unplaced).toEqual([]);
  });

  it('keeps a heading worded differently from the agenda title, and only then', () => {
    const result = importPlainText(`${LIST}
Annotations

1. Organizational matters:

(a) Opening of the session

The meeting will be opened.

2. Mutual legal assistance in criminal matters

The Working Group will discuss it.
`);
    const [first, second] = result.agenda.items;
    expect(first?.annotationHeading).toBeNull();
    expect(first?.subItems[0]?.annotationHeading).toBe('Opening of the session');
    expect(second?.annotationHeading).toBe('Mutual legal assistance in criminal matters');
  });

  it('numbered paragraphs: numbers stripped and the setting on, when every paragraph has the next one', () => {
    const result = importPlainText(`${LIST}
1. Organizational matters

(a) Opening of the meeting

1. The meeting will be opened at 10 a.m.

(b) Adoption of the agenda

2. The agenda was approved.

3. The Working Group may adopt it.

2. Mutual legal assistance

4. The Working Group will discuss mutual legal assistance.
`);
    expect(result.agenda.settings.numberParagraphs).toBe(true);
    const texts = result.agenda.items
      .flatMap((item) => [item, ...item.subItems])
      .flatMap((entry) => entry.annotations.map((p) => p.runs[0]?.text));
    expect(texts).toEqual([
      'The meeting will be opened at 10 a.m.',
      'The agenda was approved.',
      'The Working Group may adopt it.',
      'The Working Group will discuss mutual legal assistance.',
    ]);
  });

  it('a paragraph that merely starts with a figure keeps it', () => {
    const result = importPlainText(`${LIST}
2. Mutual legal assistance

2012. A year of reform for mutual legal assistance.

The Working Group will discuss it.
`);
    expect(result.agenda.settings.numberParagraphs).toBe(false);
    expect(result.agenda.items[1]?.annotations[0]?.runs[0]?.text).toMatch(/^2012\. A year/);
  });

  it('Documentation: one registry entry per symbol, joint symbols split, "No documentation" read', () => {
    const result = importPlainText(`${LIST}
1. Organizational matters

No documentation

2. Mutual legal assistance

The Working Group will discuss it.

Documentation:

Report of the Secretariat on mutual legal assistance (CTOC/COP/WG.3/2024/2)

Note by the Secretariat on joint work (CTOC/COP/WG.3/2024/3-CTOC/COP/WG.2/2024/3)

3. Other matters

Documentation

Report of the Secretariat on mutual legal assistance (CTOC/COP/WG.3/2024/2)
`);
    const { documents, items } = result.agenda;
    expect(documents.map((d) => [d.symbols, d.kind])).toEqual([
      [['CTOC/COP/WG.3/2024/2'], 'Report of the Secretariat'],
      [['CTOC/COP/WG.3/2024/3', 'CTOC/COP/WG.2/2024/3'], 'Note by the Secretariat'],
    ]);
    expect(items[1]?.documentIds).toHaveLength(2);
    expect(items[2]?.documentIds).toEqual([documents[0]?.id]);
    expect(result.unplaced).toEqual([]);
  });

  it('a list of symbols in the parentheses gives a document each, corrigenda included', () => {
    const result = importPlainText(`${LIST}
2. Mutual legal assistance

Documentation

Report of the Secretary-General on mutual legal assistance (A/78/123 and Corr.1)

Report of the Secretariat (CTOC/COP/WG.3/2024/2, Add.1 and Add.2)
`);
    expect(result.agenda.documents.map((document) => document.symbols.join('-'))).toEqual([
      'A/78/123',
      'A/78/123/Corr.1',
      'CTOC/COP/WG.3/2024/2',
      'CTOC/COP/WG.3/2024/2/Add.1',
      'CTOC/COP/WG.3/2024/2/Add.2',
    ]);
    expect(result.agenda.items[1]?.documentIds).toHaveLength(5);
  });

  it('keeps what it cannot place, with where it was and why', () => {
    const result = importPlainText(`${LIST}
Annotations

These annotations were prepared by the Secretariat.

2. Mutual legal assistance

Documentation

Report of the Secretariat on mutual legal assistance (CTOC/COP/WG.3/2024/2)
Documents are posted on the website.

Item 7. A heading for an item the list does not have

Its paragraph.
`);
    expect(result.unplaced.map(({ text, source, reason }) => ({ text, source, reason }))).toEqual([
      {
        text: 'These annotations were prepared by the Secretariat.',
        source: 'line 14',
        reason: 'before the first item heading of the annotations',
      },
      {
        text: 'Documents are posted on the website.',
        source: 'line 21',
        reason:
          'follows the Documentation list of item 2 but is not a document title with its symbol',
      },
      {
        text: 'Item 7. A heading for an item the list does not have',
        source: 'line 23',
        reason: 'under the heading of item 7, which the agenda list does not have',
      },
      {
        text: 'Its paragraph.',
        source: 'line 25',
        reason: 'under the heading of item 7, which the agenda list does not have',
      },
    ]);
    expect(result.agenda.unplaced?.map((piece) => piece.text)).toEqual(
      result.unplaced.map((piece) => piece.text),
    );
    expect(result.summary.unplaced).toBe(4);
  });
});
