import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AgendaSchema, type Agenda } from '../../../../shared/model/agenda';
import {
  documentCompletions,
  documentKinds,
  documentLabel,
  documentationOf,
  filterDocuments,
  findDocumentBySymbol,
  indexCitations,
  listCitingItems,
  sortDocuments,
} from '../../../../shared/documents/document-lookup';
import {
  addDocument,
  attachDocument,
  deleteDocument,
  describeRefusal,
  detachDocument,
  moveDocumentation,
  updateDocument,
  validateDocumentEntry,
  type RegistryResult,
} from '../../../../shared/documents/registry';

function loadSeed(): Agenda {
  const url = new URL('../../../fixtures/ctoc-wg2-2012.agendum', import.meta.url);
  return AgendaSchema.parse(JSON.parse(readFileSync(url, 'utf8')));
}

/** The agenda of a result that must have succeeded, checked against the schema. */
function changed(result: RegistryResult): Agenda {
  if (!result.ok) throw new Error(`refused: ${describeRefusal(result.refusal)}`);
  return AgendaSchema.parse(result.agenda);
}

const REPORT_10 = 'doc-2012-10';
const options = { currentYear: 2025 };

function references(agenda: Agenda, documentId: string): string[] {
  return listCitingItems(agenda, documentId).map((citation) => citation.reference);
}

describe('the items citing a document', () => {
  it('lists CTOC/COP/2012/10 under items 2, 4 and 5, in agenda order', () => {
    const agenda = loadSeed();
    expect(listCitingItems(agenda, REPORT_10)).toEqual([
      { itemId: 'item-2', reference: '2' },
      { itemId: 'item-4', reference: '4' },
      { itemId: 'item-5', reference: '5' },
    ]);
    expect(references(agenda, 'doc-wg2-2012-3')).toEqual(['7']);
    expect(references(agenda, 'no-such-document')).toEqual([]);
  });

  it('names sub-items "1 (a)" and follows the agenda order, not the order of attaching', () => {
    let agenda = changed(attachDocument(loadSeed(), 'item-1b', REPORT_10));
    agenda = changed(attachDocument(agenda, 'item-1a', REPORT_10));
    expect(references(agenda, REPORT_10)).toEqual(['1 (a)', '1 (b)', '2', '4', '5']);
  });

  it('follows renumbering when the items move', () => {
    const seed = loadSeed();
    const [first, second, ...rest] = seed.items;
    if (!first || !second) throw new Error('the seed has items');
    const agenda = { ...seed, items: [second, first, ...rest] };
    expect(references(agenda, 'doc-2012-9')).toEqual(['1']);
  });

  it('indexes every document of the seed in one pass', () => {
    const index = indexCitations(loadSeed());
    expect([...index.keys()].sort()).toEqual(
      loadSeed()
        .documents.map((d) => d.id)
        .sort(),
    );
  });
});

describe('deleting a document', () => {
  it('is refused while cited, with the list of citing items', () => {
    const agenda = loadSeed();
    const before = structuredClone(agenda);
    const result = deleteDocument(agenda, REPORT_10);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refusal).toMatchObject({ reason: 'cited', documentId: REPORT_10 });
    if (result.refusal.reason !== 'cited') return;
    expect(result.refusal.citations.map((c) => c.reference)).toEqual(['2', '4', '5']);
    expect(describeRefusal(result.refusal)).toBe(
      'CTOC/COP/2012/10 is cited under items 2, 4 and 5: remove it from there first',
    );
    expect(agenda).toEqual(before);
  });

  it('says "item" for a document cited once', () => {
    const result = deleteDocument(loadSeed(), 'doc-wg2-2012-2');
    expect(!result.ok && describeRefusal(result.refusal)).toBe(
      'CTOC/COP/WG.2/2012/2 is cited under item 3: remove it from there first',
    );
  });

  it('succeeds once the document is detached everywhere', () => {
    let agenda = loadSeed();
    for (const itemId of ['item-2', 'item-4', 'item-5']) {
      agenda = changed(detachDocument(agenda, itemId, REPORT_10));
    }
    const after = changed(deleteDocument(agenda, REPORT_10));
    expect(after.documents.map((d) => d.id)).not.toContain(REPORT_10);
    expect(after.documents).toHaveLength(loadSeed().documents.length - 1);
  });

  it('is refused for an unknown id', () => {
    expect(deleteDocument(loadSeed(), 'nope')).toEqual({
      ok: false,
      refusal: { reason: 'document-not-found', documentId: 'nope' },
    });
  });
});

