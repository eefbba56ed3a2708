import { describe, expect, it } from 'vitest';
import { insertParagraph, moveParagraph } from '../../../../shared/agenda/annotation-edits';
import {
  indentItem,
  insertItem,
  moveItemTo,
  removeEntry,
  updateEntry,
} from '../../../../shared/agenda/tree-edits';
import { updateDocument } from '../../../../shared/documents/registry';
import {
  changesOfKind,
  compareAgendas,
  type AgendaChange,
} from '../../../../shared/revisions/agenda-diff';
import { describeChange } from '../../../../shared/revisions/describe-change';
import { changedPassages } from '../../../../shared/revisions/word-diff';
import { changeMeetingDates } from '../../../../shared/schedule/meeting-dates';
import {
  moveScheduleEntry,
  setScheduleEntryDescription,
} from '../../../../shared/schedule/organization';
import { seedAgendaWith } from '../export/support/seed-document';
import {
  movedSlot,
  promotedSubItem,
  renumberingMove,
  rewrittenParagraph,
  seed,
  swappedDocument,
} from './revision-cases';

function describeAll(changes: readonly AgendaChange[]): string[] {
  return changes.map(describeChange);
}

describe('comparing two versions of the seed agenda', () => {
  it('finds nothing between an agenda and itself', () => {
    const comparison = compareAgendas(seed(), seed());
    expect(comparison.matching.mode).toBe('ids');
    expect(comparison.changes).toEqual([]);
  });

  it('reports item 3 taken below item 5 as one move, and items 4 and 5 renumbered', () => {
    const { changes } = compareAgendas(seed(), renumberingMove());
    expect(changes.map((change) => change.kind)).toEqual([
      'entry-renumbered',
      'entry-renumbered',
      'entry-moved',
    ]);
    expect(changesOfKind({ changes }, 'entry-moved')).toMatchObject([
      {
        kind: 'entry-moved',
        from: { id: 'item-3', level: 'item', reference: '3' },
        to: { id: 'item-3', level: 'item', reference: '5' },
      },
    ]);
    expect(describeAll(changes)).toEqual([
      'Item 4 is now 3',
      'Item 5 is now 4',
      'Item 3 moved to 5',
    ]);
  });

  it('reports a rewritten paragraph as its words inserted and deleted, exactly', () => {
    const { changes } = compareAgendas(seed(), rewrittenParagraph());
    expect(changes).toHaveLength(1);
    const [change] = changesOfKind({ changes }, 'paragraph-changed');
    expect(change?.from.paragraphId).toBe('p6');
    expect(change?.to.entry.reference).toBe('3');
    expect(changedPassages(change!.diff, 'deleted')).toEqual(['potential benefits']);
    expect(changedPassages(change!.diff, 'inserted')).toEqual([
      'possible advantages',
      ', and in relation to cybercrime',
    ]);
    expect(describeChange(change!)).toBe(
      'Paragraph 1 of item 3: deleted “potential benefits”; inserted “possible advantages”, “, and in relation to cybercrime”',
    );
  });

  it('reports a sub-item promoted to an item as that, with the items after it renumbered', () => {
    const { changes } = compareAgendas(seed(), promotedSubItem());
    expect(changes[0]).toMatchObject({
      kind: 'entry-promoted',
      from: { id: 'item-1b', level: 'sub-item', reference: '1 (b)' },
      to: { id: 'item-1b', level: 'item', reference: '2' },
    });
    expect(describeAll(changes)).toEqual([
      'Sub-item 1 (b) became item 2',
      'Item 2 is now 3',
      'Item 3 is now 4',
      'Item 4 is now 5',
      'Item 5 is now 6',
      'Item 6 is now 7',
      'Item 7 is now 8',
      'Item 8 is now 9',
    ]);
  });

  it('reports an item made a sub-item as demoted', () => {
    const { changes } = compareAgendas(seed(), indentItem(seed(), 'item-2'));
    expect(describeAll(changes).slice(0, 2)).toEqual([
      'Item 2 became sub-item 1 (c)',
      'Item 3 is now 2',
    ]);
    expect(changes.filter((change) => change.kind !== 'entry-renumbered')).toHaveLength(1);
  });

  it('reports a document put in the place of another as swapped, and nothing else', () => {
    const { changes } = compareAgendas(seed(), swappedDocument());
    expect(changes).toMatchObject([
      {
        kind: 'document-swapped',
        entry: { id: 'item-2', reference: '2' },
        from: { id: 'doc-2012-9', symbol: 'CTOC/COP/2012/9' },
        to: { id: 'doc-2012-7', symbol: 'CTOC/COP/2012/7' },
      },
    ]);
    expect(describeChange(changes[0]!)).toBe(
      'Documentation of item 2: CTOC/COP/2012/7 in place of CTOC/COP/2012/9',
    );
  });

  it('reports a slot taken to another day as moved, its entries going with it', () => {
    const { changes } = compareAgendas(seed(), movedSlot());
    expect(changes).toMatchObject([
      {
        kind: 'slot-moved',
        from: { id: 'slot-2', date: '2012-10-17', start: '15:00' },
        to: { id: 'slot-2', date: '2012-10-18', start: '15:00' },
      },
    ]);
    expect(describeChange(changes[0]!)).toBe(
      'Meeting Wednesday, 17 October, 3-6 p.m. moved to Thursday, 18 October, 3-6 p.m.',
    );
  });
});

