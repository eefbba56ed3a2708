import { Table, TableLayoutType, type TableRow, WidthType } from 'docx';
import type { AnnexBlock, DocumentsAnnexBlock } from './document-blocks';
import { INDENT, STYLE } from './docx-styles';

/**
 * The table of an annex in Word, shared by the export and the tracked-changes
 * comparison: indented as the text, in the annex table style.
 */

type AnnexKind = (AnnexBlock | DocumentsAnnexBlock)['kind'];

/** The first two columns, in twips; the title or description takes the rest. */
const FIXED_COLUMNS: Readonly<Record<AnnexKind, readonly [number, number]>> = {
  annex: [1814, 1191], // 3.2 cm, 2.1 cm
  // 5 cm: a symbol such as "UNODC/CCPCJ/EG.1/2012/4" is much longer than a time.
  'documents-annex': [2835, 1191],
};

export interface AnnexTableLayout {
  readonly width: number;
  readonly columns: readonly [number, number, number];
}

export function annexTableLayout(kind: AnnexKind, textWidth: number): AnnexTableLayout {
  const width = textWidth - INDENT;
  const [first, second] = FIXED_COLUMNS[kind];
  return { width, columns: [first, second, width - first - second] };
}

/** The rows start with the header row, marked `tableHeader` so that Word repeats it on each page. */
export function annexTable(layout: AnnexTableLayout, rows: readonly TableRow[]): Table {
  return new Table({
    style: STYLE.table,
    width: { size: layout.width, type: WidthType.DXA },
    columnWidths: [...layout.columns],
    layout: TableLayoutType.FIXED,
    indent: { size: INDENT, type: WidthType.DXA },
    rows: [...rows],
  });
}
