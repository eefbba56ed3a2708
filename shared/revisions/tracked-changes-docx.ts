import {
  Document,
  Header,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { HeadingLevel as BlockLevel } from '../export/document-blocks';
import { annexTable, annexTableLayout } from '../export/docx-annex';
import { mastheadDocx } from '../export/docx-masthead';
import { INDENT, STYLE, wordStyles } from '../export/docx-styles';
import {
  type Alignment,
  MARGIN,
  PAGE_SIZES,
  type PaperSize,
  unDocumentSection,
} from '../export/docx-page';
import { assertNever } from '../schedule/assert-never';
import { RevisionMarks, commented, labelled, line, runs, tracked } from './tracked-runs';
import { newTextOf } from './word-diff';
import {
  segmentsInForm,
  trackedForm,
  type ComparisonAgendaEntry,
  type ComparisonAnnex,
  type ComparisonBlock,
  type ComparisonDocument,
  type ComparisonDocumentsAnnex,
  type ComparisonMasthead,
  type ComparisonTitle,
  type LevelChange,
  type Segments,
  type TrackedForm,
} from './comparison-blocks';

/**
 * The comparison as a Word document with real tracked changes: every
 * insertion and deletion is a w:ins or w:del revision by the named author,
 * so Word's Review pane lists them, "Accept All" leaves the new version as
 * the normal export prints it and "Reject All" the old one.
 *
 * A moved item is deleted where it was and inserted where it is, so either
 * choice gives one item in one place; a sub-item that became an item keeps
 * its paragraph and records the change of style as a formatting revision.
 */

export interface TrackedChangesOptions {
  /** The reviser Word names for each change, e.g. "Secretariat". */
  readonly author: string;
  /** When the changes were made; now when not given. */
  readonly date?: Date;
  readonly paperSize?: PaperSize;
}

type WordHeading = (typeof HeadingLevel)[keyof typeof HeadingLevel];

export function renderTrackedChangesDocx(
  document: ComparisonDocument,
  options: TrackedChangesOptions,
): Document {
  const marks = new RevisionMarks(options.author, options.date ?? new Date());
  const page = PAGE_SIZES[options.paperSize ?? 'A4'];
  const textWidth = page.width - 2 * MARGIN.side;
  const symbolText = newTextOf(document.symbol);
  const children = document.blocks.flatMap((block) => docxOfBlock(block, textWidth, marks));
  return new Document({
    title: [symbolText, document.title].filter((part) => part !== '').join(' \u2013 '),
    creator: 'Agendum',
    ...wordStyles(document.language),
    // Tracking stays off: the revisions are shown either way, and with it on
    // LibreOffice records its own layout adjustments on opening as changes.
    evenAndOddHeaderAndFooters: true,
    // Where a moved item came from and went to, as comments beside its two places.
    comments: { children: [...marks.comments()] },
    sections: [
      unDocumentSection(
        options.paperSize ?? 'A4',
        (alignment) => runningHeader(document.symbol, alignment, marks),
        children,
        issuanceNote(document, marks),
      ),
    ],
  });
}

function runningHeader(symbol: Segments, alignment: Alignment, marks: RevisionMarks): Header {
  return new Header({
    children: [
      new Paragraph({ style: STYLE.runningHeader, alignment, children: runs(symbol, marks) }),
    ],
  });
}

/** The level a block is printed at in its form, and the one it had when Word is to track a change. */
function levels(
  level: LevelChange,
  form: TrackedForm,
): { shown: BlockLevel; was: BlockLevel | null } {
  const shown = (form === 'old' ? level.from : level.to) ?? level.from ?? level.to ?? 'item';
  const was = form === 'marked' && level.from !== null && level.from !== shown ? level.from : null;
  return { shown, was };
}

function docxOfBlock(
  block: ComparisonBlock,
  textWidth: number,
  marks: RevisionMarks,
): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'masthead':
      return masthead(block, textWidth, marks);
    case 'title':
      return titleParagraphs(block, marks);
    case 'agenda-entry':
      return agendaEntry(block, marks);
    case 'section-heading':
      return tracked(trackedForm(block), [{ change: 'same', text: block.text }], marks, {
        heading: HeadingLevel.HEADING_1,
      });
    case 'item-heading': {
      const form = trackedForm(block);
      const { shown, was } = levels(block.level, form);
      const heading = (level: BlockLevel) =>
        level === 'item' ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
      return tracked(
        form,
        labelled(block.label, block.text),
        marks,
        {
          heading: heading(shown),
          ...(was === null ? {} : { revision: { ...marks.mark(), heading: heading(was) } }),
        },
        block.note,
      );
    }
    case 'paragraph':
      return tracked(
        trackedForm(block),
        [...block.number, ...block.runs],
        marks,
        { style: STYLE.singleText },
        block.note,
      );
    case 'documentation-heading': {
      const form = trackedForm(block);
      const { shown } = levels(block.level, form);
      const heading: WordHeading =
        shown === 'item' ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_4;
      return tracked(form, [{ change: 'same', text: block.text }], marks, {
        heading,
        indent: { left: INDENT, hanging: 0 },
      });
    }
    case 'documentation-entry':
      return tracked(trackedForm(block), block.text, marks, { style: STYLE.documentationEntry });
    case 'annex':
    case 'documents-annex':
      return annexParts(block, textWidth, marks);
    default:
      return assertNever(block);
  }
}

