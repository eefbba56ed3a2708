import { AgendumError } from '../ipc/agendum-error';
import type { Agenda, UnplacedText } from '../model/agenda';

/**
 * What an import of a Word, Markdown or text agenda gives back: the agenda,
 * the text it could not place (with where it came from), and the counts the
 * user sees before starting work on it.
 */

export interface ImportSummary {
  readonly items: number;
  readonly subItems: number;
  readonly paragraphs: number;
  readonly documents: number;
  readonly slots: number;
  readonly unplaced: number;
}

export interface ImportResult {
  readonly agenda: Agenda;
  /** The same list as `agenda.unplaced`, in the order of the file; empty when all was placed. */
  readonly unplaced: readonly UnplacedText[];
  readonly summary: ImportSummary;
  /** What the importer guessed rather than read, for the user to check ("the symbol was inferred…"). */
  readonly notes: readonly string[];
}

/** Far above any real agenda (the seed's Word file is 19 kB); checked before anything is parsed. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type ImportRefusal =
  | 'empty'
  | 'too-large'
  | 'not-a-document'
  | 'not-an-agenda'
  /** Read, but beyond the model's limits (a "title" of 5,000 characters). */
  | 'does-not-fit';

/**
 * A file that cannot become an agenda. Nothing is created; the message says
 * why in the user's words. It is an AgendumError so that IPC carries it as is.
 */
export class ImportError extends AgendumError {
  constructor(
    readonly refusal: ImportRefusal,
    message: string,
  ) {
    super('corrupt-file', message);
    this.name = 'ImportError';
  }
}

export const NOT_AN_AGENDA_MESSAGE =
  'This does not look like a provisional agenda: no numbered agenda items were found';

export function emptyFileError(): ImportError {
  return new ImportError('empty', 'The file is empty: there is no text to import.');
}

export function tooLargeError(bytes: number): ImportError {
  const megabytes = (bytes / (1024 * 1024)).toFixed(1);
  const limit = MAX_IMPORT_BYTES / (1024 * 1024);
  return new ImportError(
    'too-large',
    `The file is ${megabytes} MB: too large to be an agenda (the limit is ${limit} MB).`,
  );
}

/** "1 item, 2 sub-items, 16 paragraphs, 7 documents, 3 slots; nothing left unplaced" */
export function describeSummary(summary: ImportSummary): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const found = [
    count(summary.items, 'item', 'items'),
    count(summary.subItems, 'sub-item', 'sub-items'),
    count(summary.paragraphs, 'paragraph', 'paragraphs'),
    count(summary.documents, 'document', 'documents'),
    count(summary.slots, 'time slot', 'time slots'),
  ].join(', ');
  const left =
    summary.unplaced === 0
      ? 'nothing left unplaced'
      : `${count(summary.unplaced, 'piece', 'pieces')} of text left unplaced`;
  return `${found}; ${left}`;
}
