import type {
  Agenda,
  AgendaItem,
  DocumentEntry,
  Header,
  Language,
  SubItem,
  TextRun,
} from '../model/agenda';
import {
  DOCUMENTS_ANNEX_COLUMN_HEADINGS,
  DOCUMENTS_ANNEX_TITLE,
  documentsAnnexRowCells,
  documentsAnnexRows,
  type DocumentsAnnexRow,
} from '../documents/documents-annex';
import { splitJointSymbol } from '../documents/symbol-check';
import {
  agendaItemLine,
  annotationHeading,
  romanNumeral,
  subItemLetter,
  subItemLine,
} from '../model/numbering';
import { issuanceMarks } from '../revisions/revised-issuance';
import { assertNever } from '../schedule/assert-never';
import { formatUnDate, formatUnDateRange } from '../schedule/un-format';
import {
  ANNEX_COLUMN_HEADINGS,
  ANNEX_TITLE,
  annexRowCells,
  annexRows,
  type AnnexRow,
} from '../schedule/annex-rows';

/**
 * The document rendered once, in the order it reads on paper.
 *
 * Every export format and the live preview are renderers of these blocks, so
 * a number, a heading or a line of the masthead is decided in one place.
 */

export interface MastheadBlock {
  readonly kind: 'masthead';
  /** "United Nations" */
  readonly organization: string;
  readonly body: string;
  readonly symbol: string;
  /** "Distr.: General" */
  readonly distribution: string;
  /** "31 July 2012", or null while the date is not decided. */
  readonly issueDate: string | null;
  /** "Original: English" */
  readonly original: string;
  /**
   * The first page's footnote of a new issuance, with the symbol's mark:
   * "* Reissued for technical reasons on 5 August 2012."; null for none.
   */
  readonly note: string | null;
}

export interface TitleBlock {
  readonly kind: 'title';
  readonly meetingTitle: string;
  readonly session: string | null;
  /** "Vienna, 17 and 18 October 2012" */
  readonly venueAndDates: string;
  readonly documentTitle: string;
  /** "Corrigendum" or "Addendum" under the title, as the symbol says; null for others. */
  readonly issuance: string | null;
}

export interface AgendaListSubItem {
  readonly id: string;
  /** "(a)" */
  readonly label: string;
  /** The title with its UN punctuation: "Opening of the meeting;" */
  readonly text: string;
}

export interface AgendaListItem {
  readonly id: string;
  /** "1." */
  readonly label: string;
  readonly text: string;
  readonly subItems: readonly AgendaListSubItem[];
}

export interface AgendaListBlock {
  readonly kind: 'agenda-list';
  readonly items: readonly AgendaListItem[];
}

/** A heading of the whole document part, such as "Annotations". */
export interface SectionHeadingBlock {
  readonly kind: 'section-heading';
  readonly text: string;
}

export type HeadingLevel = 'item' | 'sub-item';

export interface ItemHeadingBlock {
  readonly kind: 'item-heading';
  readonly level: HeadingLevel;
  /** The item or sub-item the heading belongs to, so a preview can scroll to it. */
  readonly itemId: string;
  /** "1." or "(a)" */
  readonly label: string;
  /** The annotation heading, without final punctuation. */
  readonly text: string;
}

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly itemId: string;
  readonly paragraphId: string;
  /** Consecutive paragraph number when the agenda numbers its paragraphs. */
  readonly number: number | null;
  readonly runs: readonly TextRun[];
}

export interface DocumentationEntry {
  readonly documentId: string;
  readonly title: string;
  /** Joint symbols are joined with a hyphen: "CTOC/COP/WG.2/2012/3-CTOC/COP/WG.3/2012/4". */
  readonly symbol: string;
  /** "Title (SYMBOL)", the line as printed. */
  readonly text: string;
}

export interface DocumentationBlock {
  readonly kind: 'documentation';
  /** The level of the heading it sits under; "Documentation" is one step below. */
  readonly level: HeadingLevel;
  readonly itemId: string;
  /** "Documentation" */
  readonly heading: string;
  readonly entries: readonly DocumentationEntry[];
}

export interface AnnexBlock {
  readonly kind: 'annex';
  /** "Annex", or "Annex I" when the list of documents follows. */
  readonly heading: string;
  /** "Proposed organization of work" */
  readonly title: string;
  /** "Date and time", "Agenda item", "Title or description" */
  readonly columns: readonly [string, string, string];
  readonly rows: readonly AnnexRow[];
}

