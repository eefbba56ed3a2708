import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AgendaSchema, CURRENT_SCHEMA_VERSION } from '../../../../shared/model/agenda';
import {
  AGENDA_MIGRATIONS,
  type AgendaMigration,
  migrateAgendaDocument,
  migrationListProblems,
} from '../../../../shared/model/migrations';
import { FAKE_MIGRATIONS, formatZeroOf } from './fake-migrations';

const seed = JSON.parse(
  readFileSync(new URL('../../../fixtures/ctoc-wg2-2012.agendum', import.meta.url), 'utf8'),
) as Record<string, unknown> & { meeting: Record<string, unknown> };

describe('AGENDA_MIGRATIONS', () => {
  it('is an ordered list that reaches the current format, each with a one-line reason', () => {
    expect(migrationListProblems(AGENDA_MIGRATIONS)).toEqual([]);
    expect(migrationListProblems(FAKE_MIGRATIONS)).toEqual([]);
  });

  it('finds a gap, a step past the current format and a missing reason', () => {
    const step = (from: number, reason = 'why'): AgendaMigration => ({
      from,
      name: `m${from}`,
      reason,
      migrate: (document) => document,
    });
    expect(migrationListProblems([step(0), step(2)], 3)).toEqual(['m2 does not follow m0']);
    expect(migrationListProblems([step(0), step(1)], 1)).toEqual([
      'm1 starts at or after the current format',
      'the last migration, m1, does not reach the current format',
    ]);
    expect(migrationListProblems([step(0, '')], 1)).toEqual(['m0 needs a one-line reason']);
  });
});

describe('migrateAgendaDocument', () => {
  it('brings a file of every earlier format up to the current one', () => {
    const original = formatZeroOf(seed);
    const frozen = structuredClone(original);
    const outcome = migrateAgendaDocument(original, FAKE_MIGRATIONS, 1);
    expect(outcome).toMatchObject({
      status: 'migrated',
      fromVersion: 0,
      applied: ['meeting-name-becomes-title'],
    });
    if (outcome.status !== 'migrated') return;
    expect(AgendaSchema.parse(outcome.document)).toEqual(seed);
    // The document as read is left as it was: the caller keeps it as the backup.
    expect(original).toEqual(frozen);
  });

  it('passes a current file through untouched', () => {
    expect(migrateAgendaDocument(seed)).toEqual({ status: 'current', document: seed });
    expect(migrateAgendaDocument([1, 2])).toEqual({ status: 'current', document: [1, 2] });
  });

  it('refuses a newer format, saying it was made by a newer version of Agendum', () => {
    const outcome = migrateAgendaDocument({ ...seed, schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    expect(outcome.status).toBe('newer');
    if (outcome.status === 'newer') {
      expect(outcome.message).toMatch(/made by a newer version of Agendum/);
      expect(outcome.version).toBe(CURRENT_SCHEMA_VERSION + 1);
    }
  });

  it('refuses what it cannot convert, with the reason', () => {
    expect(migrateAgendaDocument(formatZeroOf(seed))).toEqual({
      status: 'refused',
      message: 'it is in format 0, which this version of Agendum cannot convert',
    });
    for (const version of ['1', 1.5, -1, null, {}]) {
      expect(migrateAgendaDocument({ ...seed, schemaVersion: version }).status).toBe('refused');
    }
    const failing: AgendaMigration = {
      from: 0,
      name: 'explodes',
      reason: 'test',
      migrate: () => {
        throw new Error('no meeting');
      },
    };
    expect(migrateAgendaDocument(formatZeroOf(seed), [failing], 1)).toEqual({
      status: 'refused',
      message: 'converting it from format 0 failed (explodes: no meeting)',
    });
  });
});
