import {
  AlignmentType,
  Footer,
  Header,
  type ISectionOptions,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import { STYLE } from './docx-styles';

/** The page of a UN document in Word, shared by the export and the tracked-changes comparison. */

export type PaperSize = 'A4' | 'Letter';

export const PAGE_SIZES: Readonly<Record<PaperSize, { width: number; height: number }>> = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
};

/** 2.5 cm above and below, 2.25 cm on the sides, as the HTML rendering. */
export const MARGIN = { top: 1418, bottom: 1418, side: 1276, headerAndFooter: 709 } as const;

export type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

/**
 * One section: nothing above page 1 and, below it, only the note of a
 * reissue ("* Reissued for technical reasons on …"); from page 2 the running
 * header (the symbol) and the page number on the outer side, as UN documents
 * have them.
 */
export function unDocumentSection(
  paperSize: PaperSize,
  runningHeader: (alignment: Alignment) => Header,
  children: ISectionOptions['children'],
  firstPageNote: readonly Paragraph[] = [],
): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      page: {
        size: PAGE_SIZES[paperSize],
        margin: {
          top: MARGIN.top,
          bottom: MARGIN.bottom,
          left: MARGIN.side,
          right: MARGIN.side,
          header: MARGIN.headerAndFooter,
          footer: MARGIN.headerAndFooter,
        },
      },
    },
    headers: {
      first: new Header({ children: [] }),
      default: runningHeader(AlignmentType.RIGHT),
      even: runningHeader(AlignmentType.LEFT),
    },
    footers: {
      first: new Footer({ children: [...firstPageNote] }),
      default: pageNumberFooter(AlignmentType.RIGHT),
      even: pageNumberFooter(AlignmentType.LEFT),
    },
    children,
  };
}

function pageNumberFooter(alignment: Alignment): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.runningHeader,
        alignment,
        children: [new TextRun({ children: [PageNumber.CURRENT] })],
      }),
    ],
  });
}
