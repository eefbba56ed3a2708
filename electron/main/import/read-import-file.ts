import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { importMarkdown, importPlainText } from '../../../shared/import/from-markdown';
import type { ImportOptions } from '../../../shared/import/import-agenda';
import {
  emptyFileError,
  ImportError,
  type ImportResult,
  MAX_IMPORT_BYTES,
  tooLargeError,
} from '../../../shared/import/import-result';
import { diskError, isDiskError } from '../library/disk-error-message';
import { importDocx } from './from-docx';

/**
 * A previous agenda from a file on disk (Word, Markdown or text) made into a
 * new agenda. The size is checked before a byte is read, so a 50 MB file is
 * refused at once; nothing is written anywhere.
 */

export type ImportFormat = 'docx' | 'markdown' | 'text';

const FORMATS: Readonly<Record<string, ImportFormat>> = {
  '.docx': 'docx',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.text': 'text',
};

export function importFormatOf(path: string): ImportFormat | null {
  return FORMATS[extname(path).toLowerCase()] ?? null;
}

/** UTF-8 (with or without its mark) or UTF-16 as Notepad saves it; else Windows' Latin-1. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.includes(0)) {
    throw new ImportError('not-a-document', 'This is not a text file: it holds binary data.');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export async function importDocumentFile(
  path: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const name = basename(path);
  const format = importFormatOf(path);
  if (format === null) {
    throw new ImportError(
      'not-a-document',
      `${name} cannot be imported: Agendum imports Word (.docx), Markdown (.md) and text (.txt) files.`,
    );
  }
  let bytes: Uint8Array;
  try {
    const { size } = await stat(path);
    if (size > MAX_IMPORT_BYTES) throw tooLargeError(size);
    if (size === 0) throw emptyFileError();
    bytes = await readFile(path);
  } catch (error) {
    if (isDiskError(error)) throw diskError(error, `${name} could not be read`);
    throw error;
  }
  // A Word file saved under another name is still a Word file.
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (format === 'docx' || isZip) return importDocx(bytes, options);
  const text = decodeText(bytes);
  return format === 'markdown' ? importMarkdown(text, options) : importPlainText(text, options);
}
