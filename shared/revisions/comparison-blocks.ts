import type { HeadingLevel } from '../export/document-blocks';
import type { Language, TextRun } from '../model/agenda';
import { diffRuns, diffWords, type SegmentChange, type TextSegment } from './word-diff';

/**
 * The comparison as a document: the blocks of the normal rendering, each
 * with its words marked inserted, deleted or unchanged, and each block marked
 * as a whole. The Word file with tracked changes and the HTML comparison are
 * two renderings of these blocks.
 *
 * A moved item appears twice: where it was, as a block `moved: 'from'`
 * holding its old wording, and where it is, as `moved: 'to'` with the words
 * changed on the way marked. Every block inside a moved item carries the move.
 */

export type Segments = readonly TextSegment[];

/** What happened to a block as a whole. */
export type BlockRevision = 'same' | 'inserted' | 'deleted' | 'moved-from' | 'moved-to';

/** The move a block is part of: its own, or that of the item it belongs to. */
export type MoveGroup = 'from' | 'to' | null;

interface Marked {
  readonly revision: BlockRevision;
  readonly moved: MoveGroup;
  /** "Moved from item 3", shown beside a moved block. */
  readonly note: string | null;
}

/** The level a block had and has; null on the side where it does not exist. */
export interface LevelChange {
  readonly from: HeadingLevel | null;
  readonly to: HeadingLevel | null;
}

export interface ComparisonMasthead {
  readonly kind: 'masthead';
  readonly organization: string;
  readonly symbol: Segments;
  readonly body: Segments;
  readonly distribution: Segments;
  readonly issueDate: Segments;
  readonly original: Segments;
  readonly note: Segments;
}

export interface ComparisonTitle {
  readonly kind: 'title';
  readonly meetingTitle: Segments;
  readonly session: Segments;
  readonly venueAndDates: Segments;
  readonly documentTitle: Segments;
  readonly issuance: Segments;
}

export interface ComparisonAgendaEntry extends Marked {
  readonly kind: 'agenda-entry';
  readonly entryId: string;
  readonly level: LevelChange;
  /** "3." or "(a)" */
  readonly label: Segments;
  /** The title with its UN punctuation. */
  readonly text: Segments;
}

export interface ComparisonSectionHeading extends Marked {
  readonly kind: 'section-heading';
  readonly text: string;
}

export interface ComparisonItemHeading extends Marked {
  readonly kind: 'item-heading';
  readonly entryId: string;
  readonly level: LevelChange;
  readonly label: Segments;
  readonly text: Segments;
}

export interface ComparisonParagraph extends Marked {
  readonly kind: 'paragraph';
  readonly entryId: string;
  readonly paragraphId: string;
  /** "3." and a tab when paragraphs are numbered; empty otherwise. */
  readonly number: Segments;
  readonly runs: Segments;
}

export interface ComparisonDocumentationHeading extends Marked {
  readonly kind: 'documentation-heading';
  readonly level: LevelChange;
  readonly text: string;
}

export interface ComparisonDocumentationEntry extends Marked {
  readonly kind: 'documentation-entry';
  readonly documentId: string;
  /** "Title (SYMBOL)" */
  readonly text: Segments;
}

export interface ComparisonAnnexRow extends Marked {
  /** A row of the organization of work, or of the list of documents. */
  readonly kind: 'day' | 'item' | 'slot' | 'document';
  /** The three cells: date and time, agenda item, title or description; or symbol, items, title. */
  readonly cells: readonly [Segments, Segments, Segments];
}

/** Either annex: they differ in their rows only. */
interface ComparisonAnnexTable extends Marked {
  /** "Annex", or "Annex I" once the other annex is there: either version's wording. */
  readonly heading: Segments;
  readonly title: string;
  readonly columns: readonly [string, string, string];
  readonly rows: readonly ComparisonAnnexRow[];
}

export interface ComparisonAnnex extends ComparisonAnnexTable {
  readonly kind: 'annex';
}

export interface ComparisonDocumentsAnnex extends ComparisonAnnexTable {
  readonly kind: 'documents-annex';
}

