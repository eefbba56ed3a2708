import {
  Document,
  Header,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { TextRun as AgendaTextRun } from '../model/agenda';
import type {
  AgendaListBlock,
  AnnexBlock,
  DocumentBlock,
  DocumentationBlock,
  DocumentsAnnexBlock,
  ItemHeadingBlock,
  MastheadBlock,
  RenderedDocument,
  TitleBlock,
} from './document-blocks';
import { annexTableLines, assertNever } from './document-blocks';
import { annexTable, annexTableLayout } from './docx-annex';
import { mastheadDocx } from './docx-masthead';
import { MARGIN, PAGE_SIZES, type Alignment, type PaperSize, unDocumentSection } from './docx-page';
import { INDENT, STYLE, wordStyles } from './docx-styles';

export { MARGIN, PAGE_SIZES, type PaperSize } from './docx-page';

/**
 * The Word document: what editing and translation services open first, so it
 * uses real styles rather than direct formatting wherever Word allows.
 */

export interface DocxOptions {
  /** A4 by default; US Letter for New York. */
  readonly paperSize?: PaperSize;
}

export function renderDocx(document: RenderedDocument, options: DocxOptions = {}): Document {
  const page = PAGE_SIZES[options.paperSize ?? 'A4'];
  const textWidth = page.width - 2 * MARGIN.side;
  return new Document({
    title: [document.symbol, document.title].filter((part) => part !== '').join(' \u2013 '),
    creator: 'Agendum',
    ...wordStyles(document.language),
    // UN documents put the symbol and page number on the outer side of the page.
    evenAndOddHeaderAndFooters: true,
    sections: [
      unDocumentSection(
        options.paperSize ?? 'A4',
        (alignment) => runningHeader(document.symbol, alignment),
        [...document.blocks.flatMap((block) => docxOfBlock(block, textWidth))],
        issuanceNote(document),
      ),
    ],
  });
}

/** The .docx bytes; works in Node and in the browser alike. */
export async function packDocx(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

function runningHeader(symbol: string, alignment: Alignment): Header {
  return new Header({
    children: [new Paragraph({ style: STYLE.runningHeader, alignment, text: symbol })],
  });
}

function docxOfBlock(block: DocumentBlock, textWidth: number): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'masthead':
      return masthead(block, textWidth);
    case 'title':
      return titleParagraphs(block);
    case 'agenda-list':
      return agendaListParagraphs(block);
    case 'section-heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_1, text: block.text })];
    case 'item-heading':
      return [itemHeading(block)];
    case 'paragraph':
      return [
        new Paragraph({
          style: STYLE.singleText,
          children: [
            ...(block.number === null ? [] : [new TextRun(`${block.number}.\t`)]),
            ...textRuns(block.runs),
          ],
        }),
      ];
    case 'documentation':
      return documentationParagraphs(block);
    case 'annex':
    case 'documents-annex':
      return annexParts(block, textWidth);
    default:
      return assertNever(block);
  }
}

/** The masthead, as docx-masthead.ts lays it out. */
function masthead(block: MastheadBlock, textWidth: number): (Paragraph | Table)[] {
  const distribution = [block.distribution, block.issueDate]
    .filter((line): line is string => line !== null)
    .map((line) => new Paragraph({ style: STYLE.distribution, text: line }));
  return mastheadDocx(
    {
      band: [
        new TextRun(block.organization),
        new TextRun({ text: `\t${block.symbol}`, style: STYLE.symbol }),
      ],
      body: [new Paragraph({ style: STYLE.body, text: block.body })],
      distribution: [
        ...distribution,
        new Paragraph({
          style: STYLE.distribution,
          text: block.original,
          spacing: { before: 240 },
        }),
      ],
    },
    textWidth,
  );
}

function issuanceNote(document: RenderedDocument): Paragraph[] {
  const masthead = document.blocks.find((block) => block.kind === 'masthead');
  const note = masthead?.note ?? null;
  return note === null ? [] : [new Paragraph({ style: STYLE.issuanceNote, text: note })];
}

