import { contextBridge, ipcRenderer } from 'electron';
import { type Invoke, type SubscribeToMenu, createAgendumApi } from '../../shared/ipc/api';
import { MENU_COMMAND_CHANNEL } from '../../shared/ipc/contract';

/**
 * Exposes `window.agendum`: one named method per operation, never ipcRenderer
 * itself nor a generic invoke.
 */
const invoke: Invoke = (channel, ...args) => ipcRenderer.invoke(channel, ...args);

const subscribeToMenu: SubscribeToMenu = (listener) => {
  const forward = (_event: Electron.IpcRendererEvent, command: unknown) => listener(command);
  ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
  return () => ipcRenderer.off(MENU_COMMAND_CHANNEL, forward);
};

contextBridge.exposeInMainWorld('agendum', createAgendumApi(invoke, subscribeToMenu));
