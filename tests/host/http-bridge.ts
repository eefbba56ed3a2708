import { type Invoke, type SubscribeToMenu, createAgendumApi } from '../../shared/ipc/api';

/**
 * The test host's stand-in for the preload: the same `window.agendum`, built by
 * the same factory, speaking HTTP to the loopback server instead of IPC.
 * It is served by the test host only and is never part of the packaged app.
 */
const invoke = (async (channel: string, ...args: unknown[]) => {
  const response = await fetch(`/ipc/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(args),
  });
  if (!response.ok) {
    return {
      ok: false,
      error: { code: 'internal', message: `The test host answered ${response.status}.` },
    };
  }
  return (await response.json()) as unknown;
}) as Invoke;

/** The browser has no application menu: nothing ever arrives. */
const subscribeToMenu: SubscribeToMenu = () => () => undefined;

Object.defineProperty(window, 'agendum', {
  value: createAgendumApi(invoke, subscribeToMenu),
  writable: false,
  configurable: false,
});