function titleParagraphs(block: TitleBlock): Paragraph[] {
  const details = [block.session, block.venueAndDates].filter(
    (line): line is string => line !== null && line !== '',
  );
  return [
    new Paragraph({ style: STYLE.meetingTitle, text: block.meetingTitle }),
    ...details.map((line) => new Paragraph({ style: STYLE.meetingDetail, text: line })),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      text: block.documentTitle,
      spacing: { before: 480, after: 240 },
    }),
    ...(block.issuance === null
      ? []
      : [new Paragraph({ style: STYLE.issuance, text: block.issuance })]),
  ];
}

function agendaListParagraphs(block: AgendaListBlock): Paragraph[] {
  return block.items.flatMap((item) => [
    new Paragraph({ style: STYLE.agendaItem, text: `${item.label}\t${item.text}` }),
    ...item.subItems.map(
      (subItem) =>
        new Paragraph({ style: STYLE.agendaSubItem, text: `${subItem.label}\t${subItem.text}` }),
    ),
  ]);
}

function itemHeading(block: ItemHeadingBlock): Paragraph {
  return new Paragraph({
    heading: block.level === 'item' ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
    text: `${block.label}\t${block.text}`,
  });
}

function documentationParagraphs(block: DocumentationBlock): Paragraph[] {
  return [
    // One level below its item; with no label the text starts at the label's place, 1.25 cm.
    new Paragraph({
      heading: block.level === 'item' ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_4,
      text: block.heading,
      indent: { left: INDENT, hanging: 0 },
    }),
    ...block.entries.map(
      (entry) => new Paragraph({ style: STYLE.documentationEntry, text: entry.text }),
    ),
  ];
}

/** Either annex on a page of its own: heading, title, then the table. */
function annexParts(
  block: AnnexBlock | DocumentsAnnexBlock,
  textWidth: number,
): (Paragraph | Table)[] {
  const layout = annexTableLayout(block.kind, textWidth);
  const cell = (text: string, width: number, options: { bold?: boolean; span?: number } = {}) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      ...(options.span === undefined ? {} : { columnSpan: options.span }),
      children: [
        new Paragraph({
          style: STYLE.tableText,
          // Neither the table's style nor its paragraphs' are bold: only a day's heading says so.
          children: [runOf({ text, ...(options.bold === true ? { bold: true } : {}) })],
        }),
      ],
    });
  const rows = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: block.columns.map((column, index) => cell(column, layout.columns[index] ?? 0)),
    }),
    ...annexTableLines(block).map(
      (line) =>
        new TableRow({
          cantSplit: true,
          children:
            typeof line === 'string'
              ? [cell(line, layout.width, { bold: true, span: 3 })]
              : line.map((text, index) => cell(text, layout.columns[index] ?? 0)),
        }),
    ),
  ];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: block.heading, pageBreakBefore: true }),
    new Paragraph({ style: STYLE.annexTitle, text: block.title }),
    annexTable(layout, rows),
  ];
}

/**
 * Paragraph runs with their emphasis; a line break typed in a paragraph stays
 * one. The paragraph's style is neither bold nor italic, so only emphasis that
 * is on is written: an explicit "off" is four elements more in every run.
 */
function textRuns(runs: readonly AgendaTextRun[]): TextRun[] {
  return runs.flatMap((run) =>
    run.text.split(/\r?\n/).map((line, index) =>
      runOf({
        text: line,
        ...(run.bold === true ? { bold: true } : {}),
        ...(run.italic === true ? { italics: true } : {}),
        ...(index > 0 ? { break: 1 } : {}),
      }),
    ),
  );
}

/**
 * Typed as run options: TextRun also takes a plain string, and a literal
 * checked against both reads `bold` as the deprecated String.prototype.bold.
 */
function runOf(options: IRunOptions): TextRun {
  return new TextRun(options);
}
