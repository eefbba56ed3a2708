import type { FlushReport } from '../../shared/ipc/contract';

/**
 * Nothing typed is lost on close: before a window goes, the renderer is asked
 * to write its pending edits; the window closes once it says they are on
 * disk, or, when the save failed, once the user has chosen to close anyway.
 */

export interface ClosingWindow {
  /** Sends the renderer its 'flush' command. */
  requestFlush(): void;
  /** Closes for good, without asking again. */
  destroy(): void;
}

export interface CloseGuardOptions {
  /** Asks the user whether to close although the last edits could not be saved. */
  readonly confirmCloseAnyway: (reason: string) => Promise<boolean>;
  /** A renderer that never answers (hung, crashed) does not keep the window open for ever. */
  readonly timeoutMs?: number;
}

export interface CloseGuard {
  /** From the window's 'close' event: returns true when the close must wait. */
  onClose(window: ClosingWindow): boolean;
  /** From the renderer's 'app:flushed' report. */
  onFlushed(report: FlushReport): void;
}

export function createCloseGuard({
  confirmCloseAnyway,
  timeoutMs = 10_000,
}: CloseGuardOptions): CloseGuard {
  let waiting: { window: ClosingWindow; timer: ReturnType<typeof setTimeout> } | null = null;

  const finish = async (report: FlushReport) => {
    const pending = waiting;
    if (!pending) return;
    waiting = null;
    clearTimeout(pending.timer);
    if (
      report.saved ||
      (await confirmCloseAnyway(report.error ?? 'the last changes were not saved'))
    ) {
      pending.window.destroy();
    }
  };

  return {
    onClose(window) {
      if (waiting) return true;
      waiting = {
        window,
        timer: setTimeout(
          () => void finish({ saved: false, error: 'the editor did not answer in time' }),
          timeoutMs,
        ),
      };
      window.requestFlush();
      return true;
    },
    onFlushed(report) {
      void finish(report);
    },
  };
}
