import type { ImportedAgenda } from '../../../shared/library/imported-agenda';
import { agendumApi, errorMessage } from '../../bridge/agendum-api';
import { libraryActions } from './library-store';

export type ImportOutcome =
  | { readonly status: 'imported'; readonly imported: ImportedAgenda }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly error: string };

async function settle(operation: () => Promise<ImportedAgenda | null>): Promise<ImportOutcome> {
  try {
    const imported = await operation();
    if (imported === null) return { status: 'cancelled' };
    await libraryActions.refresh();
    return { status: 'imported', imported };
  } catch (error) {
    return { status: 'failed', error: errorMessage(error) };
  }
}

/** A `.agendum`, Word, Markdown or text file, picked in main's open dialog, joins the library. */
export function importAgendaFile(): Promise<ImportOutcome> {
  return settle(() => agendumApi().importAgendaFile());
}

/** Text pasted from the clipboard, read as a plain-text agenda, joins the library. */
export function importPastedText(text: string): Promise<ImportOutcome> {
  return settle(() => agendumApi().importPastedText(text));
}
