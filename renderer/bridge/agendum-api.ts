import type { AgendumApi } from '../../shared/ipc/api';

declare global {
  interface Window {
    /** Installed by the preload in Electron, by the test host's bridge in Chromium. */
    readonly agendum: AgendumApi;
  }
}

/** The only way the renderer reaches the disk. Stores call it; components never do. */
export function agendumApi(): AgendumApi {
  return window.agendum;
}

/** The message to show for a failed operation. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
