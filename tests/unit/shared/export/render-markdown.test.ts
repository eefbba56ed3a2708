import { describe, expect, it } from 'vitest';
import { renderDocumentBlocks } from '../../../../shared/export/document-blocks';
import { renderMarkdown } from '../../../../shared/export/render-markdown';
import { renderText } from '../../../../shared/export/render-text';
import { loadSeedAgenda, loadSeedMarkdown, seedAgendaWith } from './support/seed-document';
import { visibleLines, withoutMastheadExtras } from './support/visible-text';

const SYMBOL = 'CTOC/COP/WG.2/2012/1';

describe('Markdown and text export of the seed agenda', () => {
  const seedLines = visibleLines(loadSeedMarkdown());
  const rendered = renderDocumentBlocks(loadSeedAgenda());

  it('the seed has the lines the comparison relies on', () => {
    expect(seedLines[0]).toBe(
      'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
    );
    expect(seedLines).toContain('(a) Opening of the meeting;');
    expect(seedLines).toContain('10 a.m.-1 p.m. 1 (a) Opening of the meeting');
    expect(seedLines.at(-1)).toBe(
      '7 Application of the Organized Crime Convention by States parties with respect to criminal offences against cultural property',
    );
  });

  it('Markdown gives, line for line, the visible text of the seed', () => {
    const lines = visibleLines(renderMarkdown(rendered));
    expect(lines.slice(0, 3)).toEqual(['United Nations', seedLines[0], SYMBOL]);
    expect(withoutMastheadExtras(lines, SYMBOL)).toEqual(seedLines);
  });

  it('plain text gives, line for line, the visible text of the seed', () => {
    const lines = visibleLines(renderText(rendered));
    expect(lines.slice(0, 3)).toEqual(['United Nations', seedLines[0], SYMBOL]);
    expect(withoutMastheadExtras(lines, SYMBOL)).toEqual(seedLines);
  });

  it('plain text carries no markup at all', () => {
    const text = renderText(rendered);
    expect(text).not.toMatch(/[#*|<>]/);
    expect(text).toContain('\n1.  Organizational matters:\n    (a) Opening of the meeting;\n');
    expect(text).toContain('\n10 a.m.-1 p.m.   1 (a)         Opening of the meeting\n');
  });

  it('Markdown nests sub-items and makes the annex a table any viewer shows', () => {
    const markdown = renderMarkdown(rendered);
    expect(markdown).toContain('1. Organizational matters:\n   - (a) Opening of the meeting;\n');
    expect(markdown).toContain(
      '| *Date and time* | *Agenda item* | *Title or description* |\n| --- | --- | --- |\n| **Wednesday, 17 October** |  |  |\n',
    );
    expect(markdown).toContain('| 10 a.m.-1 p.m. | 1 (a) | Opening of the meeting |');
  });
});

describe('Markdown export of text the user typed', () => {
  const tricky = seedAgendaWith((agenda) => {
    const item = agenda.items[2];
    if (!item) throw new Error('the seed has an item 3');
    item.title = 'Use of *stars*, _underscores_, <tags> | pipes and [links](x)';
    item.annotations = [
      { id: 'p-hash', runs: [{ text: '# not a heading' }] },
      { id: 'p-number', runs: [{ text: '2012. A year, not a list' }] },
      {
        id: 'p-emphasis',
        runs: [
          { text: 'Plain, ' },
          { text: 'bold ', bold: true },
          { text: 'and italic', italic: true },
        ],
      },
    ];
  });
  const markdown = renderMarkdown(renderDocumentBlocks(tricky));

  it('escapes what Markdown would read as markup', () => {
    expect(markdown).toContain(
      '3. Use of \\*stars\\*, \\_underscores\\_, \\<tags\\> \\| pipes and \\[links\\](x).',
    );
    expect(markdown).toContain('\n\\# not a heading\n');
    expect(markdown).toContain('\n2012\\. A year, not a list\n');
  });

  it('keeps the emphasis of runs, with the markers hugging the words', () => {
    expect(markdown).toContain('Plain, **bold** *and italic*');
  });

  it('the escapes still read as the text typed', () => {
    expect(visibleLines(markdown)).toContain(
      '3. Use of *stars*, _underscores_, <tags> | pipes and [links](x).',
    );
  });
});

describe('numbered paragraphs', () => {
  const numbered = seedAgendaWith((agenda) => {
    agenda.settings.numberParagraphs = true;
  });

  it('number the annotation paragraphs consecutively across items', () => {
    const text = renderText(renderDocumentBlocks(numbered));
    expect(text).toContain('\n1. The meeting of the Working Group');
    expect(text).toContain('\n2. At its meeting held in Vienna on 4 July 2012');
    expect(text).toContain('\n16. In April 2012, the Secretariat');
    const markdown = renderMarkdown(renderDocumentBlocks(numbered));
    expect(markdown).toContain('\n3\\. In its resolution 5/1, entitled');
  });
});

describe('the documents listed in an annex', () => {
  const listed = renderDocumentBlocks(
    seedAgendaWith((agenda) => {
      agenda.settings.documentsAnnex = true;
      agenda.documents.push({
        id: 'doc-pipes',
        symbols: ['CTOC/COP/2012/99'],
        title: 'Options | *not* chosen',
        kind: null,
      });
    }),
  );

  it('Markdown makes the second annex a pipe table, its cells escaped', () => {
    const markdown = renderMarkdown(listed);
    expect(markdown).toContain('\n## Annex I\n\n### Proposed organization of work\n');
    expect(markdown).toContain(
      '\n## Annex II\n\n### List of documents\n\n| *Document symbol* | *Agenda item* | *Title or description* |\n| --- | --- | --- |\n| CTOC/COP/2012/9 | 2 | Report of the Secretariat on activities',
    );
    expect(markdown).toContain('\n| CTOC/COP/2012/10 | 2, 4, 5 | Report of the Secretariat on the');
    expect(markdown).toContain(
      '\n| CTOC/COP/WG.2/2012/3-CTOC/COP/WG.3/2012/4 | 7 | Report of the Secretariat on the application',
    );
    expect(markdown.endsWith('\n| CTOC/COP/2012/99 |  | Options \\| \\*not\\* chosen |\n')).toBe(
      true,
    );
  });

  it('plain text aligns the columns of the list as those of the organization of work', () => {
    const text = renderText(listed);
    expect(text).toContain('\nAnnex I\n\nProposed organization of work\n');
    const list = text.slice(text.indexOf('Annex II'));
    const lines = list.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'Annex II',
      '',
      'List of documents',
      '',
      'Document symbol                             Agenda item   Title or description',
    ]);
    expect(lines[6]).toMatch(/^CTOC\/COP\/2012\/10 {28}2, 4, 5 {7}Report of the Secretariat/);
    expect(lines.at(-2)).toBe(
      'CTOC/COP/2012/99                                          Options | *not* chosen',
    );
  });
});
