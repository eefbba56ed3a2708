import type { Channel, ChannelArgs, ChannelResult, IpcResult } from './contract';
import { AgendumError } from './agendum-error';

/** A transport: Electron's ipcRenderer in the preload, HTTP in the test host's bridge. */
export type Invoke = <C extends Channel>(
  channel: C,
  ...args: ChannelArgs<C>
) => Promise<IpcResult<ChannelResult<C>>>;

/**
 * The API the renderer sees as `window.agendum`: one named method per operation.
 *
 * Both transports build it here, so there is one description of it; its type
 * is derived, never written by hand.
 */
export function createAgendumApi(invoke: Invoke) {
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
    listLibrary: () => call('library:list'),
    createAgenda: (...args: ChannelArgs<'library:create'>) => call('library:create', ...args),
    duplicateAgenda: (...args: ChannelArgs<'library:duplicate'>) =>
      call('library:duplicate', ...args),
    renameAgenda: (...args: ChannelArgs<'library:rename'>) => call('library:rename', ...args),
    deleteAgenda: (...args: ChannelArgs<'library:delete'>) => call('library:delete', ...args),
    loadAgenda: (...args: ChannelArgs<'agenda:load'>) => call('agenda:load', ...args),
    saveAgenda: (...args: ChannelArgs<'agenda:save'>) => call('agenda:save', ...args),
  };
}

export type AgendumApi = ReturnType<typeof createAgendumApi>;
