import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, type Channel, type HandlerTable } from '../../../../shared/ipc/contract';
import { dispatch } from '../../../../shared/ipc/dispatch';
import { AgendumError } from '../../../../shared/ipc/agendum-error';
import { createAgendumApi } from '../../../../shared/ipc/api';

const seed: unknown = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../fixtures/ctoc-wg2-2012.agendum'), 'utf8'),
);

const fileNamesRequest = {
  naming: {
    symbol: 'CTOC/COP/WG.2/2012/1',
    language: 'en',
    documentTitle: 'Provisional agenda and annotations',
  },
  baseName: null,
  formats: ['docx', 'pdf'],
  folder: null,
};

const exportRequest = {
  agenda: seed,
  formats: ['docx', 'agendum'],
  paperSize: 'A4',
  folder: '/mnt/shared/WG2',
  baseName: null,
  replace: [],
};

const comparisonRequest = {
  oldAgenda: seed,
  newAgenda: seed,
  formats: ['docx', 'pdf'],
  paperSize: 'A4',
  folder: '/mnt/shared/WG2',
  author: 'Secretariat',
  replace: [],
};

/** A well-formed argument list for every channel, and malformed ones it must refuse. */
const CASES: Record<Channel, { valid: unknown[]; malformed: unknown[][] }> = {
  'app:info': { valid: [], malformed: [['extra']] },
  'app:flushed': {
    valid: [{ saved: false, error: 'the disk is full' }],
    malformed: [[], [{ saved: 'yes', error: null }], [{ saved: true }]],
  },
  'library:list': { valid: [], malformed: [[1]] },
  'library:create': {
    valid: [{ name: 'WG.2', template: 'standard' }],
    malformed: [
      [],
      [{ name: 'x', template: 'spreadsheet' }],
      [{ name: 5, template: 'blank' }],
      ['x'],
    ],
  },
  'library:duplicate': { valid: ['abc'], malformed: [[], [42], ['../etc/passwd'], ['a b']] },
  'library:rename': {
    valid: ['abc', 'New name'],
    malformed: [['abc'], ['abc', ''], ['abc', 3], [null, 'x']],
  },
  'library:delete': { valid: ['abc'], malformed: [[], [{}], ['..\\x']] },
  'trash:list': { valid: [], malformed: [['x']] },
  'trash:restore': {
    valid: ['abc.2026-11-28T09-00-00-000Z'],
    malformed: [[], ['../../etc/passwd'], ['a/b'], [7], ['..'], ['.hidden']],
  },
  'trash:delete': {
    valid: ['abc.2026-11-28T09-00-00-000Z'],
    malformed: [[], ['../../etc/passwd'], ['a\\b'], [7], ['..'], ['.hidden']],
  },
  'agenda:open-for-editing': { valid: ['abc'], malformed: [[], ['a b'], [null]] },
  'agenda:release': { valid: ['abc'], malformed: [[], ['../x']] },
  'history:list': { valid: ['abc'], malformed: [[], [1]] },
  'history:read': {
    valid: ['abc', '2026-11-28T09-00-00.000Z-1.save'],
    malformed: [['abc'], ['abc', '../../secret'], ['abc', 'a/b'], ['abc', ''], ['abc', '..']],
  },
  'history:restore': {
    valid: ['abc', '2026-11-28T09-00-00.000Z-1.save'],
    malformed: [['abc'], ['abc', '..\\x'], [null, 'v']],
  },
  'agenda:load': { valid: ['abc'], malformed: [[], [''], ['a'.repeat(65)]] },
  'agenda:save': {
    valid: [seed],
    malformed: [
      [],
      [{}],
      [{ ...(seed as object), schemaVersion: 99 }],
      [{ ...(seed as object), items: 'x' }],
    ],
  },
  'library:import-file': { valid: [], malformed: [['/home/user/colleague.agendum']] },
  'library:import-text': {
    valid: ['Provisional agenda\n1. Opening of the session\n2. Adoption of the agenda'],
    malformed: [[], [42], [{ text: 'x' }], ['x'.repeat(20 * 1024 * 1024 + 1)], ['a', 'b']],
  },
  'history:name-version': {
    valid: ['abc', 'Sent to the Bureau'],
    malformed: [['abc'], ['abc', ''], ['abc', '   '], ['abc', 'a\nb'], ['abc', 'x'.repeat(201)]],
  },
  'history:list-named': { valid: ['abc'], malformed: [[], ['../x']] },
  'history:read-named': {
    valid: ['abc', '2026-11-28T09-00-00.000Z-1'],
    malformed: [['abc'], ['abc', '../../secret'], ['abc', 'a/b'], ['abc', '..']],
  },
  'history:delete-named': {
    valid: ['abc', '2026-11-28T09-00-00.000Z-1'],
    malformed: [['abc'], ['abc', '..\\x'], [null, 'v']],
  },
  'library:start-next-session': {
    valid: [
      'abc',
      { dates: { kind: 'shift', days: 364 }, documents: 'empty', advanceSymbol: true },
    ],
    malformed: [
      ['abc'],
      ['abc', { dates: { kind: 'shift', days: 1.5 }, documents: 'empty', advanceSymbol: true }],
      ['abc', { dates: { kind: 'later' }, documents: 'empty', advanceSymbol: false }],
      ['abc', { dates: { kind: 'clear' }, documents: 'some', advanceSymbol: false }],
      ['../x', { dates: { kind: 'clear' }, documents: 'keep', advanceSymbol: false }],
    ],
  },
  'library:revise-issuance': {
    valid: ['abc', 'corrigendum'],
    malformed: [['abc'], ['abc', 'erratum'], [null, 'revision']],
  },
  'compare:export': {
    valid: [comparisonRequest],
    malformed: [
      [],
      [{ ...comparisonRequest, formats: [] }],
      [{ ...comparisonRequest, formats: ['md'] }],
      [{ ...comparisonRequest, formats: ['docx', 'docx'] }],
      [{ ...comparisonRequest, oldAgenda: {} }],
      [{ ...comparisonRequest, folder: '' }],
      [{ ...comparisonRequest, author: '' }],
    ],
  },
  'export:choose-folder': { valid: [], malformed: [['/etc']] },
  'export:list-recent-folders': { valid: [], malformed: [[5]] },
  'export:preview-file-names': {
    valid: [fileNamesRequest],
    malformed: [
      [],
      [{ ...fileNamesRequest, formats: ['exe'] }],
      [{ ...fileNamesRequest, formats: ['docx', 'docx'] }],
      [{ ...fileNamesRequest, naming: { ...fileNamesRequest.naming, language: 'de' } }],
      [{ ...fileNamesRequest, folder: '' }],
      [{ ...fileNamesRequest, baseName: 7 }],
    ],
  },
  'export:write-files': {
    valid: [exportRequest],
    malformed: [
      [],
      [{ ...exportRequest, formats: [] }],
      [{ ...exportRequest, formats: ['docx', 'rtf'] }],
      [{ ...exportRequest, paperSize: 'A3' }],
      [{ ...exportRequest, agenda: {} }],
      [{ ...exportRequest, folder: 42 }],
      [{ ...exportRequest, replace: 'all' }],
      [{ ...exportRequest, folder: undefined }],
    ],
  },
};

