import {
  type Channel,
  type ChannelArgs,
  type ChannelResult,
  type IpcResult,
  type MenuCommand,
  MenuCommandSchema,
} from './contract';
import { AgendumError } from './agendum-error';

/** A transport: Electron's ipcRenderer in the preload, HTTP in the test host's bridge. */
export type Invoke = <C extends Channel>(
  channel: C,
  ...args: ChannelArgs<C>
) => Promise<IpcResult<ChannelResult<C>>>;

/** Listens for main's menu commands; returns the function that stops listening. */
export type SubscribeToMenu = (listener: (command: unknown) => void) => () => void;

/**
 * The API the renderer sees as `window.agendum`: one named method per operation.
 *
 * Both transports build it here, so there is one description of it; its type
 * is derived, never written by hand.
 */
export function createAgendumApi(invoke: Invoke, subscribeToMenu: SubscribeToMenu) {
  async function call<C extends Channel>(
    channel: C,
    ...args: ChannelArgs<C>
  ): Promise<ChannelResult<C>> {
    const result = await invoke(channel, ...args);
    if (!result.ok) throw new AgendumError(result.error.code, result.error.message);
    return result.value;
  }
  return {
    getAppInfo: () => call('app:info'),
    reportFlushed: (...args: ChannelArgs<'app:flushed'>) => call('app:flushed', ...args),
    listLibrary: () => call('library:list'),
    createAgenda: (...args: ChannelArgs<'library:create'>) => call('library:create', ...args),
    duplicateAgenda: (...args: ChannelArgs<'library:duplicate'>) =>
      call('library:duplicate', ...args),
    renameAgenda: (...args: ChannelArgs<'library:rename'>) => call('library:rename', ...args),
    deleteAgenda: (...args: ChannelArgs<'library:delete'>) => call('library:delete', ...args),
    listTrash: () => call('trash:list'),
    restoreFromTrash: (...args: ChannelArgs<'trash:restore'>) => call('trash:restore', ...args),
    deleteFromTrash: (...args: ChannelArgs<'trash:delete'>) => call('trash:delete', ...args),
    openForEditing: (...args: ChannelArgs<'agenda:open-for-editing'>) =>
      call('agenda:open-for-editing', ...args),
    releaseAgenda: (...args: ChannelArgs<'agenda:release'>) => call('agenda:release', ...args),
    listVersions: (...args: ChannelArgs<'history:list'>) => call('history:list', ...args),
    readVersion: (...args: ChannelArgs<'history:read'>) => call('history:read', ...args),
    restoreVersion: (...args: ChannelArgs<'history:restore'>) => call('history:restore', ...args),
    nameVersion: (...args: ChannelArgs<'history:name-version'>) =>
      call('history:name-version', ...args),
    listNamedVersions: (...args: ChannelArgs<'history:list-named'>) =>
      call('history:list-named', ...args),
    readNamedVersion: (...args: ChannelArgs<'history:read-named'>) =>
      call('history:read-named', ...args),
    deleteNamedVersion: (...args: ChannelArgs<'history:delete-named'>) =>
      call('history:delete-named', ...args),
    startNextSession: (...args: ChannelArgs<'library:start-next-session'>) =>
      call('library:start-next-session', ...args),
    reviseIssuance: (...args: ChannelArgs<'library:revise-issuance'>) =>
      call('library:revise-issuance', ...args),
    exportComparison: (...args: ChannelArgs<'compare:export'>) => call('compare:export', ...args),
    loadAgenda: (...args: ChannelArgs<'agenda:load'>) => call('agenda:load', ...args),
    saveAgenda: (...args: ChannelArgs<'agenda:save'>) => call('agenda:save', ...args),
    importAgendaFile: () => call('library:import-file'),
    importPastedText: (...args: ChannelArgs<'library:import-text'>) =>
      call('library:import-text', ...args),
    chooseExportFolder: () => call('export:choose-folder'),
    listRecentExportFolders: () => call('export:list-recent-folders'),
    previewExportFileNames: (...args: ChannelArgs<'export:preview-file-names'>) =>
      call('export:preview-file-names', ...args),
    exportAgenda: (...args: ChannelArgs<'export:write-files'>) =>
      call('export:write-files', ...args),
    onMenuCommand: (listener: (command: MenuCommand) => void) =>
      subscribeToMenu((command) => {
        const parsed = MenuCommandSchema.safeParse(command);
        if (parsed.success) listener(parsed.data);
      }),
  };
}

export type AgendumApi = ReturnType<typeof createAgendumApi>;
