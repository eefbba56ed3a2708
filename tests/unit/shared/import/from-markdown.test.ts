import { describe, expect, it } from 'vitest';
import {
  importPlainText,
  linesFromMarkdown,
  linesFromPlainText,
} from '../../../../shared/import/from-markdown';
import { ImportError, NOT_AN_AGENDA_MESSAGE } from '../../../../shared/import/import-result';
import { markdownRuns } from '../../../../shared/import/markdown-inline';

describe('inline Markdown', () => {
  it.each([
    [
      'plain **bold** and *italic*',
      [
        { text: 'plain ' },
        { text: 'bold', bold: true },
        { text: ' and ' },
        { text: 'italic', italic: true },
      ],
    ],
    ['***both***', [{ text: 'both', bold: true, italic: true }]],
    [
      '__bold__ and _it_',
      [{ text: 'bold', bold: true }, { text: ' and ' }, { text: 'it', italic: true }],
    ],
    [
      '<b>Wednesday</b>\t<i>Date</i>',
      [{ text: 'Wednesday', bold: true }, { text: '\t' }, { text: 'Date', italic: true }],
    ],
    ['\\*stars\\*, \\_x\\_, \\<tag\\> \\| 2012\\.', [{ text: '*stars*, _x_, <tag> | 2012.' }]],
    ['snake_case_name and 2 * 3 * 4', [{ text: 'snake_case_name and 2 * 3 * 4' }]],
    ['an unmatched * star', [{ text: 'an unmatched * star' }]],
    ['A&amp;B&nbsp;C &#8211; D', [{ text: 'A&B\u00a0C \u2013 D' }]],
  ])('%s', (markdown, runs) => {
    expect(markdownRuns(markdown)).toEqual(runs);
  });
});

describe('Markdown to lines', () => {
  it('headings, lists with their levels, hard breaks, pipe rows; rules and blank lines dropped', () => {
    const lines = linesFromMarkdown(
      '# Body\n\nDistr.: General  \n31 July 2012\n\n---\n\nTitle\n=====\n\n1. Item one:\n   - (a) Sub-item;\n\n| a | b \\| c |\n| --- | --- |\n',
    );
    expect(
      lines.map(({ source, runs, heading, list, cells }) => ({
        source,
        text: runs.map((run) => run.text).join(''),
        heading,
        list,
        cells: cells?.map((cell) => cell.map((p) => p.map((r) => r.text).join(''))),
      })),
    ).toEqual([
      { source: 'line 1', text: 'Body', heading: 1, list: undefined, cells: undefined },
      {
        source: 'line 3',
        text: 'Distr.: General\n31 July 2012',
        heading: undefined,
        list: undefined,
        cells: undefined,
      },
      { source: 'line 8', text: 'Title', heading: 1, list: undefined, cells: undefined },
      {
        source: 'line 11',
        text: '1. Item one:',
        heading: undefined,
        list: { level: 0, ordered: true },
        cells: undefined,
      },
      {
        source: 'line 12',
        text: '(a) Sub-item;',
        heading: undefined,
        list: { level: 1, ordered: false },
        cells: undefined,
      },
      {
        source: 'line 14',
        text: '',
        heading: undefined,
        list: undefined,
        cells: [['a'], ['b | c']],
      },
    ]);
  });

  it('plain text keeps "*", "_" and "#" as typed, and joins lines a mail client wrapped', () => {
    const lines = linesFromPlainText(
      '# not a heading, *not italic*\nThe Commission may wish to\nconsider the report.\na) A label, not a continuation\n',
    );
    expect(lines.map((line) => line.runs.map((run) => run.text).join(''))).toEqual([
      '# not a heading, *not italic*',
      'The Commission may wish to consider the report.',
      'a) A label, not a continuation',
    ]);
  });

  it('reads CRLF line ends and a byte-order mark', () => {
    const lines = linesFromPlainText('\uFEFFProvisional agenda\r\n\r\n1. One.\r\n2. Two.\r\n');
    expect(lines.map((line) => line.runs[0]?.text)).toEqual([
      'Provisional agenda',
      '1. One.',
      '2. Two.',
    ]);
  });
});

describe('what is not an agenda', () => {
  it('an empty or blank text is refused', () => {
    expect(() => importPlainText('')).toThrow('The file is empty');
    expect(() => importPlainText(' \n\t\n')).toThrow(ImportError);
  });

  it('a chapter of a novel is refused with the reason', () => {
    const chapter =
      'Chapter One\n\nThe rain had not stopped for three days when Marguerite opened the letter.\n\nShe read it twice, then a third time, standing by the window.\n';
    expect(() => importPlainText(chapter)).toThrow(NOT_AN_AGENDA_MESSAGE);
    try {
      importPlainText(chapter);
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).refusal).toBe('not-an-agenda');
      expect((error as ImportError).code).toBe('corrupt-file');
    }
  });

  it("text beyond the model's limits is refused rather than cut", () => {
    const title = 'A very long title '.repeat(200);
    expect(() => importPlainText(`Provisional agenda\n\n1. ${title}\n2. Other matters.\n`)).toThrow(
      'What was read from the file does not fit an agenda (items.0.title: Too big',
    );
  });

  it('one numbered line in prose is not an agenda either, unless the text calls itself one', () => {
    const prose =
      'A memo\n\n1. The first point is that the rain had not stopped.\n\nThat is all.\n';
    expect(() => importPlainText(prose)).toThrow(NOT_AN_AGENDA_MESSAGE);
    expect(importPlainText(`Provisional agenda\n\n1. Other matters.\n`).agenda.items).toHaveLength(
      1,
    );
  });
});
