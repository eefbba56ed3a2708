import { insertParagraph, setParagraphRuns } from '../../../../shared/agenda/annotation-edits';
import {
  insertItem,
  moveItemTo,
  outdentSubItem,
  removeEntry,
  updateEntry,
} from '../../../../shared/agenda/tree-edits';
import type { Agenda } from '../../../../shared/model/agenda';
import { startNextSession } from '../../../../shared/revisions/next-session';
import { changeMeetingDates } from '../../../../shared/schedule/meeting-dates';
import { moveSlotToDay } from '../../../../shared/schedule/organization';
import { loadSeedAgenda, seedAgendaWith } from '../export/support/seed-document';

/**
 * The revisions the issue names, each made on the seed with the app's own
 * edits, shared by the diff, Word and HTML tests.
 */

export const REWRITTEN_P6 =
  'The Working Group may wish to consider the possible advantages of initiating a process to develop comprehensive national strategies to address transnational organized crime, taking into consideration their possible input to the setting of policies and priorities within different parts of the Government and the judiciary. In that regard, the Working Group may also wish to discuss the possible benefits of national strategies in relation to specific forms of organized crime, in particular those related to acts covered by the Protocols that have been established as criminal offences, and in relation to cybercrime.';

export interface RevisionCase {
  readonly name: string;
  readonly before: Agenda;
  readonly after: Agenda;
}

export function seed(): Agenda {
  return loadSeedAgenda();
}

/** Item 3 taken below item 5. */
export function renumberingMove(): Agenda {
  return moveItemTo(seed(), 'item-3', 4);
}

/** Item 3's first paragraph: two words replaced, a phrase added at the end. */
export function rewrittenParagraph(): Agenda {
  return setParagraphRuns(seed(), 'item-3', 'p6', [{ text: REWRITTEN_P6 }]);
}

/** Sub-item 1 (b) outdented: it becomes item 2. */
export function promotedSubItem(): Agenda {
  return outdentSubItem(seed(), 'item-1b');
}

/** Item 2 lists CTOC/COP/2012/7 where it listed CTOC/COP/2012/9. */
export function swappedDocument(): Agenda {
  return seedAgendaWith((agenda) => {
    const item = agenda.items[1];
    if (!item) throw new Error('the seed has item 2');
    item.documentIds = ['doc-2012-7', 'doc-2012-10'];
  });
}

/** The afternoon meeting of the first day moved to the second day. */
export function movedSlot(): Agenda {
  return moveSlotToDay(seed(), 'slot-2', '2012-10-18');
}

/** All of the above at once, and a new symbol and date of issue. */
export function manyChanges(): Agenda {
  let agenda = moveItemTo(seed(), 'item-3', 4);
  agenda = setParagraphRuns(agenda, 'item-3', 'p6', [{ text: REWRITTEN_P6 }]);
  agenda = outdentSubItem(agenda, 'item-1b');
  agenda = moveSlotToDay(agenda, 'slot-2', '2012-10-18');
  agenda = {
    ...agenda,
    header: { ...agenda.header, symbol: 'CTOC/COP/WG.2/2012/1/Rev.1', issueDate: '2012-08-14' },
    items: agenda.items.map((item) =>
      item.id === 'item-2' ? { ...item, documentIds: ['doc-2012-7', 'doc-2012-10'] } : item,
    ),
  };
  return agenda;
}

/** Item 1 and its sub-items removed, a new item with a paragraph and a document added at the end. */
function itemsRemovedAndAdded(): Agenda {
  const [withItem, itemId] = insertItem(removeEntry(seed(), 'item-1'), 7, 'Adoption of the report');
  const [withParagraph] = insertParagraph(withItem, itemId, 0, [
    { text: 'The Working Group will adopt a report on its meeting, the draft of which will be ' },
    { text: 'prepared by the Secretariat', italic: true },
    { text: '.' },
  ]);
  return updateEntry(withParagraph, itemId, { documentIds: ['doc-2012-9'] });
}

