import { describe, expect, it } from 'vitest';
import { renderDocumentBlocks } from '../../../../shared/export/document-blocks';
import { renderMarkdown } from '../../../../shared/export/render-markdown';
import { renderText } from '../../../../shared/export/render-text';
import { importMarkdown, importPlainText } from '../../../../shared/import/from-markdown';
import { AgendaSchema } from '../../../../shared/model/agenda';
import { loadTestAgenda, TEST_AGENDAS, withoutEmphasis } from './support/agenda-fixtures';
import { withPositionalIds } from './support/positional-ids';

/**
 * Each test agenda exported to Markdown and to text with the existing
 * exporters, then imported back: the model must come back whole (ids
 * aside), with nothing left unplaced. Text has no bold or italic, so the
 * comparison drops them there. The Word round trip is in
 * tests/unit/electron/main/import/from-docx.test.ts.
 */
describe.each(TEST_AGENDAS)('test agenda $name ($body)', ({ name }) => {
  const agenda = loadTestAgenda(name);
  const rendered = renderDocumentBlocks(agenda);

  it('is a valid .agendum file', () => {
    expect(AgendaSchema.safeParse(agenda).success).toBe(true);
  });

  it('comes back whole from its Markdown export', () => {
    const result = importMarkdown(renderMarkdown(rendered));
    expect(result.unplaced).toEqual([]);
    expect(result.notes).toEqual([]);
    expect(withPositionalIds(result.agenda)).toEqual(withPositionalIds(agenda));
  });

  it('comes back whole, but for emphasis, from its text export', () => {
    const result = importPlainText(renderText(rendered));
    expect(result.unplaced).toEqual([]);
    expect(withPositionalIds(result.agenda)).toEqual(withPositionalIds(withoutEmphasis(agenda)));
  });

  it('summarises what it found', () => {
    const { summary } = importMarkdown(renderMarkdown(rendered));
    const subItems = agenda.items.flatMap((item) => item.subItems);
    expect(summary).toEqual({
      items: agenda.items.length,
      subItems: subItems.length,
      paragraphs: [...agenda.items, ...subItems].reduce((n, e) => n + e.annotations.length, 0),
      documents: agenda.documents.length,
      slots: agenda.organization.days.reduce((n, day) => n + day.slots.length, 0),
      unplaced: 0,
    });
  });
});

describe('the test agendas between them', () => {
  const agendas = TEST_AGENDAS.map(({ name }) => loadTestAgenda(name));

  it('cover what the issue asks of them', () => {
    const subItemCounts = agendas.flatMap((agenda) => agenda.items.map((i) => i.subItems.length));
    expect(Math.max(...subItemCounts)).toBeGreaterThanOrEqual(6);
    const symbols = agendas.flatMap((agenda) => agenda.documents);
    expect(symbols.some((document) => document.symbols.length > 1)).toBe(true);
    expect(symbols.some((document) => document.symbols.some((s) => /\/Rev\.\d+$/.test(s)))).toBe(
      true,
    );
    expect(symbols.some((document) => document.symbols.some((s) => /\/Add\.\d+$/.test(s)))).toBe(
      true,
    );
    expect(agendas.filter((agenda) => agenda.organization.days.length >= 3).length).toBeGreaterThan(
      3,
    );
    const listOnly = agendas.filter(
      (agenda) =>
        agenda.organization.days.length === 0 &&
        agenda.items.every(
          (item) => item.annotations.length === 0 && item.documentIds.length === 0,
        ),
    );
    expect(listOnly).toHaveLength(1);
    const spanning = agendas.some((agenda) => {
      const entries = agenda.organization.days.flatMap((day) =>
        day.slots.flatMap((slot) => slot.entries.map((entry) => entry.itemId)),
      );
      return new Set(entries).size < entries.length;
    });
    expect(spanning).toBe(true);
  });
});
