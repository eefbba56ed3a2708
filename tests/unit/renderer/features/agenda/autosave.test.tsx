// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Agenda } from '../../../../../shared/model/agenda';
import { updateEntry } from '../../../../../shared/agenda/tree-edits';
import { cleanup, render, screen } from '@testing-library/react';
import { act } from 'react';
import type { SaveReceipt } from '../../../../../shared/ipc/contract';
import { agendaActions } from '../../../../../renderer/features/agenda/agenda-store';
import { SaveStatusIndicator } from '../../../../../renderer/features/agenda/save-status';

const seed = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../../fixtures/ctoc-wg2-2012.agendum'), 'utf8'),
) as Agenda;

function installApi(saveAgenda: (agenda: Agenda) => Promise<SaveReceipt>) {
  Object.defineProperty(window, 'agendum', {
    configurable: true,
    value: {
      openForEditing: () => Promise.resolve({ readOnly: false }),
      loadAgenda: () => Promise.resolve(seed),
      releaseAgenda: () => Promise.resolve(null),
      saveAgenda,
    },
  });
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('autosave', () => {
  it('writes an edit to disk within one second, once for a burst of typing', async () => {
    const saves: string[] = [];
    installApi((agenda) => {
      saves.push(agenda.items[7]?.title ?? '');
      return Promise.resolve({ savedAt: new Date().toISOString() });
    });
    await agendaActions.open('ctoc-wg2-2012');
    vi.useFakeTimers();
    for (const title of ['O', 'Ot', 'Oth', 'Other business']) {
      agendaActions.edit((agenda) => updateEntry(agenda, 'item-8', { title }), 'title:item-8');
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(1_000);
    expect(saves).toEqual(['Other business']);
    vi.useRealTimers();
    await agendaActions.close();
  });

  it('keeps the draft and reports the failure when the disk refuses, and saves it next time', async () => {
    let fail = true;
    const saved: string[] = [];
    installApi((agenda) => {
      if (fail) return Promise.reject(new Error('The disk is full (ENOSPC).'));
      saved.push(agenda.items[7]?.title ?? '');
      return Promise.resolve({ savedAt: new Date().toISOString() });
    });
    await agendaActions.open('ctoc-wg2-2012');
    agendaActions.edit((agenda) => updateEntry(agenda, 'item-8', { title: 'Any other business' }));
    expect(await agendaActions.flushAndReport()).toEqual({
      saved: false,
      error: 'The disk is full (ENOSPC).',
    });
    expect(agendaActions.current()?.items[7]?.title).toBe('Any other business');
    fail = false;
    expect(await agendaActions.flushAndReport()).toEqual({ saved: true, error: null });
    expect(saved).toEqual(['Any other business']);
    await agendaActions.close();
  });

  it('says so when the agenda is saved but its history could not keep the version', async () => {
    let historyProblem: string | undefined = 'The disk is full (ENOSPC)';
    installApi(() => Promise.resolve({ savedAt: new Date().toISOString(), historyProblem }));
    await agendaActions.open('ctoc-wg2-2012');
    render(<SaveStatusIndicator />);
    agendaActions.edit((agenda) => updateEntry(agenda, 'item-8', { title: 'Any other business' }));
    await act(() => agendaActions.flush());
    expect(screen.getByRole('status').textContent).toBe(
      'Saved, but this version is not kept in the history: The disk is full (ENOSPC)',
    );
    historyProblem = undefined;
    agendaActions.edit((agenda) => updateEntry(agenda, 'item-8', { title: 'Other matters' }));
    await act(() => agendaActions.flush());
    expect(screen.getByRole('status').textContent).toBe('Saved');
    await agendaActions.close();
  });

  it('says Saved again when undo and redo come back to what the disk holds', async () => {
    const saves: string[] = [];
    installApi((agenda) => {
      saves.push(agenda.items[7]?.title ?? '');
      return Promise.resolve({ savedAt: new Date().toISOString() });
    });
    await agendaActions.open('ctoc-wg2-2012');
    render(<SaveStatusIndicator />);
    vi.useFakeTimers();
    act(() =>
      agendaActions.edit((agenda) =>
        updateEntry(agenda, 'item-8', { title: 'Any other business' }),
      ),
    );
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(saves).toEqual(['Any other business']);
    // Undo and redo within the autosave delay: the agenda is the one on disk again.
    act(() => agendaActions.undo());
    act(() => agendaActions.redo());
    expect(screen.getByRole('status').textContent).toBe('Saving…');
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(saves).toEqual(['Any other business']);
    expect(screen.getByRole('status').textContent).toBe('Saved');
    vi.useRealTimers();
    await agendaActions.close();
  });
});
