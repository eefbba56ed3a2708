import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, type HandlerTable } from '../../../../shared/ipc/contract';

const registered = vi.hoisted(
  () => new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
);
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: (event: unknown, ...args: unknown[]) => Promise<unknown>) =>
      registered.set(channel, listener),
  },
}));

const { isTrustedSender, setupIpc } = await import('../../../../electron/main/ipc');

describe('IPC registration', () => {
  const table = Object.fromEntries(
    CHANNELS.map((channel) => [channel, () => Promise.resolve('handled')]),
  ) as unknown as HandlerTable;

  it('registers every channel of the contract, and only those', () => {
    setupIpc(table, () => true);
    expect([...registered.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('checks the sender of every message before the handler runs', async () => {
    setupIpc(table, (event) => (event as unknown as { trusted: boolean }).trusted);
    for (const channel of CHANNELS) {
      const listener = registered.get(channel);
      const refused = await listener?.({ trusted: false });
      expect(refused, channel).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    }
    expect(await registered.get('library:list')?.({ trusted: true })).toEqual({
      ok: true,
      value: 'handled',
    });
  });

  it('trusts only frames served from app://agendum in our own windows', () => {
    const frame = (url: string) => ({ senderFrame: { url } }) as never;
    expect(isTrustedSender(frame('app://agendum/index.html'), () => true)).toBe(true);
    expect(isTrustedSender(frame('app://agendum/index.html'), () => false)).toBe(false);
    for (const url of [
      'https://evil.example/',
      'file:///index.html',
      'app://agendum.evil/',
      'app://other/',
      '',
    ]) {
      expect(
        isTrustedSender(frame(url), () => true),
        url,
      ).toBe(false);
    }
    expect(isTrustedSender({ senderFrame: null }, () => true)).toBe(false);
  });
});
