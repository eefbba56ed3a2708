import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../../electron/cli/agendum';
import { serializeAgenda } from '../../../../shared/model/serialize';
import { seedAgendaWith } from '../../shared/export/support/seed-document';
import { fakeIo } from './fake-io';

const SEED = resolve(import.meta.dirname, '../../../fixtures/ctoc-wg2-2012.agendum');

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'agendum-cli-validate-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('agendum validate', () => {
  it('passes the seed, with the planner’s note that item 8 comes early', async () => {
    const io = fakeIo();
    expect(await main(['validate', SEED], io)).toBe(0);
    expect(io.out).toEqual([
      'ctoc-wg2-2012.agendum: information (planner): Item 8 is taken up on Wednesday, 17 October, before items 6 and 7.',
      'ctoc-wg2-2012.agendum: valid: 0 errors, 0 warnings, 1 note',
    ]);
    expect(io.err).toEqual([]);
  });

  it('lists every schema error with its path, and exits 1', async () => {
    const file = join(folder, 'broken.agendum');
    const agenda = JSON.parse(serializeAgenda(seedAgendaWith(() => undefined))) as Record<
      string,
      unknown
    >;
    const items = agenda['items'] as Record<string, unknown>[];
    (items[1] as Record<string, unknown>)['title'] = 42;
    (agenda['header'] as Record<string, unknown>)['distribution'] = 'Secret';
    await writeFile(file, JSON.stringify(agenda));
    const io = fakeIo();
    expect(await main(['validate', file], io)).toBe(1);
    expect(io.out).toEqual([
      'broken.agendum: error (schema): at header.distribution: Invalid option: expected one of "General"|"Limited"|"Restricted"',
      'broken.agendum: error (schema): at items.1.title: Invalid input: expected string, received number',
      'broken.agendum: not valid: 2 errors, 0 warnings',
    ]);
  });

  it('reports the symbol checker’s and the planner’s findings on a valid file', async () => {
    const file = join(folder, 'draft.agendum');
    const agenda = seedAgendaWith((draft) => {
      draft.header.symbol = 'ctoc/COP/WG.2/2012/1';
      const [first] = draft.documents;
      if (first) first.symbols = ['CTOC/COP//2012/10'];
      draft.organization.days = [];
    });
    await writeFile(file, serializeAgenda(agenda));
    const io = fakeIo();
    expect(await main(['validate', file], io)).toBe(1);
    const lines = io.out.join('\n');
    expect(lines).toMatch(
      /error \(symbol\): the agenda's symbol ctoc\/COP\/WG\.2\/2012\/1: component 1 "ctoc" is in lower case/,
    );
    expect(lines).toMatch(
      /error \(documents\): document ".*": CTOC\/COP\/\/2012\/10: component 3 is empty/,
    );
    expect(lines).toContain(
      'draft.agendum: warning (planner): Item 1 is not taken up in the organization of work.',
    );
    expect(io.out.at(-1)).toMatch(/^draft\.agendum: not valid: 2 errors, 8 warnings$/);
  });

  it('gives a one-line error for a missing file, a file that is not JSON, or a newer format', async () => {
    const notJson = join(folder, 'notes.agendum');
    await writeFile(notJson, '1. Opening of the meeting');
    const newer = join(folder, 'newer.agendum');
    await writeFile(newer, JSON.stringify({ schemaVersion: 99 }));
    for (const [file, message] of [
      [
        join(folder, 'missing.agendum'),
        /cannot read .*missing\.agendum: the file or folder is no longer there \(ENOENT\)$/,
      ],
      [notJson, /notes\.agendum is not an Agendum file: it is not valid JSON$/],
      [newer, /newer\.agendum cannot be read: it was made by a newer version of Agendum/],
    ] as const) {
      const io = fakeIo();
      expect(await main(['validate', file], io)).toBe(1);
      expect(io.err).toHaveLength(1);
      expect(io.err[0]).toMatch(message);
      expect(io.out).toEqual([]);
    }
  });

  it('asks for the file when none is given', async () => {
    const io = fakeIo();
    expect(await main(['validate'], io)).toBe(1);
    expect(io.err).toEqual([
      'agendum validate: give the .agendum file to check: agendum validate <file.agendum>',
    ]);
  });
});
