import { BrowserWindow, type OpenDialogOptions, dialog } from 'electron';
import type { HostDialogs } from './host-dialogs';

/** The system's own dialogs, over the focused window; nothing here but the calls. */
export function electronDialogs(): HostDialogs {
  return {
    chooseFolder: () =>
      firstPath({
        title: 'Export to folder',
        buttonLabel: 'Export here',
        properties: ['openDirectory', 'createDirectory'],
      }),
    chooseAgendaFile: () =>
      firstPath({
        title: 'Import an agenda',
        buttonLabel: 'Import',
        properties: ['openFile'],
        filters: [
          { name: 'Agendas', extensions: ['agendum', 'docx', 'md', 'markdown', 'txt'] },
          { name: 'Agendum files', extensions: ['agendum'] },
          { name: 'Word documents', extensions: ['docx'] },
          { name: 'Markdown and text', extensions: ['md', 'markdown', 'txt'] },
        ],
      }),
  };
}

async function firstPath(options: OpenDialogOptions): Promise<string | null> {
  const window = BrowserWindow.getFocusedWindow();
  const result = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