/** The last paragraph of item 3 taken to item 4, with paragraphs numbered throughout. */
function numberedParagraphMoved(): Agenda {
  return seedAgendaWith((agenda) => {
    agenda.settings.numberParagraphs = true;
    const [from, to] = [agenda.items[2], agenda.items[3]];
    const paragraph = from?.annotations.pop();
    if (!to || !paragraph) throw new Error('the seed has items 3 and 4');
    to.annotations.unshift(paragraph);
  });
}

function numbered(): Agenda {
  return seedAgendaWith((agenda) => {
    agenda.settings.numberParagraphs = true;
  });
}

/** No organization of work yet: the annex comes with the revision. */
function withoutAnnex(): Agenda {
  return seedAgendaWith((agenda) => {
    agenda.organization.days = [];
  });
}

/** The registry listed in an annex after the organization of work. */
export function documentsListed(): Agenda {
  return seedAgendaWith((agenda) => {
    agenda.settings.documentsAnnex = true;
  });
}

export const ADDED_DOCUMENT = {
  id: 'doc-wg2-2012-crp1',
  symbols: ['CTOC/COP/WG.2/2012/CRP.1'],
  title: 'Proposed organization of work of the Working Group',
  kind: 'Conference room paper',
};

/** With the documents listed, a conference room paper added and cited under item 1 (b). */
export function documentAdded(): Agenda {
  return seedAgendaWith((agenda) => {
    agenda.settings.documentsAnnex = true;
    agenda.documents.push(ADDED_DOCUMENT);
    const adoption = agenda.items[0]?.subItems[1];
    if (!adoption) throw new Error('the seed has sub-item 1 (b)');
    adoption.documentIds = [ADDED_DOCUMENT.id];
  });
}

/** A session line added and the meeting moved a week later. */
function sessionAndDates(): Agenda {
  const agenda = changeMeetingDates(seed(), '2012-10-24', '2012-10-25');
  return { ...agenda, meeting: { ...agenda.meeting, session: 'Sixth session' } };
}

/** The next session started from the seed, its item 3 taken to the top and reworded. */
function nextSessionEdited(): Agenda {
  const next = startNextSession(seed(), { dates: { kind: 'shift', days: 364 }, documents: 'keep' });
  const third = next.items[2];
  if (!third) throw new Error('the seed has item 3');
  const moved = moveItemTo(next, third.id, 0);
  return updateEntry(moved, third.id, { title: 'National strategies against organized crime' });
}

export function revisionCases(): RevisionCase[] {
  return [
    { name: 'a renumbering move', before: seed(), after: renumberingMove() },
    { name: 'a rewritten paragraph', before: seed(), after: rewrittenParagraph() },
    { name: 'a sub-item promoted to an item', before: seed(), after: promotedSubItem() },
    { name: 'a document swapped', before: seed(), after: swappedDocument() },
    { name: 'a slot moved', before: seed(), after: movedSlot() },
    { name: 'many changes at once', before: seed(), after: manyChanges() },
    { name: 'the same changes undone', before: manyChanges(), after: seed() },
    { name: 'items removed and added', before: seed(), after: itemsRemovedAndAdded() },
    { name: 'a numbered paragraph moved', before: numbered(), after: numberedParagraphMoved() },
    { name: 'the annex added', before: withoutAnnex(), after: seed() },
    { name: 'a session and new dates', before: seed(), after: sessionAndDates() },
    { name: 'the previous session, edited', before: seed(), after: nextSessionEdited() },
    { name: 'the documents listed in an annex', before: seed(), after: documentsListed() },
    { name: 'a document added to the list', before: documentsListed(), after: documentAdded() },
    {
      name: 'a renumbering move with the documents listed',
      before: documentsListed(),
      after: moveItemTo(documentsListed(), 'item-3', 4),
    },
  ];
}
