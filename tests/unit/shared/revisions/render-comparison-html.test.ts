// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { setParagraphRuns } from '../../../../shared/agenda/annotation-edits';
import { renderDocumentBlocks } from '../../../../shared/export/document-blocks';
import { renderHtml } from '../../../../shared/export/render-html';
import type { Agenda } from '../../../../shared/model/agenda';
import { compareAgendas } from '../../../../shared/revisions/agenda-diff';
import { comparisonDocument } from '../../../../shared/revisions/comparison-document';
import { describeChange } from '../../../../shared/revisions/describe-change';
import { renderComparisonHtml } from '../../../../shared/revisions/render-comparison-html';
import { visibleTextOf } from '../export/support/html-text';
import { firstWordDifference, wordsOf } from '../export/support/visible-text';
import {
  ADDED_DOCUMENT,
  documentAdded,
  documentsListed,
  promotedSubItem,
  renumberingMove,
  revisionCases,
  rewrittenParagraph,
  seed,
  swappedDocument,
} from './revision-cases';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function comparisonPage(before: Agenda, after: Agenda, summary = false): Document {
  const comparison = compareAgendas(before, after);
  const lines = summary ? comparison.changes.map(describeChange) : undefined;
  return parse(
    renderComparisonHtml(comparisonDocument(comparison), lines ? { summary: lines } : {}),
  );
}

/** The words a reader sees with one kind of mark taken out (and the notes beside moves). */
function wordsWithout(page: Document, selector: 'ins' | 'del'): string[] {
  const content = page.querySelector('.un-document')!.cloneNode(true) as Element;
  content.querySelectorAll(`${selector}, .change-note`).forEach((element) => element.remove());
  return wordsOf(visibleTextOf(content));
}

function exportedWords(agenda: Agenda): string[] {
  const page = parse(renderHtml(renderDocumentBlocks(agenda)));
  return wordsOf(visibleTextOf(page.querySelector('.un-document')!));
}

function texts(page: ParentNode, selector: string): string[] {
  return Array.from(page.querySelectorAll(selector), (element) =>
    element.textContent.replace(/\s+/g, ' ').trim(),
  );
}

