import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  readonly newAgenda: () => void;
  readonly openLibrary: () => void;
  readonly importAgenda: () => void;
  readonly exportAgenda: () => void;
  readonly undo: () => void;
  readonly redo: () => void;
  readonly about: () => void;
}

/**
 * The application menu. Undo and Redo go to the editor's own history, not to
 * the text field, so that they act on the whole agenda.
 */
export function applicationMenuTemplate(
  actions: MenuActions,
  platform: NodeJS.Platform,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: '&New agenda', accelerator: 'CmdOrCtrl+N', click: actions.newAgenda },
        { label: 'Open &library', accelerator: 'CmdOrCtrl+O', click: actions.openLibrary },
        { label: '&Import…', click: actions.importAgenda },
        { type: 'separator' },
        { label: '&Export…', accelerator: 'CmdOrCtrl+E', click: actions.exportAgenda },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: '&Quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { label: '&Undo', accelerator: 'CmdOrCtrl+Z', click: actions.undo },
        { label: '&Redo', accelerator: 'CmdOrCtrl+Shift+Z', click: actions.redo },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: '&Help',
      submenu: [{ label: '&About Agendum', click: actions.about }],
    },
  ];
}
