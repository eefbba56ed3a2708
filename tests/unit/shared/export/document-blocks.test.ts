import { describe, expect, it } from 'vitest';
import type { Agenda } from '../../../../shared/model/agenda';
import { annexRowCells, type AnnexRow } from '../../../../shared/schedule/annex-rows';
import {
  renderDocumentBlocks,
  type DocumentBlock,
  type RenderedDocument,
} from '../../../../shared/export/document-blocks';
import { loadSeedAgenda, seedAgendaWith } from './support/seed-document';

function blocksOf<K extends DocumentBlock['kind']>(
  document: RenderedDocument,
  kind: K,
): Extract<DocumentBlock, { kind: K }>[] {
  return document.blocks.filter(
    (block): block is Extract<DocumentBlock, { kind: K }> => block.kind === kind,
  );
}

function annexRows(document: RenderedDocument): readonly AnnexRow[] {
  return blocksOf(document, 'annex')[0]?.rows ?? [];
}

function slotLines(document: RenderedDocument): string[] {
  return annexRows(document).map((row) =>
    row.kind === 'day' ? `# ${row.heading}` : annexRowCells(row).join(' | '),
  );
}

describe('the blocks of the seed agenda', () => {
  const document = renderDocumentBlocks(loadSeedAgenda());

  it('come in the order of the printed document', () => {
    const kinds = document.blocks.map((block) => block.kind);
    expect(kinds.slice(0, 5)).toEqual([
      'masthead',
      'title',
      'agenda-list',
      'section-heading',
      'item-heading',
    ]);
    expect(kinds.at(-1)).toBe('annex');
    expect(document.language).toBe('en');
  });

  it('carry the masthead and title block as the document prints them', () => {
    expect(blocksOf(document, 'masthead')[0]).toEqual({
      kind: 'masthead',
      organization: 'United Nations',
      body: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
      symbol: 'CTOC/COP/WG.2/2012/1',
      distribution: 'Distr.: General',
      issueDate: '31 July 2012',
      original: 'Original: English',
      note: null,
    });
    expect(blocksOf(document, 'title')[0]).toEqual({
      kind: 'title',
      meetingTitle: 'Working Group of Government Experts on Technical Assistance',
      session: null,
      venueAndDates: 'Vienna, 17 and 18 October 2012',
      documentTitle: 'Provisional agenda and annotations',
      issuance: null,
    });
  });

  it('number the agenda and give it UN punctuation', () => {
    const [list] = blocksOf(document, 'agenda-list');
    expect(list?.items[0]).toMatchObject({
      label: '1.',
      text: 'Organizational matters:',
      subItems: [
        { label: '(a)', text: 'Opening of the meeting;' },
        { label: '(b)', text: 'Adoption of the agenda and organization of work.' },
      ],
    });
    expect(list?.items.at(-1)).toMatchObject({ label: '8.', text: 'Other matters.', subItems: [] });
  });

  it('head annotations with their own wording and leave out an item with nothing to say', () => {
    const headings = blocksOf(document, 'item-heading').map(
      (block) => `${block.label} ${block.text}`,
    );
    expect(headings.slice(0, 3)).toEqual([
      '1. Organizational matters',
      '(a) Opening of the meeting',
      '(b) Adoption of the agenda and organization of work',
    ]);
    expect(headings[5]).toMatch(/^4\. .* in support of the implementation /);
    expect(headings.at(-1)).toMatch(/^7\. /);
  });

  it('list documentation as title then symbol, a joint symbol with a hyphen', () => {
    const entries = blocksOf(document, 'documentation').flatMap((block) => block.entries);
    expect(entries.filter((entry) => entry.symbol === 'CTOC/COP/2012/10')).toHaveLength(3);
    expect(entries.at(-1)?.text).toBe(
      'Report of the Secretariat on the application of the United Nations Convention against Transnational Organized Crime by States parties with respect to criminal offences against cultural property (CTOC/COP/WG.2/2012/3-CTOC/COP/WG.3/2012/4)',
    );
  });

  it('build the annex rows with the time on the first row of each slot', () => {
    expect(slotLines(document).slice(0, 5)).toEqual([
      '# Wednesday, 17 October',
      '10 a.m.-1 p.m. | 1 (a) | Opening of the meeting',
      ' | 1 (b) | Adoption of the agenda and organization of work',
      ' | 2 | Follow-up to the recommendations adopted by the Working Group at its meeting held on 19 and 20 October 2010',
      '3-6 p.m. | 3 | Development of national strategies to address transnational organized crime',
    ]);
    expect(slotLines(document)).toContain(' | 8 | Other matters');
  });
});

