import type { Agenda } from '../model/agenda';
import { LANGUAGE_NAMES } from '../model/languages';
import { formatUnDate, formatUnDateRange } from '../schedule/un-format';
import type { AgendaChange, AgendaField } from './agenda-changes';
import type { AgendaMatching } from './agenda-matching';
import { documentRef } from './entry-changes';
import { diffWords } from './word-diff';

/** The masthead, the meeting and the settings, each value as the document prints it. */
export function fieldValues(agenda: Agenda): Readonly<Record<AgendaField, string>> {
  const { header, meeting, settings } = agenda;
  return {
    body: header.body,
    symbol: header.symbol,
    distribution: header.distribution,
    'issue-date': header.issueDate === null ? '' : formatUnDate(header.issueDate),
    'issuance-note': header.issuanceNote ?? '',
    'original-language': LANGUAGE_NAMES[header.originalLanguage],
    'document-language': LANGUAGE_NAMES[header.documentLanguage],
    'meeting-title': meeting.title,
    session: meeting.session ?? '',
    venue: meeting.venue,
    'meeting-dates': meetingDates(meeting.startDate, meeting.endDate),
    'document-title': meeting.documentTitle,
    'paragraph-numbering': settings.numberParagraphs ? 'numbered' : 'not numbered',
    'documents-annex': settings.documentsAnnex === true ? 'listed' : 'not listed',
  };
}

/** In the order the document shows them. */
const FIELDS: readonly AgendaField[] = [
  'symbol',
  'body',
  'distribution',
  'issue-date',
  'issuance-note',
  'original-language',
  'document-language',
  'meeting-title',
  'session',
  'venue',
  'meeting-dates',
  'document-title',
  'paragraph-numbering',
  'documents-annex',
];

function meetingDates(start: string | null, end: string | null): string {
  const first = start ?? end;
  return first === null ? '' : formatUnDateRange(first, end ?? first);
}

export function fieldChanges(oldAgenda: Agenda, newAgenda: Agenda): AgendaChange[] {
  const before = fieldValues(oldAgenda);
  const after = fieldValues(newAgenda);
  return FIELDS.filter((field) => before[field] !== after[field]).map((field) => ({
    kind: 'field-changed',
    field,
    from: before[field],
    to: after[field],
    diff: diffWords(before[field], after[field]),
  }));
}

/** The registry of documents: entries added, removed, retitled or given new symbols. */
export function registryChanges(
  oldAgenda: Agenda,
  newAgenda: Agenda,
  matching: AgendaMatching,
): AgendaChange[] {
  const oldById = new Map(oldAgenda.documents.map((document) => [document.id, document]));
  const kept = new Set<string>();
  const changes: AgendaChange[] = [];
  for (const document of newAgenda.documents) {
    const oldId = matching.documents.get(document.id);
    const old = oldId === undefined ? undefined : oldById.get(oldId);
    const to = documentRef(document.id, document);
    if (!old) {
      changes.push({ kind: 'registry-entry-added', document: to });
      continue;
    }
    kept.add(old.id);
    const sameSymbols =
      old.symbols.length === document.symbols.length &&
      old.symbols.every((symbol, index) => symbol === document.symbols[index]);
    const title = old.title === document.title ? null : diffWords(old.title, document.title);
    const documentKind = old.kind === document.kind ? null : { from: old.kind, to: document.kind };
    if (sameSymbols && title === null && documentKind === null) continue;
    changes.push({
      kind: 'registry-entry-changed',
      from: documentRef(old.id, old),
      to,
      title,
      symbols: sameSymbols ? null : { from: old.symbols, to: document.symbols },
      documentKind,
    });
  }
  for (const document of oldAgenda.documents) {
    if (!kept.has(document.id)) {
      changes.push({
        kind: 'registry-entry-removed',
        document: documentRef(document.id, document),
      });
    }
  }
  return changes;
}
