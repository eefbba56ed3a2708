// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportAgendaButton } from '../../../../../renderer/features/library/import-agenda-button';

/** File › Import… reaches the library as a request: one import per request, never again on a new render. */

function installApi(importAgendaFile: () => Promise<null>) {
  Object.defineProperty(window, 'agendum', {
    configurable: true,
    value: { importAgendaFile, listLibrary: () => Promise.resolve({ entries: [], notices: [] }) },
  });
}

afterEach(cleanup);

describe('an import asked for from the menu', () => {
  it('opens the file picker once, and spends the request', async () => {
    const importAgendaFile = vi.fn(() => Promise.resolve(null));
    installApi(importAgendaFile);
    const onStarted = vi.fn();
    const view = render(
      <ImportAgendaButton onImported={vi.fn()} requested onStarted={onStarted} />,
    );
    await act(() => Promise.resolve());
    expect(importAgendaFile).toHaveBeenCalledOnce();
    expect(onStarted).toHaveBeenCalledOnce();

    view.rerender(<ImportAgendaButton onImported={vi.fn()} requested onStarted={onStarted} />);
    await act(() => Promise.resolve());
    expect(importAgendaFile).toHaveBeenCalledOnce();
  });

  it('does nothing until asked', async () => {
    const importAgendaFile = vi.fn(() => Promise.resolve(null));
    installApi(importAgendaFile);
    render(<ImportAgendaButton onImported={vi.fn()} />);
    await act(() => Promise.resolve());
    expect(importAgendaFile).not.toHaveBeenCalled();
  });
});
