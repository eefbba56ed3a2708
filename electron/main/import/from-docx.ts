import mammoth from 'mammoth';
import type { TextRun } from '../../../shared/model/agenda';
import { importAgenda, type ImportOptions } from '../../../shared/import/import-agenda';
import type { ImportCell, ImportLine } from '../../../shared/import/import-lines';
import {
  emptyFileError,
  ImportError,
  type ImportResult,
  MAX_IMPORT_BYTES,
  tooLargeError,
} from '../../../shared/import/import-result';

/**
 * A Word document (.docx) to lines, through the document tree mammoth reads
 * from word/document.xml: paragraphs with their style's heading level and
 * their list level, runs with bold and italic, tables row by row, and the
 * footnotes last. Nothing is rendered to HTML that the importer would then
 * have to parse back.
 */

/** The parts of mammoth's document tree that are read here. */
interface DocxElement {
  readonly type: string;
  readonly children?: readonly DocxElement[];
  readonly value?: string;
  readonly breakType?: string;
  readonly styleName?: string | null;
  readonly isBold?: boolean;
  readonly isItalic?: boolean;
  readonly numbering?: { readonly level: string; readonly isOrdered: boolean } | null;
  readonly noteType?: string;
  readonly noteId?: string;
  readonly body?: readonly DocxElement[];
}

interface DocxDocument extends DocxElement {
  readonly notes?: { resolve(reference: DocxElement): DocxElement | null };
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/** Zip entry names are stored as they are, so the parts of a package can be seen without unzipping. */
function holdsPart(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name, 0, 'latin1');
}

/** Refuses, before parsing, what is not a Word document, naming what it is when it can. */
export function checkDocxBytes(bytes: Uint8Array): void {
  if (bytes.byteLength === 0) throw emptyFileError();
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw tooLargeError(bytes.byteLength);
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new ImportError(
      'not-a-document',
      'This is an older Word (.doc) or Office file: open it in Word, save it as .docx, and import that.',
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw new ImportError(
      'not-a-document',
      'This is not a Word document (.docx): it is not a zip package.',
    );
  }
  if (holdsPart(bytes, 'word/document.xml')) return;
  const others: readonly [string, string][] = [
    ['xl/workbook.xml', 'an Excel workbook'],
    ['ppt/presentation.xml', 'a PowerPoint presentation'],
    ['content.xml', 'an OpenDocument file'],
  ];
  const what = others.find(([part]) => holdsPart(bytes, part))?.[1] ?? 'a zip archive';
  throw new ImportError(
    'not-a-document',
    `This is not a Word document: it is ${what}${what === 'a zip archive' ? '' : ' renamed to .docx'}.`,
  );
}

function headingLevel(styleName: string | null | undefined): number | undefined {
  if (!styleName) return undefined;
  if (/^title$/iu.test(styleName)) return 0;
  // Word's "Heading 2", and the UN templates' "HCh_G", "H1_G", "H23_G".
  if (/^HCh/u.test(styleName)) return 1;
  const match = /^(?:heading\s*|H)(\d)/iu.exec(styleName);
  return match ? Number(match[1]) : undefined;
}

class DocxReader {
  readonly lines: ImportLine[] = [];
  private readonly noteReferences: DocxElement[] = [];
  private paragraphs = 0;
  private tables = 0;

  constructor(private readonly document: DocxDocument) {}

  read(): ImportLine[] {
    this.block(this.document.children ?? []);
    this.notes();
    return this.lines;
  }

  private block(elements: readonly DocxElement[]): void {
    for (const element of elements) {
      if (element.type === 'paragraph') this.paragraph(element);
      else if (element.type === 'table') this.table(element);
      else if (element.children) this.block(element.children);
    }
  }

  private paragraph(element: DocxElement, note = false): void {
    const runs = this.runsOf(element.children ?? [], {});
    if (runs.every((run) => run.text.trim() === '')) return;
    this.paragraphs += 1;
    const heading = headingLevel(element.styleName);
    const numbering = element.numbering;
    this.lines.push({
      source: note ? `footnote ${element.noteId ?? ''}`.trim() : `paragraph ${this.paragraphs}`,
      runs,
      ...(heading === undefined ? {} : { heading }),
      ...(numbering
        ? { list: { level: Number(numbering.level) || 0, ordered: numbering.isOrdered } }
        : {}),
      ...(note ? { note: true } : {}),
    });
  }

  private table(element: DocxElement): void {
    this.tables += 1;
    const table = this.tables;
    const rows = (element.children ?? []).filter((row) => row.type === 'tableRow');
    rows.forEach((row, rowIndex) => {
      const cells: ImportCell[] = (row.children ?? []).map((cell) => this.cellParagraphs(cell));
      if (cells.every((cell) => cell.length === 0)) return;
      this.lines.push({ source: `table ${table}, row ${rowIndex + 1}`, runs: [], cells });
    });
  }

  /** A cell's paragraphs, nested tables included, in reading order. */
  private cellParagraphs(element: DocxElement): TextRun[][] {
    return (element.children ?? []).flatMap((child) => {
      if (child.type === 'paragraph') {
        const runs = this.runsOf(child.children ?? [], {});
        return runs.some((run) => run.text.trim() !== '') ? [runs] : [];
      }
      return this.cellParagraphs(child);
    });
  }

  private runsOf(elements: readonly DocxElement[], style: { bold?: boolean; italic?: boolean }) {
    const runs: TextRun[] = [];
    for (const element of elements) {
      switch (element.type) {
        case 'run': {
          const styleName = element.styleName ?? '';
          const bold =
            style.bold === true || element.isBold === true || /strong|bold/iu.test(styleName);
          const italic =
            style.italic === true ||
            element.isItalic === true ||
            /emphasis|italic/iu.test(styleName);
          runs.push(...this.runsOf(element.children ?? [], { bold, italic }));
          break;
        }
        case 'text':
          runs.push({
            text: element.value ?? '',
            ...(style.bold ? { bold: true } : {}),
            ...(style.italic ? { italic: true } : {}),
          });
          break;
        case 'tab':
          runs.push({ text: '\t' });
          break;
        case 'break':
          if (element.breakType === 'line') runs.push({ text: '\n' });
          break;
        case 'noteReference':
          this.noteReferences.push(element);
          break;
        default:
          // Hyperlinks and other containers hold runs; images and bookmarks hold no text.
          if (element.children) runs.push(...this.runsOf(element.children, style));
      }
    }
    return runs;
  }

  /** Footnotes and endnotes after the body, each marked as a note. */
  private notes(): void {
    for (const reference of this.noteReferences) {
      const note = this.document.notes?.resolve(reference);
      for (const paragraph of note?.body ?? []) {
        if (paragraph.type === 'paragraph') {
          this.paragraph({ ...paragraph, noteId: reference.noteId ?? '' }, true);
        }
      }
    }
  }
}

export async function linesFromDocx(bytes: Uint8Array): Promise<ImportLine[]> {
  checkDocxBytes(bytes);
  let lines: ImportLine[] = [];
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        transformDocument: (document: DocxDocument) => {
          lines = new DocxReader(document).read();
          return document;
        },
      },
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError('not-a-document', `This Word document cannot be read: ${reason}`);
  }
  if (lines.length === 0) throw emptyFileError();
  return lines;
}

export async function importDocx(
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportResult> {
  return importAgenda(await linesFromDocx(bytes), options);
}
