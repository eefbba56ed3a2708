import {
  BorderStyle,
  type IBorderOptions,
  type ParagraphChild,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  WidthType,
} from 'docx';
import { STYLE } from './docx-styles';

/**
 * The masthead in Word, shared by the export and the tracked-changes
 * comparison: "United Nations" and, flush right, the symbol over a thick
 * rule; then the body beside the distribution over another, laid out with a
 * borderless table as in the UN's own Word templates.
 */

const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const THICK_RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 18, color: '000000' };
/** 4.5 cm */
const DISTRIBUTION_WIDTH = 2552;

export interface MastheadParts {
  /** "United Nations", a tab, the symbol. */
  readonly band: readonly ParagraphChild[];
  readonly body: readonly Paragraph[];
  /** Distribution, date and original language. */
  readonly distribution: readonly Paragraph[];
}

export function mastheadDocx(parts: MastheadParts, textWidth: number): (Paragraph | Table)[] {
  const band = new Paragraph({
    style: STYLE.mastheadBand,
    tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
    children: [...parts.band],
  });
  const widths = [textWidth - DISTRIBUTION_WIDTH, DISTRIBUTION_WIDTH] as const;
  // A table cell needs a paragraph, even an empty one.
  const cell = (children: readonly Paragraph[], width: number, empty: Paragraph) =>
    new TableCell({
      children: children.length > 0 ? [...children] : [empty],
      width: { size: width, type: WidthType.DXA },
      borders: { top: NO_BORDER, bottom: THICK_RULE, left: NO_BORDER, right: NO_BORDER },
      margins: { top: 80, bottom: 200, left: 0, right: 0 },
    });
  const table = new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: {
      top: NO_BORDER,
      bottom: NO_BORDER,
      left: NO_BORDER,
      right: NO_BORDER,
      insideHorizontal: NO_BORDER,
      insideVertical: NO_BORDER,
    },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell(parts.body, widths[0], new Paragraph({ style: STYLE.body })),
          cell(parts.distribution, widths[1], new Paragraph({})),
        ],
      }),
    ],
  });
  return [band, table];
}
