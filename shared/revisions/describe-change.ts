import { assertNever } from '../schedule/assert-never';
import { formatUnDate } from '../schedule/un-format';
import type {
  AgendaChange,
  AgendaField,
  DocumentRef,
  EntryRef,
  ParagraphRef,
  ScheduledRef,
} from './agenda-changes';
import { changedPassages, type TextDiff } from './word-diff';

/**
 * One line per change, in the words a reviser would use: "Item 3 moved to
 * 5", "Paragraph 1 of item 3: deleted “potential benefits”, inserted
 * “possible advantages”". For the compare view's list, the CLI and the
 * summary above a printed comparison.
 */

const FIELD_NAMES: Readonly<Record<AgendaField, string>> = {
  body: 'Body',
  symbol: 'Symbol',
  distribution: 'Distribution',
  'issue-date': 'Date of issue',
  'issuance-note': 'Note on the issuance',
  'original-language': 'Original language',
  'document-language': 'Language of the document',
  'meeting-title': 'Meeting',
  session: 'Session',
  venue: 'Venue',
  'meeting-dates': 'Meeting dates',
  'document-title': 'Document title',
  'paragraph-numbering': 'Paragraphs',
  'documents-annex': 'Annex of documents',
};

/** Quoted passages longer than this are cut with an ellipsis. */
const PASSAGE_LENGTH = 60;

export function describeChange(change: AgendaChange): string {
  switch (change.kind) {
    case 'field-changed':
      return describeField(change.field, change.from, change.to);
    case 'entry-added':
      return `${capitalized(entryName(change.entry))} added: ${quoted(change.entry.title)}`;
    case 'entry-removed':
      return `${capitalized(entryName(change.entry))} removed: ${quoted(change.entry.title)}`;
    case 'entry-moved':
      return `${capitalized(entryName(change.from))} moved to ${change.to.reference}`;
    case 'entry-renumbered':
      return `${capitalized(entryName(change.from))} is now ${change.to.reference}`;
    case 'entry-promoted':
      return `Sub-item ${change.from.reference} became item ${change.to.reference}`;
    case 'entry-demoted':
      return `Item ${change.from.reference} became sub-item ${change.to.reference}`;
    case 'title-changed':
      return `Title of ${entryName(change.to)}: ${describeWords(change.diff)}`;
    case 'heading-changed':
      return `Annotation heading of ${entryName(change.to)}: ${describeWords(change.diff)}`;
    case 'paragraph-added':
      return `${capitalized(paragraphName(change.paragraph))} added`;
    case 'paragraph-removed':
      return `${capitalized(paragraphName(change.paragraph))} removed`;
    case 'paragraph-changed':
      return `${capitalized(paragraphName(change.to))}: ${describeWords(change.diff)}`;
    case 'paragraph-moved': {
      const moved = `${capitalized(paragraphName(change.from))} moved to ${paragraphName(change.to)}`;
      return change.diff === null ? moved : `${moved}; ${describeWords(change.diff)}`;
    }
    case 'document-attached':
      return `${documentName(change.document)} added to the documentation of ${entryName(change.entry)}`;
    case 'document-detached':
      return `${documentName(change.document)} taken out of the documentation of ${entryName(change.entry)}`;
    case 'document-swapped':
      return `Documentation of ${entryName(change.entry)}: ${documentName(change.to)} in place of ${documentName(change.from)}`;
    case 'documentation-reordered':
      return `Documentation of ${entryName(change.entry)}: ${documentName(change.document)} moved from place ${change.fromIndex + 1} to ${change.toIndex + 1}`;
    case 'registry-entry-added':
      return `Document ${documentName(change.document)} added to the documents`;
    case 'registry-entry-removed':
      return `Document ${documentName(change.document)} removed from the documents`;
    case 'registry-entry-changed':
      return `Document ${documentName(change.from)}: ${registryDetails(change)}`;
    case 'day-added':
      return `Meeting day ${formatUnDate(change.date)} added`;
    case 'day-removed':
      return `Meeting day ${formatUnDate(change.date)} removed`;
    case 'day-date-changed':
      return `Meeting day ${formatUnDate(change.from)} moved to ${formatUnDate(change.to)}`;
    case 'slot-added':
      return `Meeting ${change.slot.label} added`;
    case 'slot-removed':
      return `Meeting ${change.slot.label} removed`;
    case 'slot-moved':
      return `Meeting ${change.from.label} moved to ${change.to.label}`;
    case 'slot-times-changed':
      return `Meeting ${change.from.label} now ${change.to.label}`;
    case 'slot-kind-changed':
      return `Meeting ${change.to.label} is now ${slotKindName(change.to.kind)}, was ${slotKindName(change.from.kind)}`;
    case 'slot-note-changed':
      return `Note of ${change.to.label}: ${describeWords(change.diff)}`;
    case 'schedule-entry-added':
      return `${scheduledName(change.entry)} taken up on ${change.entry.slot.label}`;
    case 'schedule-entry-removed':
      return `${scheduledName(change.entry)} no longer taken up on ${change.entry.slot.label}`;
    case 'schedule-entry-moved':
      return change.from.slot.id === change.to.slot.id
        ? `${scheduledName(change.to)} moved from place ${change.from.index + 1} to ${change.to.index + 1} on ${change.to.slot.label}`
        : `${scheduledName(change.to)} moved from ${change.from.slot.label} to ${change.to.slot.label}`;
    case 'schedule-entry-changed': {
      const parts = [
        ...(change.itemChanged ? [`now ${scheduledName(change.to).toLowerCase()}`] : []),
        ...(change.wording === null ? [] : [`wording: ${describeWords(change.wording)}`]),
      ];
      return `Organization of work, ${scheduledName(change.from).toLowerCase()} on ${change.to.slot.label}: ${parts.join('; ')}`;
    }
    default:
      return assertNever(change);
  }
}