describe('adding a document', () => {
  const entry = {
    id: 'doc-crp-1',
    symbols: [' CTOC/COP/WG.2/2012/CRP.1 '],
    title: '  Conference room paper on tools ',
    kind: ' ',
  };

  it('appends a trimmed entry and leaves the agenda it was given unchanged', () => {
    const agenda = loadSeed();
    const before = structuredClone(agenda);
    const after = changed(addDocument(agenda, entry, options));
    expect(after.documents.at(-1)).toEqual({
      id: 'doc-crp-1',
      symbols: ['CTOC/COP/WG.2/2012/CRP.1'],
      title: 'Conference room paper on tools',
      kind: null,
    });
    expect(agenda).toEqual(before);
  });

  it('is refused when a symbol has an error, with the checker message', () => {
    const result = addDocument(
      loadSeed(),
      { ...entry, symbols: ['CTOC/COP/wg.2/2012/CRP.1'] },
      options,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refusal.reason).toBe('invalid');
    expect(describeRefusal(result.refusal)).toBe(
      'CTOC/COP/wg.2/2012/CRP.1: component 3 "wg.2" is in lower case: write "WG.2"',
    );
  });

  it('goes through with warnings, which it returns', () => {
    const result = addDocument(
      loadSeed(),
      { ...entry, symbols: ['CTOC/COP/WG.2/2031/1'] },
      options,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map((w) => w.message)).toEqual([
      'CTOC/COP/WG.2/2031/1: component 4 "2031" is a year in the future',
    ]);
  });

  it('accepts a document that has no symbol yet, with a warning', () => {
    const result = addDocument(loadSeed(), { ...entry, symbols: [] }, options);
    expect(result.ok && result.warnings.map((w) => w.field)).toEqual(['symbols']);
  });

  it('keeps one entry per document: a symbol already registered is refused', () => {
    const result = addDocument(loadSeed(), { ...entry, symbols: ['CTOC/COP/2012/10'] }, options);
    expect(!result.ok && describeRefusal(result.refusal)).toMatch(
      /^CTOC\/COP\/2012\/10 is already in the registry as "Report of the Secretariat on the provision/u,
    );
  });

  it('is refused when the id is taken', () => {
    const result = addDocument(loadSeed(), { ...entry, id: REPORT_10 }, options);
    expect(!result.ok && result.refusal).toEqual({ reason: 'id-taken', documentId: REPORT_10 });
  });
});

describe('updating a document', () => {
  it('corrects the title once for every item that cites it', () => {
    const agenda = loadSeed();
    const title = 'Report of the Secretariat on technical assistance (corrected)';
    const after = changed(updateDocument(agenda, REPORT_10, { title }, options));
    for (const itemId of ['item-2', 'item-4', 'item-5']) {
      const titles = documentationOf(after, itemId).map((document) => document.title);
      expect(titles).toContain(title);
    }
    expect(documentationOf(agenda, 'item-4').map((d) => d.title)).not.toContain(title);
  });

  it('changes the symbols to a joint symbol and the kind', () => {
    const symbols = ['CTOC/COP/2012/10', 'CTOC/COP/WG.3/2012/5'];
    const after = changed(
      updateDocument(loadSeed(), REPORT_10, { symbols, kind: 'Joint report' }, options),
    );
    const document = after.documents.find((d) => d.id === REPORT_10);
    expect(document && documentLabel(document)).toBe('CTOC/COP/2012/10-CTOC/COP/WG.3/2012/5');
    expect(document?.kind).toBe('Joint report');
  });

  it('is not a duplicate of itself', () => {
    expect(updateDocument(loadSeed(), REPORT_10, { symbols: ['CTOC/COP/2012/10'] }).ok).toBe(true);
  });

  it('is refused for a symbol with an error or one another document has', () => {
    const lower = updateDocument(loadSeed(), REPORT_10, { symbols: ['ctoc/COP/2012/10'] });
    expect(!lower.ok && lower.refusal.reason).toBe('invalid');
    const taken = updateDocument(loadSeed(), REPORT_10, { symbols: ['CTOC/COP/2012/9'] });
    expect(!taken.ok && describeRefusal(taken.refusal)).toContain(
      'CTOC/COP/2012/9 is already in the registry',
    );
  });

  it('is refused for an unknown id', () => {
    const result = updateDocument(loadSeed(), 'nope', { title: 'x' });
    expect(!result.ok && result.refusal.reason).toBe('document-not-found');
  });
});