describe('the other kinds of change', () => {
  it('reports items added and removed, with the renumbering they cause', () => {
    const [added] = insertItem(seed(), 1, 'Election of officers');
    expect(describeAll(compareAgendas(seed(), added).changes).slice(0, 2)).toEqual([
      'Item 2 added: “Election of officers”',
      'Item 2 is now 3',
    ]);
    const removed = removeEntry(seed(), 'item-1');
    const changes = compareAgendas(seed(), removed).changes;
    // Its sub-items and their places in the organization of work go with it.
    expect(describeAll(changes).slice(0, 2)).toEqual([
      'Item 1 removed: “Organizational matters”',
      'Item 2 is now 1',
    ]);
    expect(changesOfKind({ changes }, 'schedule-entry-removed')).toHaveLength(2);
  });

  it('reports titles and annotation headings with the words changed', () => {
    let agenda = updateEntry(seed(), 'item-8', { title: 'Other business' });
    agenda = updateEntry(agenda, 'item-4', { annotationHeading: 'Technical assistance needs' });
    expect(describeAll(compareAgendas(seed(), agenda).changes)).toEqual([
      expect.stringMatching(/^Annotation heading of item 4: deleted “Identification of/),
      'Title of item 8: deleted “matters”; inserted “business”',
    ]);
  });

  it('reports paragraphs added, removed and moved, within an item and to another', () => {
    const [added] = insertParagraph(seed(), 'item-3', 2, [{ text: 'A new paragraph.' }]);
    expect(describeAll(compareAgendas(seed(), added).changes)).toEqual([
      'Paragraph 3 of item 3 added',
    ]);
    const reordered = moveParagraph(seed(), 'item-2', 'p5', -2);
    expect(describeAll(compareAgendas(seed(), reordered).changes)).toEqual([
      'Paragraph 3 of item 2 moved to paragraph 1 of item 2',
    ]);
    const carried = seedAgendaWith((agenda) => {
      const [from, to] = [agenda.items[2], agenda.items[3]];
      const paragraph = from?.annotations.pop();
      if (!to || !paragraph) throw new Error('the seed has items 3 and 4');
      to.annotations.push(paragraph);
    });
    expect(describeAll(compareAgendas(seed(), carried).changes)).toEqual([
      'Paragraph 2 of item 3 moved to paragraph 4 of item 4',
    ]);
  });

  it('reports documents attached, detached and reordered, and registry entries changed', () => {
    const agenda = seedAgendaWith((draft) => {
      draft.items[2]!.documentIds.push('doc-2012-10');
      draft.items[5]!.documentIds.reverse();
      draft.items[6]!.documentIds = [];
    });
    expect(describeAll(compareAgendas(seed(), agenda).changes)).toEqual([
      'CTOC/COP/2012/10 added to the documentation of item 3',
      // Two documents that change places: one of them moved.
      'Documentation of item 6: UNODC/CCPCJ/EG.1/2012/4 moved from place 1 to 2',
      'CTOC/COP/WG.2/2012/3-CTOC/COP/WG.3/2012/4 taken out of the documentation of item 7',
    ]);
    const updated = updateDocument(seed(), 'doc-2012-9', {
      symbols: ['CTOC/COP/2012/9/Rev.1'],
      title: 'Report of the Secretariat on activities of UNODC',
      kind: 'Report of the Secretariat',
    });
    if (!updated.ok) throw new Error(JSON.stringify(updated));
    const [change] = compareAgendas(seed(), updated.agenda).changes;
    expect(change?.kind).toBe('registry-entry-changed');
    expect(describeChange(change!)).toMatch(
      /^Document CTOC\/COP\/2012\/9: symbol CTOC\/COP\/2012\/9 changed to CTOC\/COP\/2012\/9\/Rev\.1; title: deleted “the United Nations Office on Drugs and Crime/,
    );
  });

  it('reports entries of the organization of work moved and reworded', () => {
    let agenda = moveScheduleEntry(seed(), 'e7', 'slot-3', 2);
    agenda = setScheduleEntryDescription(agenda, 'e4', 'National strategies');
    expect(describeAll(compareAgendas(seed(), agenda).changes)).toEqual([
      'Organization of work, item 3 on Wednesday, 17 October, 3-6 p.m.: wording: deleted “Development of national”, “to address transnational organized crime”; inserted “National”',
      'Item 8 moved from Wednesday, 17 October, 3-6 p.m. to Thursday, 18 October, 10 a.m.-1 p.m.',
    ]);
  });

  it('reports the meeting moved to other dates as its days moving, not as new days', () => {
    const agenda = changeMeetingDates(seed(), '2012-10-24', '2012-10-25');
    expect(describeAll(compareAgendas(seed(), agenda).changes)).toEqual([
      'Meeting dates: “17 and 18 October 2012” changed to “24 and 25 October 2012”',
      'Meeting day 17 October 2012 moved to 24 October 2012',
      'Meeting day 18 October 2012 moved to 25 October 2012',
    ]);
  });

  it('reports the masthead and meeting fields as printed', () => {
    const agenda = seedAgendaWith((draft) => {
      draft.header.symbol = 'CTOC/COP/WG.2/2012/1/Rev.1';
      draft.header.issueDate = '2012-08-14';
      draft.meeting.session = 'Sixth session';
    });
    expect(describeAll(compareAgendas(seed(), agenda).changes)).toEqual([
      'Symbol: “CTOC/COP/WG.2/2012/1” changed to “CTOC/COP/WG.2/2012/1/Rev.1”',
      'Date of issue: “31 July 2012” changed to “14 August 2012”',
      'Session added: “Sixth session”',
    ]);
  });

  it('matches the previous session by wording when no id is shared', () => {
    const previous = seedAgendaWith((draft) => {
      draft.id = 'previous-session';
      draft.items.forEach((item, index) => {
        item.id = `old-${index}`;
        item.subItems.forEach((subItem, subIndex) => {
          subItem.id = `old-${index}-${subIndex}`;
          subItem.annotations.forEach((paragraph, pIndex) => {
            paragraph.id = `old-p-${index}-${subIndex}-${pIndex}`;
          });
        });
        item.annotations.forEach(
          (paragraph, pIndex) => (paragraph.id = `old-p-${index}-${pIndex}`),
        );
      });
      draft.organization.days.forEach((day) =>
        day.slots.forEach((slot) => {
          slot.id = `old-${slot.id}`;
          slot.entries.forEach((entry) => {
            entry.id = `old-${entry.id}`;
            entry.itemId = entry.itemId.replace(
              /^item-(\d)([ab]?)$/,
              (_, n: string, letter: string) =>
                letter === ''
                  ? `old-${Number(n) - 1}`
                  : `old-${Number(n) - 1}-${letter === 'a' ? 0 : 1}`,
            );
          });
        }),
      );
    });
    const current = moveItemTo(seed(), 'item-3', 4);
    const comparison = compareAgendas(previous, current);
    expect(comparison.matching.mode).toBe('similarity');
    expect(describeAll(comparison.changes)).toEqual([
      'Item 4 is now 3',
      'Item 5 is now 4',
      'Item 3 moved to 5',
    ]);
  });
});
