import { describe, expect, it, vi } from 'vitest';
import { createCloseGuard } from '../../../../electron/main/close-guard';

function fakeWindow() {
  return { requestFlush: vi.fn(), destroy: vi.fn() };
}

describe('closing a window', () => {
  it('waits for the renderer to write its edits, then closes', () => {
    const confirm = vi.fn(() => Promise.resolve(true));
    const guard = createCloseGuard({ confirmCloseAnyway: confirm });
    const window = fakeWindow();
    expect(guard.onClose(window)).toBe(true);
    expect(window.requestFlush).toHaveBeenCalledOnce();
    expect(window.destroy).not.toHaveBeenCalled();
    guard.onFlushed({ saved: true, error: null });
    return vi.waitFor(() => {
      expect(window.destroy).toHaveBeenCalledOnce();
      expect(confirm).not.toHaveBeenCalled();
    });
  });

  it('asks before closing when the last save failed, and stays open if told to', async () => {
    const confirm = vi.fn(() => Promise.resolve(false));
    const guard = createCloseGuard({ confirmCloseAnyway: confirm });
    const window = fakeWindow();
    guard.onClose(window);
    guard.onFlushed({ saved: false, error: 'the disk is full' });
    await vi.waitFor(() => expect(confirm).toHaveBeenCalledWith('the disk is full'));
    expect(window.destroy).not.toHaveBeenCalled();
    // A second close asks the renderer again.
    guard.onClose(window);
    expect(window.requestFlush).toHaveBeenCalledTimes(2);
  });

  it('does not wait for ever on a renderer that never answers', async () => {
    vi.useFakeTimers();
    const confirm = vi.fn(() => Promise.resolve(true));
    const guard = createCloseGuard({ confirmCloseAnyway: confirm, timeoutMs: 5_000 });
    const window = fakeWindow();
    guard.onClose(window);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(confirm).toHaveBeenCalledWith('the editor did not answer in time');
    expect(window.destroy).toHaveBeenCalledOnce();
    vi.useRealTimers();
  });
});
