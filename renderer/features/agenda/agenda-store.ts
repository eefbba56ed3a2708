import { useSyncExternalStore } from 'react';
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Agenda } from '../../../shared/model/agenda';
import { agendumApi, errorMessage } from '../../bridge/agendum-api';
import { type EditHistory, emptyHistory, recordEdit, redo, undo } from './edit-history';

/** An edit reaches disk within a second: save this long after the last keystroke. */
export const AUTOSAVE_DELAY_MS = 400;

export type SaveStatus =
  | {
      readonly status: 'saved';
      readonly at: string;
      /** Saved, but this version is not in the history: why. */
      readonly historyProblem?: string;
    }
  | { readonly status: 'pending' }
  | { readonly status: 'saving' }
  | { readonly status: 'failed'; readonly error: string };

export type AgendaDocument =
  | { readonly status: 'closed' }
  | { readonly status: 'loading'; readonly id: string }
  | { readonly status: 'failed'; readonly id: string; readonly error: string }
  | {
      readonly status: 'open';
      readonly agenda: Agenda;
      /** Set when another window or computer edits this agenda: nothing is saved from here. */
      readonly readOnlyBecause: string | null;
    };

interface AgendaState {
  readonly document: AgendaDocument;
  readonly save: SaveStatus;
  readonly history: EditHistory<Agenda>;
  open: (id: string) => Promise<void>;
  /** Replaces the agenda with an earlier version the disk already holds, as one undoable step. */
  restored: (agenda: Agenda, savedAt: string) => void;
  close: () => Promise<void>;
  /** Applies an edit; `group` merges consecutive edits of one field into one undo step. */
  edit: (change: (agenda: Agenda) => Agenda, group?: string) => void;
  undo: () => void;
  redo: () => void;
  /** Writes pending edits now (before closing, quitting, or on demand). */
  flush: () => Promise<void>;
}

let autosaveTimer: ReturnType<typeof setTimeout> | undefined;
let saving: Promise<void> = Promise.resolve();
/** The agenda that the disk holds, so that a save is skipped when nothing changed. */
let lastSaved: Agenda | undefined;
/** What the status said when `lastSaved` reached the disk: said again when undo comes back to it. */
let lastSavedStatus: SaveStatus = { status: 'saved', at: '' };

const useAgendaStore = create<AgendaState>()((set, get) => {
  function currentAgenda(): Agenda | undefined {
    const { document } = get();
    return document.status === 'open' ? document.agenda : undefined;
  }

  function scheduleSave(): void {
    clearTimeout(autosaveTimer);
    // One store notification per keystroke, not two: the status is set once per burst.
    if (get().save.status !== 'pending') set({ save: { status: 'pending' } });
    autosaveTimer = setTimeout(() => void get().flush(), AUTOSAVE_DELAY_MS);
  }

  function replace(agenda: Agenda, history: EditHistory<Agenda>): void {
    const { document } = get();
    if (document.status !== 'open' || document.readOnlyBecause !== null) return;
    set({ document: { ...document, agenda }, history });
    scheduleSave();
  }

  async function writeLatest(): Promise<void> {
    const agenda = currentAgenda();
    if (!agenda) return;
    if (agenda === lastSaved) {
      // Undo and redo came back to what the disk holds: nothing to write, and nothing pending.
      if (get().save.status === 'pending') set({ save: lastSavedStatus });
      return;
    }
    set({ save: { status: 'saving' } });
    try {
      const receipt = await agendumApi().saveAgenda(agenda);
      lastSaved = agenda;
      lastSavedStatus = {
        status: 'saved',
        at: receipt.savedAt,
        historyProblem: receipt.historyProblem,
      };
      // Edits typed while saving are written by the next save.
      set({ save: currentAgenda() === agenda ? lastSavedStatus : { status: 'pending' } });
    } catch (error) {
      set({ save: { status: 'failed', error: errorMessage(error) } });
    }
  }

  return {
    document: { status: 'closed' },
    save: { status: 'saved', at: '' },
    history: emptyHistory(),

    open: async (id) => {
      await get().flush();
      set({ document: { status: 'loading', id }, history: emptyHistory() });
      try {
        const access = await agendumApi().openForEditing(id);
        const agenda = await agendumApi().loadAgenda(id);
        lastSaved = agenda;
        lastSavedStatus = { status: 'saved', at: '' };
        const readOnlyBecause = access.readOnly
          ? `${access.heldBy} is editing this agenda. It is open read-only here: nothing you do is saved.`
          : null;
        set({
          document: { status: 'open', agenda, readOnlyBecause },
          save: lastSavedStatus,
        });
      } catch (error) {
        set({ document: { status: 'failed', id, error: errorMessage(error) } });
      }
    },

    restored: (agenda, savedAt) => {
      const before = currentAgenda();
      if (!before) return;
      // The disk has it already: the next autosave has nothing to write.
      lastSaved = agenda;
      lastSavedStatus = { status: 'saved', at: savedAt };
      replace(agenda, recordEdit(get().history, before, null, Date.now()));
      clearTimeout(autosaveTimer);
      set({ save: lastSavedStatus });
    },

    close: async () => {
      await get().flush();
      if (get().save.status === 'failed') return;
      const { document } = get();
      if (document.status === 'open' && document.readOnlyBecause === null) {
        await agendumApi()
          .releaseAgenda(document.agenda.id)
          .catch(() => undefined);
      }
      lastSaved = undefined;
      set({ document: { status: 'closed' }, history: emptyHistory() });
    },

    edit: (change, group) => {
      const before = currentAgenda();
      if (!before) return;
      const after = change(before);
      if (after === before) return;
      replace(after, recordEdit(get().history, before, group ?? null, Date.now()));
    },

    undo: () => {
      const agenda = currentAgenda();
      const step = agenda && undo(get().history, agenda);
      if (step) replace(step[1], step[0]);
    },

    redo: () => {
      const agenda = currentAgenda();
      const step = agenda && redo(get().history, agenda);
      if (step) replace(step[1], step[0]);
    },

    flush: async () => {
      clearTimeout(autosaveTimer);
      saving = saving.then(writeLatest);
      await saving;
    },
  };
});

