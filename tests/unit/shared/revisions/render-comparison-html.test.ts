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

function texts(page: Document, selector: string): string[] {
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

  it('escapes what the user typed and loads nothing from outside', () => {
    const attack = '<script>alert(1)</script>';
    const after = setParagraphRuns(seed(), 'item-3', 'p6', [{ text: attack }]);
    const html = renderComparisonHtml(comparisonDocument(compareAgendas(seed(), after)));
    expect(html).not.toContain(attack);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|\b(src|href)=|@import|url\(/);
  });
});
