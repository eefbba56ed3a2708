// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderDocumentBlocks } from '../../../../shared/export/document-blocks';
import { cssString } from '../../../../shared/export/html-styles';
import { renderHtml } from '../../../../shared/export/render-html';
import { visibleTextOf } from './support/html-text';
import { loadSeedAgenda, loadSeedMarkdown, seedAgendaWith } from './support/seed-document';
import {
  firstWordDifference,
  seedWords,
  withoutMastheadWords,
  wordsOf,
} from './support/visible-text';

const SYMBOL = 'CTOC/COP/WG.2/2012/1';
const ATTACK = '<script>alert(1)</script>';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function texts(root: ParentNode, selector: string): string[] {
  return Array.from(root.querySelectorAll(selector), (element) =>
    element.textContent.replace(/\s+/g, ' ').trim(),
  );
}

describe('HTML export of the seed agenda', () => {
  const html = renderHtml(renderDocumentBlocks(loadSeedAgenda()));
  const document = parse(html);

  it('is one HTML5 document in the language of the agenda', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(document.documentElement.lang).toBe('en');
    expect(document.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(document.title).toBe('CTOC/COP/WG.2/2012/1 – Provisional agenda and annotations');
  });

  it('is self-contained: styles inline, no script, nothing fetched', () => {
    expect(document.querySelectorAll('script, link, img, iframe, object')).toHaveLength(0);
    expect(document.querySelectorAll('style')).toHaveLength(1);
    expect(html).not.toMatch(/\b(src|href)=|@import|url\(/);
    expect(document.querySelectorAll('[onload], [onclick], [onerror]')).toHaveLength(0);
  });

  it('has the same words in the same order as the seed', () => {
    const words = withoutMastheadWords(wordsOf(visibleTextOf(document.body)), SYMBOL);
    expect(firstWordDifference(seedWords(loadSeedMarkdown()), words)).toBeNull();
  });

  it('has one title and headings in the order of the document', () => {
    expect(texts(document, 'h1')).toEqual(['Provisional agenda and annotations']);
    expect(texts(document, 'h2')).toEqual(['Annotations', 'Annex']);
    expect(texts(document, 'h3').slice(0, 2)).toEqual([
      '1. Organizational matters',
      '2. Follow-up to the recommendations adopted by the Working Group at its meeting held on 19 and 20 October 2010',
    ]);
    expect(texts(document, 'h3').at(-1)).toBe('Proposed organization of work');
    expect(texts(document, 'h4').slice(0, 3)).toEqual([
      '(a) Opening of the meeting',
      '(b) Adoption of the agenda and organization of work',
      'Documentation',
    ]);
  });

  it('gives the annex table header cells with their scope', () => {
    const headers = Array.from(document.querySelectorAll('th'));
    expect(headers.every((header) => header.hasAttribute('scope'))).toBe(true);
    expect(texts(document, 'thead th[scope="col"]')).toEqual([
      'Date and time',
      'Agenda item',
      'Title or description',
    ]);
    expect(texts(document, 'tbody th[scope="rowgroup"]')).toEqual([
      'Wednesday, 17 October',
      'Thursday, 18 October',
    ]);
    const firstRow = document.querySelector('tbody tr.slot-start');
    expect(firstRow && texts(firstRow, 'td')).toEqual([
      '10 a.m.-1 p.m.',
      '1 (a)',
      'Opening of the meeting',
    ]);
  });

  it('prints on A4 in Times New Roman, the annex on a page of its own', () => {
    const style = document.querySelector('style')?.textContent ?? '';
    expect(style).toMatch(/@page \{\s*size: A4;/);
    expect(style).toContain('"Times New Roman"');
    expect(style).toMatch(/\.annex \{ break-before: page;/);
    expect(style).toContain('@top-left { content: "CTOC/COP/WG.2/2012/1";');
  });

  it('marks the parts the live preview scrolls to with their item', () => {
    expect(document.querySelector('h4[data-item-id="item-1a"]')?.textContent).toContain(
      'Opening of the meeting',
    );
    expect(document.querySelectorAll('[data-item-id="item-2"]').length).toBeGreaterThan(3);
  });
});

describe('HTML export of hostile text', () => {
  const agenda = seedAgendaWith((draft) => {
    draft.header.symbol = 'A/67/"</style><script>alert(2)</script>';
    draft.meeting.title = ATTACK;
    draft.meeting.documentTitle = `Agenda ${ATTACK}`;
    const item = draft.items[1];
    if (!item) throw new Error('the seed has an item 2');
    item.title = `${ATTACK} & "quotes"`;
    item.annotations = [{ id: 'p-attack', runs: [{ text: `Bold ${ATTACK}`, bold: true }] }];
  });
  const html = renderHtml(renderDocumentBlocks(agenda));
  const document = parse(html);

  it('shows every piece of it as text and runs none', () => {
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(document.querySelectorAll('style')).toHaveLength(1);
    expect(texts(document, '.meeting-title')).toEqual([ATTACK]);
    expect(texts(document, 'h1')).toEqual([`Agenda ${ATTACK}`]);
    expect(texts(document, '.agenda-list > li[data-item-id="item-2"] > .text')).toEqual([
      `${ATTACK} & "quotes".`,
    ]);
    expect(document.querySelector('p.annotation b')?.textContent).toBe(`Bold ${ATTACK}`);
    expect(texts(document, '.masthead .symbol')).toEqual([
      'A/67/"</style><script>alert(2)</script>',
    ]);
    expect(document.title).toContain('A/67/"</style><script>alert(2)</script>');
  });

  it('keeps the symbol inside the CSS string of the running header', () => {
    const style = document.querySelector('style')?.textContent ?? '';
    expect(style).not.toContain('</');
    expect(cssString('A/1"</style>')).toBe('"A/1\\22 \\3c /style\\3e "');
  });
});

describe('HTML export in another language', () => {
  it('sets lang from the document language', () => {
    const agenda = seedAgendaWith((draft) => {
      draft.header.documentLanguage = 'fr';
    });
    expect(parse(renderHtml(renderDocumentBlocks(agenda))).documentElement.lang).toBe('fr');
  });
});

describe('HTML export with the documents listed in an annex', () => {
  const agenda = seedAgendaWith((draft) => {
    draft.settings.documentsAnnex = true;
    draft.documents.push({
      id: 'doc-attack',
      symbols: ['CTOC/COP/2012/99'],
      title: `Note ${ATTACK} & "quotes"`,
      kind: null,
    });
  });
  const document = parse(renderHtml(renderDocumentBlocks(agenda)));
  const table = document.querySelector('table.documents-list');

  it('numbers the two annexes, each on a page of its own with its own title', () => {
    expect(texts(document, 'h2')).toEqual(['Annotations', 'Annex I', 'Annex II']);
    const sections = Array.from(document.querySelectorAll('section.annex'), (section) => [
      section.getAttribute('aria-labelledby'),
      texts(section, 'h3')[0],
    ]);
    expect(sections).toEqual([
      ['annex-title', 'Proposed organization of work'],
      ['documents-annex-title', 'List of documents'],
    ]);
    expect(document.getElementById('documents-annex-title')?.closest('section')).toBe(
      table?.closest('section'),
    );
  });

  it('is a table with scoped column headers and a row a document, in the order of the agenda', () => {
    expect(table && texts(table, 'thead th[scope="col"]')).toEqual([
      'Document symbol',
      'Agenda item',
      'Title or description',
    ]);
    const rows = Array.from(table?.querySelectorAll('tbody tr') ?? [], (row) =>
      texts(row, 'td').slice(0, 2),
    );
    expect(rows).toEqual([
      ['CTOC/COP/2012/9', '2'],
      ['CTOC/COP/2012/10', '2, 4, 5'],
      ['CTOC/COP/WG.2/2012/2', '3'],
      ['CTOC/COP/2012/7', '5'],
      ['UNODC/CCPCJ/EG.1/2012/4', '6'],
      ['UNODC/CCPCJ/EG.1/2009/2', '6'],
      ['CTOC/COP/WG.2/2012/3-CTOC/COP/WG.3/2012/4', '7'],
      ['CTOC/COP/2012/99', ''],
    ]);
  });

  it('shows a title as typed, never as markup', () => {
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(table && texts(table, 'tbody tr:last-child td').at(-1)).toBe(
      `Note ${ATTACK} & "quotes"`,
    );
  });

  it('gives the symbol column room and starts the annex on a new page', () => {
    const style = document.querySelector('style')?.textContent ?? '';
    expect(style).toContain('.documents-list col.symbol { width: 5cm; }');
    expect(table?.classList.contains('annex-table')).toBe(true);
    expect(style).toMatch(/\.annex \{ break-before: page;/);
  });
});
