import type { LibraryEntry } from '../../../shared/library/library-entry';
import { agendumApi, errorMessage } from '../../bridge/agendum-api';
import { libraryActions } from './library-store';

export type ImportOutcome =
  | { readonly status: 'imported'; readonly entry: LibraryEntry }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly error: string };

/** A colleague's `.agendum` file, picked in main's open dialog, joins the library. */
export async function importAgendaFile(): Promise<ImportOutcome> {
  try {
    const entry = await agendumApi().importAgendumFile();
    if (entry === null) return { status: 'cancelled' };
    await libraryActions.refresh();
    return { status: 'imported', entry };
  } catch (error) {
    return { status: 'failed', error: errorMessage(error) };
  }
}