export type ComparisonBlock =
  | ComparisonMasthead
  | ComparisonTitle
  | ComparisonAgendaEntry
  | ComparisonSectionHeading
  | ComparisonItemHeading
  | ComparisonParagraph
  | ComparisonDocumentationHeading
  | ComparisonDocumentationEntry
  | ComparisonAnnex
  | ComparisonDocumentsAnnex;

export interface ComparisonDocument {
  readonly language: Language;
  /** The symbol of each version, for the running header. */
  readonly symbol: Segments;
  /** The new version's document title. */
  readonly title: string;
  readonly blocks: readonly ComparisonBlock[];
}

/** Inserted when only the new version has it, deleted when only the old one does. */
export function presence(inOld: boolean, inNew: boolean): BlockRevision {
  if (inOld && inNew) return 'same';
  return inNew ? 'inserted' : 'deleted';
}

/** Whether the block has a wording in the old version, and in the new. */
export function hasOldContent(revision: BlockRevision): boolean {
  return revision === 'same' || revision === 'deleted' || revision === 'moved-from';
}

export function hasNewContent(revision: BlockRevision): boolean {
  return revision === 'same' || revision === 'inserted' || revision === 'moved-to';
}

/**
 * How a block shows in a document that Word can accept or reject: its old
 * wording deleted, its new wording inserted, its words marked one by one,
 * or not at all (the other place of a move holds it).
 */
export type TrackedForm = 'old' | 'new' | 'marked' | 'absent';

export function trackedForm(block: Marked): TrackedForm {
  const { revision, moved } = block;
  if (moved === 'from') return hasOldContent(revision) ? 'old' : 'absent';
  if (moved === 'to') return hasNewContent(revision) ? 'new' : 'absent';
  switch (revision) {
    case 'same':
      return 'marked';
    case 'inserted':
    case 'moved-to':
      return 'new';
    case 'deleted':
    case 'moved-from':
      return 'old';
  }
}

/** The segments a form shows, each with the change Word is to track. */
export function segmentsInForm(segments: Segments, form: TrackedForm): Segments {
  switch (form) {
    case 'marked':
      return segments;
    case 'old':
      return segments
        .filter((segment) => segment.change !== 'inserted')
        .map((segment) => ({ ...segment, change: 'deleted' as const }));
    case 'new':
      return segments
        .filter((segment) => segment.change !== 'deleted')
        .map((segment) => ({ ...segment, change: 'inserted' as const }));
    case 'absent':
      return [];
  }
}

function textSegments(text: string, change: SegmentChange): TextSegment[] {
  return text === '' ? [] : [{ change, text }];
}

/** Words marked between two wordings; null stands for "not there". */
export function wordSegments(oldText: string | null, newText: string | null): Segments {
  if (oldText === null) return textSegments(newText ?? '', 'inserted');
  if (newText === null) return textSegments(oldText, 'deleted');
  return diffWords(oldText, newText).segments;
}

export function runSegments(
  oldRuns: readonly TextRun[] | null,
  newRuns: readonly TextRun[] | null,
): Segments {
  return diffRuns(oldRuns ?? [], newRuns ?? []).segments;
}

/**
 * Numbers, letters and times change as a whole: "3." deleted and "5."
 * inserted reads better than a changed digit.
 */
export function wholeSegments(oldText: string | null, newText: string | null): Segments {
  const before = oldText ?? '';
  const after = newText ?? '';
  if (before === after) return textSegments(before, 'same');
  return [...textSegments(before, 'deleted'), ...textSegments(after, 'inserted')];
}

/** A block made only of insertions (or deletions) is itself inserted (or deleted). */
export function revisionOfSegments(segments: Segments): BlockRevision {
  const changes = new Set(segments.filter((s) => s.text !== '').map((s) => s.change));
  if (changes.size === 1 && changes.has('inserted')) return 'inserted';
  if (changes.size === 1 && changes.has('deleted')) return 'deleted';
  return 'same';
}