describe('the comparison as a marked-up page', () => {
  for (const { name, before, after } of revisionCases()) {
    it(`reads as the new version with the deletions taken out: ${name}`, () => {
      const page = comparisonPage(before, after);
      expect(firstWordDifference(exportedWords(after), wordsWithout(page, 'del'))).toBeNull();
    });
  }

  for (const [name, after] of [
    ['a rewritten paragraph', rewrittenParagraph()],
    ['a sub-item promoted to an item', promotedSubItem()],
    ['a document swapped', swappedDocument()],
  ] as const) {
    it(`reads as the old version with the insertions taken out: ${name}`, () => {
      const page = comparisonPage(seed(), after);
      expect(firstWordDifference(exportedWords(seed()), wordsWithout(page, 'ins'))).toBeNull();
    });
  }

  it('underlines the inserted words and strikes the deleted ones', () => {
    const page = comparisonPage(seed(), rewrittenParagraph());
    expect(texts(page, 'del')).toEqual(['potential benefits']);
    expect(texts(page, 'ins')).toEqual(['possible advantages', ', and in relation to cybercrime']);
    const style = page.querySelector('style')?.textContent ?? '';
    expect(style).toMatch(/\.comparison ins \{ text-decoration: underline;/);
    expect(style).toMatch(/\.comparison del \{ text-decoration: line-through;/);
  });

  it('shows a moved item as a move: struck where it was, marked where it is, with notes', () => {
    const page = comparisonPage(seed(), renumberingMove());
    const from = page.querySelector('.agenda-list li.moved-from');
    const to = page.querySelector('.agenda-list li.moved-to');
    expect(from?.textContent).toContain('Development of national strategies');
    expect(texts(page, '.agenda-list li.moved-from del')).toEqual([
      '3.',
      'Development of national strategies to address transnational organized crime.',
    ]);
    expect(texts(page, '.agenda-list li.moved-from .change-note')).toEqual(['Moved to item 5']);
    expect(texts(page, '.agenda-list li.moved-to .change-note')).toEqual(['Moved from item 3']);
    expect(texts(page, '.agenda-list li.moved-to .label del')).toEqual(['3.']);
    expect(texts(page, '.agenda-list li.moved-to .label ins')).toEqual(['5.']);
    expect(to?.querySelector('.text ins, .text del')).toBeNull();
    // Items 4 and 5 renumbered in place.
    expect(texts(page, '.agenda-list li:not(.moved-from):not(.moved-to) .label')).toContain('4.3.');
  });

  it('lists the changes above the document when asked', () => {
    const page = comparisonPage(seed(), renumberingMove(), true);
    expect(texts(page, '.change-summary li')).toEqual([
      'Item 4 is now 3',
      'Item 5 is now 4',
      'Item 3 moved to 5',
    ]);
  });

  it('shows a document added to the list of documents as an inserted row, its items marked', () => {
    const page = comparisonPage(documentsListed(), documentAdded());
    const rows = Array.from(page.querySelectorAll('.documents-list tbody tr'));
    const inserted = rows.filter((row) => row.classList.contains('inserted'));
    expect(inserted.map((row) => texts(row, 'td ins'))).toEqual([
      ['CTOC/COP/WG.2/2012/CRP.1', '1 (b)', ADDED_DOCUMENT.title],
    ]);
    expect(rows.indexOf(inserted[0]!)).toBe(0);
    expect(
      page.querySelectorAll('.documents-list tbody tr:not(.inserted) :is(ins, del)'),
    ).toHaveLength(0);
  });

  it('numbers the organization of work "Annex I" once the list of documents comes', () => {
    const page = comparisonPage(seed(), documentsListed());
    expect(texts(page, '.annex:not(.inserted) .annex-heading ins')).toEqual(['I']);
    expect(texts(page, 'section.annex.inserted .annex-heading ins')).toEqual(['Annex II']);
    expect(page.querySelectorAll('section.annex.inserted .documents-list tbody tr')).toHaveLength(
      seed().documents.length,
    );
  });

  it('escapes what the user typed and loads nothing from outside', () => {
    const attack = '<script>alert(1)</script>';
    const after = setParagraphRuns(seed(), 'item-3', 'p6', [{ text: attack }]);
    const html = renderComparisonHtml(comparisonDocument(compareAgendas(seed(), after)));
    expect(html).not.toContain(attack);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|\b(src|href)=|@import|url\(/);
  });
});

describe('the comparison side by side', () => {
  function sideBySide(before: Agenda, after: Agenda): Document {
    const document = comparisonDocument(compareAgendas(before, after));
    return parse(
      renderComparisonHtml(document, {
        layout: 'side-by-side',
        labels: { old: 'Sent to the Bureau', new: 'Now' },
      }),
    );
  }

  /** One column's words, the notes beside moves left out. */
  function columnWords(page: Document, column: 1 | 2): string[] {
    const cells = page.querySelectorAll(`.sides > tbody > tr > td:nth-child(${column})`);
    return Array.from(cells).flatMap((cell) => {
      const content = cell.cloneNode(true) as Element;
      content.querySelectorAll('.change-note').forEach((note) => note.remove());
      return wordsOf(visibleTextOf(content));
    });
  }

  for (const { name, before, after } of revisionCases()) {
    it(`reads as the earlier version on the left and the later on the right: ${name}`, () => {
      const page = sideBySide(before, after);
      expect(firstWordDifference(exportedWords(before), columnWords(page, 1))).toBeNull();
      expect(firstWordDifference(exportedWords(after), columnWords(page, 2))).toBeNull();
    });
  }

  it('marks deletions on the left and insertions on the right, on the same row', () => {
    const page = sideBySide(seed(), rewrittenParagraph());
    expect(texts(page, '.sides > thead th')).toEqual(['Sent to the Bureau', 'Now']);
    const left = '.sides > tbody > tr > td:nth-child(1)';
    const right = '.sides > tbody > tr > td:nth-child(2)';
    expect(page.querySelectorAll(`${left} ins, ${right} del`)).toHaveLength(0);
    expect(page.querySelectorAll('.sides > tbody > tr.changed')).toHaveLength(1);
    expect(texts(page, `.sides > tbody > tr.changed > td:nth-child(1) del`)).toEqual([
      'potential benefits',
    ]);
    expect(texts(page, `.sides > tbody > tr.changed > td:nth-child(2) ins`)).toEqual([
      'possible advantages',
      ', and in relation to cybercrime',
    ]);
  });

  it('shows a moved item where it was on the left and where it is on the right', () => {
    const page = sideBySide(seed(), renumberingMove());
    const rowOf = (selector: string) => page.querySelector(selector)?.closest('tr');
    const from = rowOf('.sides > tbody > tr > td:nth-child(1) li.moved-from');
    const to = rowOf('.sides > tbody > tr > td:nth-child(2) li.moved-to');
    expect(from?.querySelector(':scope > td:nth-child(2)')?.textContent).toBe('');
    expect(to?.querySelector(':scope > td:nth-child(1)')?.textContent).toBe('');
    expect(from?.textContent).toContain('Moved to item 5');
    expect(to?.textContent).toContain('Moved from item 3');
    // The earlier row comes first, as the item stood higher on the agenda.
    const rows = Array.from(page.querySelectorAll('.sides > tbody > tr'));
    expect(rows.indexOf(from!)).toBeLessThan(rows.indexOf(to!));
  });

  it('gives the two annexes their own ids', () => {
    const page = sideBySide(seed(), renumberingMove());
    const ids = Array.from(page.querySelectorAll('[id]'), (element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(['old-annex-title', 'new-annex-title']);
  });
});
