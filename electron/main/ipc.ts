import { type IpcMainInvokeEvent, ipcMain } from 'electron';
import { CHANNELS, type HandlerTable } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';
import { APP_ORIGIN } from './app-protocol';

/**
 * Only accept messages from our own pages: a frame served from app://agendum
 * in one of the BrowserWindows the app created.
 */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  isOurWindow: (frameUrl: string) => boolean,
): boolean {
  const url = event.senderFrame?.url;
  if (!url) return false;
  return (url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`)) && isOurWindow(url);
}

/** Registers every channel of the contract from the handler table; nothing else calls ipcMain. */
export function setupIpc(
  handlers: HandlerTable,
  isOurFrame: (event: IpcMainInvokeEvent) => boolean,
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, ...args: unknown[]) =>
      dispatch(handlers, channel, args, isOurFrame(event)),
    );
  }
}