describe('derived numbers follow the tree', () => {
  it('renumber the list, the headings and the annex when an item moves', () => {
    const moved = seedAgendaWith((agenda) => {
      const other = agenda.items.pop();
      if (other) agenda.items.unshift(other);
    });
    const document = renderDocumentBlocks(moved);
    expect(blocksOf(document, 'agenda-list')[0]?.items[0]).toMatchObject({
      label: '1.',
      text: 'Other matters.',
    });
    expect(blocksOf(document, 'item-heading')[0]).toMatchObject({
      label: '2.',
      text: 'Organizational matters',
    });
    expect(slotLines(document)).toContain('10 a.m.-1 p.m. | 2 (a) | Opening of the meeting');
    expect(slotLines(document)).toContain(' | 1 | Other matters');
  });

  it('mark an item taken up again as continued', () => {
    const spanning = seedAgendaWith((agenda) => {
      agenda.organization.days[1]?.slots[0]?.entries.push({
        id: 'e-again',
        itemId: 'item-8',
        description: null,
      });
    });
    expect(slotLines(renderDocumentBlocks(spanning)).at(-1)).toBe(
      ' | 8 | Other matters (continued)',
    );
  });

  it('number annotation paragraphs consecutively only when asked', () => {
    const numbers = (numberParagraphs: boolean) =>
      blocksOf(
        renderDocumentBlocks(
          seedAgendaWith((agenda) => (agenda.settings.numberParagraphs = numberParagraphs)),
        ),
        'paragraph',
      ).map((block) => block.number);
    expect(numbers(false).every((number) => number === null)).toBe(true);
    expect(numbers(true)).toEqual(Array.from({ length: 16 }, (_, index) => index + 1));
  });
});

describe('drafts that are not finished', () => {
  it('leave out what is not decided yet', () => {
    const draft = seedAgendaWith((agenda) => {
      agenda.header.issueDate = null;
      agenda.header.originalLanguage = 'fr';
      agenda.meeting.startDate = null;
      agenda.meeting.endDate = null;
      agenda.meeting.session = 'Twenty-first session';
      agenda.organization.days = [];
    });
    const document = renderDocumentBlocks(draft);
    expect(blocksOf(document, 'masthead')[0]).toMatchObject({
      issueDate: null,
      original: 'Original: French',
    });
    expect(blocksOf(document, 'title')[0]).toMatchObject({
      venueAndDates: 'Vienna',
      session: 'Twenty-first session',
    });
    expect(blocksOf(document, 'annex')).toEqual([]);
  });

  it('show a note row and a slot with nothing in it yet', () => {
    const draft = seedAgendaWith((agenda) => {
      agenda.organization.days[1]?.slots.push(
        {
          id: 'slot-informal',
          start: '15:00',
          end: '18:00',
          kind: 'note',
          note: 'Informal consultations',
          entries: [],
        },
        {
          id: 'slot-empty',
          start: '18:00',
          end: '19:30',
          kind: 'meeting',
          note: null,
          entries: [],
        },
      );
    });
    expect(slotLines(renderDocumentBlocks(draft)).slice(-2)).toEqual([
      '3-6 p.m. |  | Informal consultations',
      '6-7.30 p.m. |  | ',
    ]);
  });

  it('drop a schedule entry whose item was deleted, and an agenda without annotations has no "Annotations"', () => {
    const draft = seedAgendaWith((agenda) => {
      for (const item of agenda.items) {
        item.annotations = [];
        item.documentIds = [];
        for (const subItem of item.subItems) {
          subItem.annotations = [];
          subItem.documentIds = [];
        }
      }
      agenda.organization.days[0]?.slots[0]?.entries.push({
        id: 'e-gone',
        itemId: 'item-99',
        description: null,
      });
    });
    const document = renderDocumentBlocks(draft);
    expect(document.blocks.map((block) => block.kind)).toEqual([
      'masthead',
      'title',
      'agenda-list',
      'annex',
    ]);
    expect(annexRows(document)).toEqual(annexRows(renderDocumentBlocks(loadSeedAgenda())));
  });
});