/** The session's documents, when the agenda asks for them in an annex. */
export interface DocumentsAnnexBlock {
  readonly kind: 'documents-annex';
  /** "Annex", or "Annex II" after the organization of work. */
  readonly heading: string;
  /** "List of documents" */
  readonly title: string;
  /** "Document symbol", "Agenda item", "Title or description" */
  readonly columns: readonly [string, string, string];
  readonly rows: readonly DocumentsAnnexRow[];
}

export type DocumentBlock =
  | MastheadBlock
  | TitleBlock
  | AgendaListBlock
  | SectionHeadingBlock
  | ItemHeadingBlock
  | ParagraphBlock
  | DocumentationBlock
  | AnnexBlock
  | DocumentsAnnexBlock;

export interface RenderedDocument {
  /** BCP 47 tag of the document's language, for `lang` attributes. */
  readonly language: Language;
  readonly symbol: string;
  /** The document title, for a window or HTML <title>. */
  readonly title: string;
  readonly blocks: readonly DocumentBlock[];
}

/** Wording the document prints around the user's text. */
const LABELS = {
  organization: 'United Nations',
  distribution: 'Distr.:',
  original: 'Original:',
  annotations: 'Annotations',
  documentation: 'Documentation',
  annex: 'Annex',
} as const;

const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  ar: 'Arabic',
  zh: 'Chinese',
  en: 'English',
  fr: 'French',
  ru: 'Russian',
  es: 'Spanish',
};

export function renderDocumentBlocks(agenda: Agenda): RenderedDocument {
  const blocks: DocumentBlock[] = [
    masthead(agenda),
    titleBlock(agenda),
    agendaList(agenda.items),
    ...annotations(agenda),
  ];
  const annexes = [annexBlock(agenda), documentsAnnexBlock(agenda)].filter(
    (annex) => annex !== null,
  );
  blocks.push(...numberedAnnexes(annexes));
  return {
    language: agenda.header.documentLanguage,
    symbol: agenda.header.symbol,
    title: agenda.meeting.documentTitle,
    blocks,
  };
}

function masthead(agenda: Agenda): MastheadBlock {
  const { header } = agenda;
  return {
    kind: 'masthead',
    organization: LABELS.organization,
    body: header.body,
    symbol: header.symbol,
    distribution: `${LABELS.distribution} ${header.distribution}`,
    issueDate: header.issueDate === null ? null : formatUnDate(header.issueDate),
    original: `${LABELS.original} ${LANGUAGE_NAMES[header.originalLanguage]}`,
    note: issuanceNote(header),
  };
}

/** The note as printed: after the symbol's reissue mark ("*"), if it has one. */
function issuanceNote(header: Header): string | null {
  const note = header.issuanceNote?.trim() ?? '';
  if (note === '') return null;
  const mark = /\*+$/u.exec(splitJointSymbol(header.symbol)[0] ?? '')?.[0];
  return mark === undefined ? note : `${mark} ${note}`;
}

function titleBlock(agenda: Agenda): TitleBlock {
  const { meeting } = agenda;
  return {
    kind: 'title',
    meetingTitle: meeting.title,
    session: meeting.session,
    venueAndDates: venueAndDates(meeting.venue, meeting.startDate, meeting.endDate),
    documentTitle: meeting.documentTitle,
    issuance: issuanceMarks(agenda.header.symbol).subtitle,
  };
}

function venueAndDates(venue: string, start: string | null, end: string | null): string {
  const first = start ?? end;
  const dates = first === null ? '' : formatUnDateRange(first, end ?? first);
  return [venue, dates].filter((part) => part.trim() !== '').join(', ');
}

function agendaList(items: readonly AgendaItem[]): AgendaListBlock {
  return {
    kind: 'agenda-list',
    items: items.map((item, itemIndex) => ({
      id: item.id,
      label: itemLabel(itemIndex),
      text: agendaItemLine(item),
      subItems: item.subItems.map((subItem, subItemIndex) => ({
        id: subItem.id,
        label: subItemLabel(subItemIndex),
        text: subItemLine(item, subItemIndex),
      })),
    })),
  };
}

function itemLabel(itemIndex: number): string {
  return `${itemIndex + 1}.`;
}

function subItemLabel(subItemIndex: number): string {
  return `(${subItemLetter(subItemIndex)})`;
}

function hasAnnotations(entry: AgendaItem | SubItem): boolean {
  return entry.annotations.length > 0 || entry.documentIds.length > 0;
}

