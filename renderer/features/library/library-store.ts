import { create } from 'zustand';
import type { AgendaTemplate } from '../../../shared/model/templates';
import type { LibraryEntry, SetAsideNotice } from '../../../shared/library/library-entry';
import { agendumApi, errorMessage } from '../../bridge/agendum-api';

export type LibraryLoad =
  | { readonly status: 'loading' }
  | { readonly status: 'ready' }
  | { readonly status: 'failed'; readonly error: string };

interface LibraryState {
  readonly load: LibraryLoad;
  readonly entries: readonly LibraryEntry[];
  readonly notices: readonly SetAsideNotice[];
  /** The last failed operation, shown until dismissed. */
  readonly error: string | null;
  readonly query: string;
}

const useLibraryStore = create<LibraryState>()(() => ({
  load: { status: 'loading' },
  entries: [],
  notices: [],
  error: null,
  query: '',
}));

export function useLibrary<T>(select: (state: LibraryState) => T): T {
  return useLibraryStore(select);
}

async function attempt<T>(operation: () => Promise<T>): Promise<T | undefined> {
  try {
    const value = await operation();
    useLibraryStore.setState({ error: null });
    return value;
  } catch (error) {
    useLibraryStore.setState({ error: errorMessage(error) });
    return undefined;
  }
}

export const libraryActions = {
  refresh: async (): Promise<void> => {
    try {
      const listing = await agendumApi().listLibrary();
      useLibraryStore.setState((state) => ({
        load: { status: 'ready' },
        entries: listing.entries,
        notices: [...state.notices, ...listing.notices],
      }));
    } catch (error) {
      useLibraryStore.setState({ load: { status: 'failed', error: errorMessage(error) } });
    }
  },
  create: async (name: string, template: AgendaTemplate): Promise<LibraryEntry | undefined> => {
    const entry = await attempt(() => agendumApi().createAgenda({ name, template }));
    await libraryActions.refresh();
    return entry;
  },
  duplicate: async (id: string): Promise<void> => {
    await attempt(() => agendumApi().duplicateAgenda(id));
    await libraryActions.refresh();
  },
  rename: async (id: string, name: string): Promise<void> => {
    await attempt(() => agendumApi().renameAgenda(id, name));
    await libraryActions.refresh();
  },
  remove: async (id: string): Promise<void> => {
    await attempt(() => agendumApi().deleteAgenda(id));
    await libraryActions.refresh();
  },
  search: (query: string): void => useLibraryStore.setState({ query }),
  dismissError: (): void => useLibraryStore.setState({ error: null }),
  dismissNotices: (): void => useLibraryStore.setState({ notices: [] }),
};