describe('the annex listing the documents', () => {
  const listed = (change: (agenda: Agenda) => void = () => undefined) =>
    renderDocumentBlocks(
      seedAgendaWith((agenda) => {
        agenda.settings.documentsAnnex = true;
        change(agenda);
      }),
    );
  const documentLines = (document: RenderedDocument) =>
    blocksOf(document, 'documents-annex')[0]?.rows.map((row) =>
      [row.symbol, row.items, row.title.split(' ').slice(0, 5).join(' ')].join(' | '),
    );

  it('lists the seed’s documents in the order of the agenda, each with the items citing it', () => {
    const document = listed();
    expect(document.blocks.slice(-2).map((block) => block.kind)).toEqual([
      'annex',
      'documents-annex',
    ]);
    expect(blocksOf(document, 'documents-annex')[0]).toMatchObject({
      title: 'List of documents',
      columns: ['Document symbol', 'Agenda item', 'Title or description'],
    });
    expect(documentLines(document)).toEqual([
      'CTOC/COP/2012/9 | 2 | Report of the Secretariat on',
      'CTOC/COP/2012/10 | 2, 4, 5 | Report of the Secretariat on',
      'CTOC/COP/WG.2/2012/2 | 3 | Note by the Secretariat on',
      'CTOC/COP/2012/7 | 5 | Report of the Secretariat on',
      'UNODC/CCPCJ/EG.1/2012/4 | 6 | Report on the meeting of',
      'UNODC/CCPCJ/EG.1/2009/2 | 6 | Report on the meeting of',
      'CTOC/COP/WG.2/2012/3-CTOC/COP/WG.3/2012/4 | 7 | Report of the Secretariat on',
    ]);
  });

  it('names a sub-item as the annex does, and puts the documents no item cites last, by symbol', () => {
    const document = listed((agenda) => {
      const openingOfTheMeeting = agenda.items[0]?.subItems[0];
      if (!openingOfTheMeeting) throw new Error('the seed has a sub-item 1 (a)');
      openingOfTheMeeting.documentIds = ['doc-2012-7'];
      agenda.documents.push(
        { id: 'doc-12', symbols: ['CTOC/COP/2012/12'], title: 'Twelfth', kind: null },
        { id: 'doc-11', symbols: ['CTOC/COP/2012/11'], title: 'Eleventh', kind: null },
      );
    });
    expect(documentLines(document)).toEqual([
      'CTOC/COP/2012/7 | 1 (a), 5 | Report of the Secretariat on',
      'CTOC/COP/2012/9 | 2 | Report of the Secretariat on',
      'CTOC/COP/2012/10 | 2, 4, 5 | Report of the Secretariat on',
      'CTOC/COP/WG.2/2012/2 | 3 | Note by the Secretariat on',
      'UNODC/CCPCJ/EG.1/2012/4 | 6 | Report on the meeting of',
      'UNODC/CCPCJ/EG.1/2009/2 | 6 | Report on the meeting of',
      'CTOC/COP/WG.2/2012/3-CTOC/COP/WG.3/2012/4 | 7 | Report of the Secretariat on',
      'CTOC/COP/2012/11 |  | Eleventh',
      'CTOC/COP/2012/12 |  | Twelfth',
    ]);
  });

  it('numbers the annexes "Annex I" and "Annex II" when there are two, "Annex" when one', () => {
    const headings = (document: RenderedDocument) =>
      document.blocks.flatMap((block) =>
        block.kind === 'annex' || block.kind === 'documents-annex'
          ? [`${block.heading}: ${block.title}`]
          : [],
      );
    expect(headings(listed())).toEqual([
      'Annex I: Proposed organization of work',
      'Annex II: List of documents',
    ]);
    expect(headings(listed((agenda) => (agenda.organization.days = [])))).toEqual([
      'Annex: List of documents',
    ]);
    expect(headings(renderDocumentBlocks(loadSeedAgenda()))).toEqual([
      'Annex: Proposed organization of work',
    ]);
  });

  it('is left out when the setting is off or the registry is empty', () => {
    expect(blocksOf(renderDocumentBlocks(loadSeedAgenda()), 'documents-annex')).toEqual([]);
    const empty = listed((agenda) => {
      agenda.documents = [];
    });
    expect(blocksOf(empty, 'documents-annex')).toEqual([]);
    expect(blocksOf(empty, 'annex')[0]?.heading).toBe('Annex');
  });
});