/**
 * The annotations part: an item is announced only if it, or one of its
 * sub-items, has something to say, as the seed leaves out "Other matters".
 */
function annotations(agenda: Agenda): DocumentBlock[] {
  const documents = new Map(agenda.documents.map((document) => [document.id, document]));
  const paragraphNumbers = agenda.settings.numberParagraphs ? { next: 1 } : null;
  const blocks: DocumentBlock[] = [];

  const annotate = (entry: AgendaItem | SubItem, level: HeadingLevel, label: string): void => {
    blocks.push({
      kind: 'item-heading',
      level,
      itemId: entry.id,
      label,
      text: annotationHeading(entry),
    });
    for (const paragraph of entry.annotations) {
      blocks.push({
        kind: 'paragraph',
        itemId: entry.id,
        paragraphId: paragraph.id,
        number: paragraphNumbers ? paragraphNumbers.next++ : null,
        runs: paragraph.runs,
      });
    }
    const entries = entry.documentIds.flatMap((id) => {
      const document = documents.get(id);
      return document ? [documentationEntry(document)] : [];
    });
    if (entries.length > 0) {
      blocks.push({
        kind: 'documentation',
        level,
        itemId: entry.id,
        heading: LABELS.documentation,
        entries,
      });
    }
  };

  agenda.items.forEach((item, itemIndex) => {
    if (!hasAnnotations(item) && !item.subItems.some(hasAnnotations)) return;
    annotate(item, 'item', itemLabel(itemIndex));
    item.subItems.forEach((subItem, subItemIndex) => {
      if (hasAnnotations(subItem)) annotate(subItem, 'sub-item', subItemLabel(subItemIndex));
    });
  });

  return blocks.length === 0
    ? []
    : [{ kind: 'section-heading', text: LABELS.annotations }, ...blocks];
}

export function documentationEntry(document: DocumentEntry): DocumentationEntry {
  const symbol = document.symbols.join('-');
  const title = document.title.trim();
  return {
    documentId: document.id,
    title,
    symbol,
    text: symbol === '' ? title : `${title} (${symbol})`,
  };
}

/** The planner's rows, so the annex prints exactly what the planner shows. */
function annexBlock(agenda: Agenda): AnnexBlock | null {
  const rows = annexRows(agenda);
  if (rows.every((row) => row.kind === 'day')) return null;
  return {
    kind: 'annex',
    heading: LABELS.annex,
    title: ANNEX_TITLE,
    columns: ANNEX_COLUMN_HEADINGS,
    rows,
  };
}

/** Every document of the registry with the items citing it, when the agenda asks for the list. */
function documentsAnnexBlock(agenda: Agenda): DocumentsAnnexBlock | null {
  if (agenda.settings.documentsAnnex !== true || agenda.documents.length === 0) return null;
  return {
    kind: 'documents-annex',
    heading: LABELS.annex,
    title: DOCUMENTS_ANNEX_TITLE,
    columns: DOCUMENTS_ANNEX_COLUMN_HEADINGS,
    rows: documentsAnnexRows(agenda),
  };
}

/** A lone annex is "Annex"; several are "Annex I", "Annex II", as UN documents number them. */
function numberedAnnexes(
  annexes: readonly (AnnexBlock | DocumentsAnnexBlock)[],
): (AnnexBlock | DocumentsAnnexBlock)[] {
  if (annexes.length < 2) return [...annexes];
  return annexes.map((annex, index) => ({
    ...annex,
    heading: `${LABELS.annex} ${romanNumeral(index + 1).toUpperCase()}`,
  }));
}

// One exhaustiveness check for the whole of shared/; re-exported for the renderers of blocks.
export { assertNever };

/** The runs of a paragraph as plain text, for formats without emphasis. */
export function plainText(runs: readonly TextRun[]): string {
  return runs.map((run) => run.text).join('');
}

/** A line of an annex table as plain text: its three cells, or a heading spanning them (a day). */
export type AnnexTableLine = readonly [string, string, string] | string;

/** Either annex's table, line by line, for the renderers that need no more than its text. */
export function annexTableLines(block: AnnexBlock | DocumentsAnnexBlock): AnnexTableLine[] {
  switch (block.kind) {
    case 'annex':
      return block.rows.map((row) => (row.kind === 'day' ? row.heading : annexRowCells(row)));
    case 'documents-annex':
      return block.rows.map(documentsAnnexRowCells);
    default:
      return assertNever(block);
  }
}