/** "deleted “potential benefits”, inserted “possible advantages”" */
export function describeWords(diff: TextDiff): string {
  const deleted = changedPassages(diff, 'deleted').map(quoted);
  const inserted = changedPassages(diff, 'inserted').map(quoted);
  const parts = [
    ...(deleted.length > 0 ? [`deleted ${deleted.join(', ')}`] : []),
    ...(inserted.length > 0 ? [`inserted ${inserted.join(', ')}`] : []),
  ];
  return parts.length > 0 ? parts.join('; ') : 'emphasis changed';
}

function describeField(field: AgendaField, from: string, to: string): string {
  const name = FIELD_NAMES[field];
  if (from === '') return `${name} added: ${quoted(to)}`;
  if (to === '') return `${name} removed: ${quoted(from)}`;
  return `${name}: ${quoted(from)} changed to ${quoted(to)}`;
}

function entryName(entry: EntryRef): string {
  return `${entry.level === 'item' ? 'item' : 'sub-item'} ${entry.reference}`;
}

function paragraphName(paragraph: ParagraphRef): string {
  return `paragraph ${paragraph.index + 1} of ${entryName(paragraph.entry)}`;
}

function documentName(document: DocumentRef): string {
  return document.symbol !== '' ? document.symbol : quoted(document.title);
}

function scheduledName(entry: ScheduledRef): string {
  return entry.reference === null ? quoted(entry.wording) : `Item ${entry.reference}`;
}

function slotKindName(kind: ScheduledRef['slot']['kind']): string {
  switch (kind) {
    case 'meeting':
      return 'a meeting';
    case 'parallel':
      return 'a parallel meeting';
    case 'note':
      return 'a note';
    default:
      return assertNever(kind);
  }
}

function registryDetails(
  change: Extract<AgendaChange, { kind: 'registry-entry-changed' }>,
): string {
  const parts: string[] = [];
  if (change.symbols) {
    parts.push(
      `symbol ${change.symbols.from.join('-') || 'none'} changed to ${change.symbols.to.join('-') || 'none'}`,
    );
  }
  if (change.title) parts.push(`title: ${describeWords(change.title)}`);
  if (change.documentKind) {
    parts.push(
      `kind ${change.documentKind.from ?? 'none'} changed to ${change.documentKind.to ?? 'none'}`,
    );
  }
  return parts.join('; ');
}

function quoted(text: string): string {
  const trimmed = text.trim();
  const cut =
    trimmed.length > PASSAGE_LENGTH ? `${trimmed.slice(0, PASSAGE_LENGTH - 1)}\u2026` : trimmed;
  return `\u201c${cut}\u201d`;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