function agendaEntry(block: ComparisonAgendaEntry, marks: RevisionMarks): Paragraph[] {
  const form = trackedForm(block);
  const { shown, was } = levels(block.level, form);
  const style = (level: BlockLevel) => (level === 'item' ? STYLE.agendaItem : STYLE.agendaSubItem);
  return tracked(
    form,
    labelled(block.label, block.text),
    marks,
    {
      style: style(shown),
      ...(was === null ? {} : { revision: { ...marks.mark(), style: style(was) } }),
    },
    block.note,
  );
}

/** The normal export's masthead (docx-masthead.ts), its words tracked. */
function masthead(
  block: ComparisonMasthead,
  textWidth: number,
  marks: RevisionMarks,
): (Paragraph | Table)[] {
  return mastheadDocx(
    {
      band: [
        new TextRun(block.organization),
        new TextRun({ text: '\t', style: STYLE.symbol }),
        ...runs(block.symbol, marks, { style: STYLE.symbol }),
      ],
      body: line(block.body, marks, { style: STYLE.body }),
      distribution: [
        ...line(block.distribution, marks, { style: STYLE.distribution }),
        ...line(block.issueDate, marks, { style: STYLE.distribution }),
        ...line(block.original, marks, { style: STYLE.distribution, spacing: { before: 240 } }),
      ],
    },
    textWidth,
  );
}

/** The reissue note at the foot of page 1, its changes tracked there. */
function issuanceNote(document: ComparisonDocument, marks: RevisionMarks): Paragraph[] {
  const masthead = document.blocks.find((block) => block.kind === 'masthead');
  return masthead === undefined ? [] : line(masthead.note, marks, { style: STYLE.issuanceNote });
}

function titleParagraphs(block: ComparisonTitle, marks: RevisionMarks): Paragraph[] {
  return [
    ...line(block.meetingTitle, marks, { style: STYLE.meetingTitle }),
    ...line(block.session, marks, { style: STYLE.meetingDetail }),
    ...line(block.venueAndDates, marks, { style: STYLE.meetingDetail }),
    ...line(block.documentTitle, marks, {
      heading: HeadingLevel.TITLE,
      spacing: { before: 480, after: 240 },
    }),
    ...line(block.issuance, marks, { style: STYLE.issuance }),
  ];
}

/** Either annex's table; a row that comes or goes is a tracked row insertion or deletion. */
function annexParts(
  block: ComparisonAnnex | ComparisonDocumentsAnnex,
  textWidth: number,
  marks: RevisionMarks,
): (Paragraph | Table)[] {
  const annexForm = trackedForm(block);
  const layout = annexTableLayout(block.kind, textWidth);
  const cell = (
    segments: Segments,
    form: TrackedForm,
    width: number,
    options: { bold?: boolean; span?: number; note?: string | null } = {},
  ) => {
    const shown = runs(
      segmentsInForm(segments, form),
      marks,
      options.bold === true ? { bold: true } : {},
    );
    const note = options.note ?? null;
    return new TableCell({
      width: { size: width, type: WidthType.DXA },
      ...(options.span === undefined ? {} : { columnSpan: options.span }),
      children: [
        new Paragraph({
          style: STYLE.tableText,
          children: note === null ? shown : commented(shown, note, form, marks),
        }),
      ],
    });
  };
  const rowMark = (form: TrackedForm) =>
    form === 'new' ? { insertion: marks.mark() } : form === 'old' ? { deletion: marks.mark() } : {};
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    ...rowMark(annexForm),
    children: block.columns.map((column, index) =>
      cell([{ change: 'same', text: column }], annexForm, layout.columns[index] ?? 0),
    ),
  });
  const rows = block.rows.flatMap((row): TableRow[] => {
    const form = trackedForm(row);
    if (form === 'absent') return [];
    const children =
      row.kind === 'day'
        ? [cell(row.cells[0], form, layout.width, { bold: true, span: 3, note: row.note })]
        : row.cells.map((segments, index) =>
            cell(segments, form, layout.columns[index] ?? 0, {
              note: index === 2 ? row.note : null,
            }),
          );
    return [new TableRow({ cantSplit: true, ...rowMark(form), children })];
  });
  return [
    ...tracked(annexForm, block.heading, marks, {
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
    }),
    ...tracked(annexForm, [{ change: 'same', text: block.title }], marks, {
      style: STYLE.annexTitle,
    }),
    annexTable(layout, [header, ...rows]),
  ];
}