describe('documentation lists', () => {
  it('attaches at the end, or where told, to an item or a sub-item', () => {
    let agenda = changed(attachDocument(loadSeed(), 'item-3', 'doc-2012-9'));
    expect(agenda.items[2]?.documentIds).toEqual(['doc-wg2-2012-2', 'doc-2012-9']);
    agenda = changed(attachDocument(agenda, 'item-3', REPORT_10, 0));
    expect(agenda.items[2]?.documentIds).toEqual([REPORT_10, 'doc-wg2-2012-2', 'doc-2012-9']);
    agenda = changed(attachDocument(agenda, 'item-1a', REPORT_10, 99));
    expect(agenda.items[0]?.subItems[0]?.documentIds).toEqual([REPORT_10]);
  });

  it('refuses to attach twice, to an unknown item or an unknown document', () => {
    const agenda = loadSeed();
    expect(attachDocument(agenda, 'item-2', REPORT_10)).toMatchObject({
      ok: false,
      refusal: { reason: 'already-attached' },
    });
    expect(attachDocument(agenda, 'item-99', REPORT_10)).toMatchObject({
      ok: false,
      refusal: { reason: 'item-not-found', itemId: 'item-99' },
    });
    expect(attachDocument(agenda, 'item-2', 'nope')).toMatchObject({
      ok: false,
      refusal: { reason: 'document-not-found' },
    });
  });

  it('detaches from one item and leaves the others', () => {
    const after = changed(detachDocument(loadSeed(), 'item-4', REPORT_10));
    expect(references(after, REPORT_10)).toEqual(['2', '5']);
    const again = detachDocument(after, 'item-4', REPORT_10);
    expect(!again.ok && describeRefusal(again.refusal)).toBe(
      'the item does not list this document',
    );
  });

  it('reorders an item’s list, clamping the target index', () => {
    const agenda = loadSeed();
    expect(
      changed(moveDocumentation(agenda, 'item-5', REPORT_10, 0)).items[4]?.documentIds,
    ).toEqual([REPORT_10, 'doc-2012-7']);
    expect(
      changed(moveDocumentation(agenda, 'item-5', 'doc-2012-7', 10)).items[4]?.documentIds,
    ).toEqual([REPORT_10, 'doc-2012-7']);
    expect(
      changed(moveDocumentation(agenda, 'item-5', REPORT_10, -3)).items[4]?.documentIds,
    ).toEqual([REPORT_10, 'doc-2012-7']);
    expect(moveDocumentation(agenda, 'item-5', 'doc-2012-9', 0).ok).toBe(false);
    expect(agenda.items[4]?.documentIds).toEqual(['doc-2012-7', REPORT_10]);
  });
});