function recordingTable(): { table: HandlerTable; calls: string[] } {
  const calls: string[] = [];
  const table = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      vi.fn((...args: unknown[]) => {
        calls.push(channel);
        return Promise.resolve(args.length === 0 ? 'value' : null);
      }),
    ]),
  ) as unknown as HandlerTable;
  return { table, calls };
}

describe('dispatch over the handler table', () => {
  it('has cases for every registered channel', () => {
    expect(Object.keys(CASES).sort()).toEqual([...CHANNELS].sort());
  });

  it.each(CHANNELS)('%s accepts a well-formed request', async (channel) => {
    const { table, calls } = recordingTable();
    const result = await dispatch(table, channel, CASES[channel].valid, true);
    expect(result.ok).toBe(true);
    expect(calls).toEqual([channel]);
  });

  it.each(CHANNELS)(
    '%s rejects every malformed payload without calling the handler',
    async (channel) => {
      const { table, calls } = recordingTable();
      for (const args of [...CASES[channel].malformed, undefined, 'not a list', { 0: 'x' }]) {
        const result = await dispatch(table, channel, args, true);
        expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      }
      expect(calls).toEqual([]);
    },
  );

  it.each(CHANNELS)('%s rejects a sender that is not one of our windows', async (channel) => {
    const { table, calls } = recordingTable();
    const result = await dispatch(table, channel, CASES[channel].valid, false);
    expect(result).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    expect(calls).toEqual([]);
  });

  it('refuses unknown channels, including inherited property names', async () => {
    const { table } = recordingTable();
    for (const channel of ['agenda:format-disk', 'constructor', '__proto__', 'toString']) {
      expect(await dispatch(table, channel, [], true)).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
    }
  });

  it('turns handler errors into messages, never into crashes', async () => {
    const { table } = recordingTable();
    table['agenda:load'] = () =>
      Promise.reject(new AgendumError('not-found', 'This agenda is no longer in the library.'));
    table['library:list'] = () => Promise.reject(new Error('boom'));
    expect(await dispatch(table, 'agenda:load', ['abc'], true)).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'This agenda is no longer in the library.' },
    });
    expect(await dispatch(table, 'library:list', [], true)).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('boom') as unknown },
    });
  });
});

describe('the API both transports build', () => {
  it('has one named method per operation and no generic invoke', async () => {
    const { table } = recordingTable();
    const api = createAgendumApi(
      (channel, ...args) => dispatch(table, channel, args, true) as never,
      () => () => undefined,
    );
    expect(Object.keys(api)).not.toContain('invoke');
    expect(await api.getAppInfo()).toBe('value');
    await expect(api.loadAgenda('not valid!')).rejects.toThrow(/Invalid request to agenda:load/);
  });

  it('passes on only menu commands it knows', () => {
    let deliver: (command: unknown) => void = () => undefined;
    const api = createAgendumApi(
      () => Promise.reject(new Error('unused')),
      (listener) => {
        deliver = listener;
        return () => undefined;
      },
    );
    const received: string[] = [];
    api.onMenuCommand((command) => received.push(command));
    deliver('undo');
    deliver('format-disk');
    deliver({ evil: true });
    expect(received).toEqual(['undo']);
  });
});
