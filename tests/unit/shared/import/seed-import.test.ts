import { describe, expect, it } from 'vitest';
import { renderDocumentBlocks } from '../../../../shared/export/document-blocks';
import { renderMarkdown } from '../../../../shared/export/render-markdown';
import { renderText } from '../../../../shared/export/render-text';
import { importMarkdown, importPlainText } from '../../../../shared/import/from-markdown';
import { AgendaSchema } from '../../../../shared/model/agenda';
import { visibleLines, withoutMastheadExtras } from '../export/support/visible-text';
import { loadSeedAgenda, loadSeedMarkdown } from './support/agenda-fixtures';
import { withPositionalIds } from './support/positional-ids';

const SYMBOL = 'CTOC/COP/WG.2/2012/1';

describe('the seed, imported from its own Markdown', () => {
  const seedMarkdown = loadSeedMarkdown();
  const result = importMarkdown(seedMarkdown);

  it('gives the fixture agenda, ids aside', () => {
    expect(withPositionalIds(result.agenda)).toEqual(withPositionalIds(loadSeedAgenda()));
  });

  it('leaves nothing unplaced and says what it found', () => {
    expect(result.unplaced).toEqual([]);
    expect(result.agenda.unplaced).toBeUndefined();
    expect(result.summary).toEqual({
      items: 8,
      subItems: 2,
      paragraphs: 16,
      documents: 7,
      slots: 3,
      unplaced: 0,
    });
  });

  it('reads through the seed\'s uneven heading levels and the stray tab before "Thursday"', () => {
    const { items, organization } = result.agenda;
    // "### **4. …**" but "**5. …**": both are item headings.
    expect(items[3]?.annotationHeading).toMatch(/in support of the implementation/);
    expect(items[4]?.annotations).toHaveLength(2);
    expect(organization.days.map((day) => day.date)).toEqual(['2012-10-17', '2012-10-18']);
  });

  it('says that the symbol, which the Markdown leaves out, was inferred', () => {
    expect(result.agenda.header.symbol).toBe(SYMBOL);
    expect(result.notes).toEqual([expect.stringContaining(`${SYMBOL} was inferred`)]);
  });

  it('is a valid agenda, one registry entry per document however often cited', () => {
    expect(AgendaSchema.safeParse(result.agenda).success).toBe(true);
    const { documents, items } = result.agenda;
    const report = documents.filter((entry) => entry.symbols.includes('CTOC/COP/2012/10'));
    expect(report).toHaveLength(1);
    const citing = items.flatMap((item, index) =>
      item.documentIds.includes(report[0]?.id ?? '') ? [index + 1] : [],
    );
    expect(citing).toEqual([2, 4, 5]);
  });

  it('exported again to Markdown, gives back the visible text of the seed', () => {
    const lines = visibleLines(renderMarkdown(renderDocumentBlocks(result.agenda)));
    expect(withoutMastheadExtras(lines, SYMBOL)).toEqual(visibleLines(seedMarkdown));
  });
});

describe('the seed through its own exports', () => {
  const seed = loadSeedAgenda();
  const rendered = renderDocumentBlocks(seed);

  it('Markdown export imports to the same agenda', () => {
    const result = importMarkdown(renderMarkdown(rendered));
    expect(withPositionalIds(result.agenda)).toEqual(withPositionalIds(seed));
    expect(result.notes).toEqual([]);
  });

  it('plain-text export imports to the same agenda', () => {
    const result = importPlainText(renderText(rendered));
    expect(withPositionalIds(result.agenda)).toEqual(withPositionalIds(seed));
  });

  it('with numbered paragraphs, strips the numbers and keeps the setting', () => {
    const numbered = { ...seed, settings: { ...seed.settings, numberParagraphs: true } };
    const blocks = renderDocumentBlocks(numbered);
    for (const result of [
      importMarkdown(renderMarkdown(blocks)),
      importPlainText(renderText(blocks)),
    ]) {
      expect(withPositionalIds(result.agenda)).toEqual(withPositionalIds(numbered));
    }
  });

  it('with the documents listed in an annex, keeps the setting and schedules nothing more', () => {
    const listed = { ...seed, settings: { ...seed.settings, documentsAnnex: true } };
    const blocks = renderDocumentBlocks(listed);
    for (const result of [
      importMarkdown(renderMarkdown(blocks)),
      importPlainText(renderText(blocks)),
    ]) {
      expect(withPositionalIds(result.agenda)).toEqual(withPositionalIds(listed));
      expect(result.unplaced).toEqual([]);
    }
  });
});