export function useAgendaDocument(): AgendaDocument {
  return useAgendaStore((state) => state.document);
}

export function useSaveStatus(): SaveStatus {
  return useAgendaStore((state) => state.save);
}

/** The open agenda (or undefined), narrowed by a selector so a component re-renders only for its part. */
export function useOpenAgenda<T>(select: (agenda: Agenda) => T): T | undefined {
  return useAgendaStore(
    useShallow((state) =>
      state.document.status === 'open' ? select(state.document.agenda) : undefined,
    ),
  );
}

const ignoreChanges = () => () => undefined;

/**
 * The open agenda while `active`, else undefined, subscribed only while active:
 * a field that reads the agenda only when opened (a completion list, say) costs
 * nothing at each keystroke typed elsewhere.
 */
export function useOpenAgendaWhile(active: boolean): Agenda | undefined {
  return useSyncExternalStore(active ? useAgendaStore.subscribe : ignoreChanges, () =>
    active ? agendaActions.current() : undefined,
  );
}

export function useUndoAvailability(): { canUndo: boolean; canRedo: boolean } {
  return useAgendaStore(
    useShallow((state) => ({
      canUndo: state.history.past.length > 0,
      canRedo: state.history.future.length > 0,
    })),
  );
}

/** Actions, stable across renders. */
export const agendaActions = {
  open: (id: string) => useAgendaStore.getState().open(id),
  close: () => useAgendaStore.getState().close(),
  edit: (change: (agenda: Agenda) => Agenda, group?: string) =>
    useAgendaStore.getState().edit(change, group),
  undo: () => useAgendaStore.getState().undo(),
  redo: () => useAgendaStore.getState().redo(),
  flush: () => useAgendaStore.getState().flush(),
  restored: (agenda: Agenda, savedAt: string) =>
    useAgendaStore.getState().restored(agenda, savedAt),
  /** Writes pending edits and says whether everything typed is on disk. */
  flushAndReport: async (): Promise<{ saved: boolean; error: string | null }> => {
    await useAgendaStore.getState().flush();
    const { save } = useAgendaStore.getState();
    return save.status === 'failed'
      ? { saved: false, error: save.error }
      : { saved: true, error: null };
  },
  current: (): Agenda | undefined => {
    const { document } = useAgendaStore.getState();
    return document.status === 'open' ? document.agenda : undefined;
  },
};