describe('finding, completing, sorting and filtering', () => {
  it('finds a document by one of its symbols, by its joint symbol, whatever the case', () => {
    const { documents } = loadSeed();
    expect(findDocumentBySymbol(documents, 'CTOC/COP/2012/10')?.id).toBe(REPORT_10);
    expect(findDocumentBySymbol(documents, ' ctoc/cop/2012/10 ')?.id).toBe(REPORT_10);
    expect(findDocumentBySymbol(documents, 'CTOC/COP/WG.3/2012/4')?.id).toBe('doc-wg2-2012-3');
    const joint = 'CTOC/COP/WG.2/2012/3-CTOC/COP/WG.3/2012/4';
    expect(findDocumentBySymbol(documents, joint)?.id).toBe('doc-wg2-2012-3');
    expect(findDocumentBySymbol(documents, 'CTOC/COP/WG.2/2012/3-CTOC/COP/2012/9')).toBeUndefined();
    expect(findDocumentBySymbol(documents, 'A/67/1')).toBeUndefined();
    expect(findDocumentBySymbol(documents, '')).toBeUndefined();
  });

  it('completes on the symbol first, in natural order', () => {
    const labels = documentCompletions(loadSeed(), 'ctoc/cop/2012').map((c) => c.label);
    expect(labels).toEqual(['CTOC/COP/2012/7', 'CTOC/COP/2012/9', 'CTOC/COP/2012/10']);
  });

  it('completes on the title, and ranks symbol matches before title matches', () => {
    const completions = documentCompletions(loadSeed(), 'Cultural Property');
    expect(completions.map((c) => c.document.id)).toEqual([
      'doc-wg2-2012-3',
      'doc-eg1-2009-2',
      'doc-eg1-2012-4',
    ]);
    expect(completions.every((c) => c.match === 'title-word')).toBe(true);
    const mixed = documentCompletions(loadSeed(), 'wg.3');
    expect(mixed.map((c) => [c.document.id, c.match])).toEqual([['doc-wg2-2012-3', 'symbol']]);
  });

  it('leaves out what the item already lists, and keeps to the limit', () => {
    const forItem5 = documentCompletions(loadSeed(), 'CTOC', { forItemId: 'item-5' }).map(
      (c) => c.document.id,
    );
    expect(forItem5).not.toContain(REPORT_10);
    expect(forItem5).not.toContain('doc-2012-7');
    expect(documentCompletions(loadSeed(), '', { limit: 2 })).toHaveLength(2);
  });

  it('sorts by symbol naturally, by title, and by kind with documents of no kind last', () => {
    const { documents } = loadSeed();
    expect(sortDocuments(documents, 'symbol').map(documentLabel)).toEqual([
      'CTOC/COP/2012/7',
      'CTOC/COP/2012/9',
      'CTOC/COP/2012/10',
      'CTOC/COP/WG.2/2012/2',
      'CTOC/COP/WG.2/2012/3-CTOC/COP/WG.3/2012/4',
      'UNODC/CCPCJ/EG.1/2009/2',
      'UNODC/CCPCJ/EG.1/2012/4',
    ]);
    expect(sortDocuments(documents, 'symbol', 'descending').map((d) => d.id)[0]).toBe(
      'doc-eg1-2012-4',
    );
    expect(sortDocuments(documents, 'title').map((d) => d.id)[0]).toBe('doc-wg2-2012-2');
    const byKind = sortDocuments(documents, 'kind').map((d) => d.kind);
    expect(byKind.slice(0, 1)).toEqual(['Note by the Secretariat']);
    expect(byKind.slice(-2)).toEqual([null, null]);
    expect(documents.map((d) => d.id)[0]).toBe('doc-2012-9');
  });

  it('filters by text, by kind and by whether the document is cited', () => {
    let agenda = loadSeed();
    expect(filterDocuments(agenda, { text: 'EG.1' }).map((d) => d.id)).toEqual([
      'doc-eg1-2012-4',
      'doc-eg1-2009-2',
    ]);
    expect(filterDocuments(agenda, { kind: 'Note by the Secretariat' }).map((d) => d.id)).toEqual([
      'doc-wg2-2012-2',
    ]);
    expect(filterDocuments(agenda, { kind: null })).toHaveLength(2);
    expect(filterDocuments(agenda, { citation: 'uncited' })).toEqual([]);
    agenda = changed(detachDocument(agenda, 'item-3', 'doc-wg2-2012-2'));
    expect(filterDocuments(agenda, { citation: 'uncited' }).map((d) => d.id)).toEqual([
      'doc-wg2-2012-2',
    ]);
    expect(filterDocuments(agenda, { citation: 'cited' })).toHaveLength(6);
  });

  it('lists the kinds in use', () => {
    expect(documentKinds(loadSeed().documents)).toEqual([
      'Note by the Secretariat',
      'Report of the Secretariat',
    ]);
  });
});

describe('validating a document entry for saving', () => {
  it('lets the seed documents be saved as they are', () => {
    const { documents } = loadSeed();
    for (const document of documents) {
      const validation = validateDocumentEntry(document, {
        documents,
        documentId: document.id,
        ...options,
      });
      expect(validation).toEqual({ canSave: true, problems: [] });
    }
  });

  it('blocks on errors and says which symbol, passes on warnings', () => {
    const blocked = validateDocumentEntry(
      { symbols: ['E/CN.15/2012/1', 'E/CN.15//2012/2'], title: 'Joint note', kind: null },
      options,
    );
    expect(blocked.canSave).toBe(false);
    expect(blocked.problems).toMatchObject([
      { field: 'symbols', severity: 'error', symbolIndex: 1, finding: { kind: 'empty-component' } },
    ]);
    const doubtful = validateDocumentEntry(
      { symbols: ['E/CN.15/2030/1'], title: 'Note', kind: null },
      options,
    );
    expect(doubtful.canSave).toBe(true);
    expect(doubtful.problems.map((p) => p.severity)).toEqual(['warning']);
  });

  it('requires a title, one symbol per element and no symbol twice', () => {
    const problems = (draft: { symbols: string[]; title: string }) =>
      validateDocumentEntry({ ...draft, kind: null }, options).problems.map((p) => p.message);
    expect(problems({ symbols: ['A/67/1'], title: ' ' })).toEqual(['the document needs its title']);
    expect(problems({ symbols: ['E/2012/28-E/CN.15/2012/24'], title: 'Report' })).toEqual([
      'E/2012/28-E/CN.15/2012/24 holds 2 symbols: give each symbol of a joint symbol on its own',
    ]);
    expect(problems({ symbols: ['A/67/1', 'A/67/1'], title: 'Report' })).toEqual([
      'A/67/1 is listed twice',
    ]);
  });
});
