import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AgendaSchema } from '../../../../shared/model/agenda';
import { serializeAgenda } from '../../../../shared/model/serialize';
import { createAgenda } from '../../../../shared/model/templates';
import { agendaJsonSchema } from '../../../../shared/model/json-schema';

const fixturePath = join(import.meta.dirname, '../../../fixtures/ctoc-wg2-2012.agendum');
const fixtureText = readFileSync(fixturePath, 'utf8');

describe('the agenda schema', () => {
  it('accepts the seed fixture, and serializes it back to the same bytes', () => {
    const agenda = AgendaSchema.parse(JSON.parse(fixtureText));
    expect(agenda.items).toHaveLength(8);
    expect(agenda.items[0]?.subItems.map((subItem) => subItem.title)).toEqual([
      'Opening of the meeting',
      'Adoption of the agenda and organization of work',
    ]);
    expect(serializeAgenda(agenda)).toBe(fixtureText);
  });

  it('accepts the agendas the templates create', () => {
    expect(AgendaSchema.safeParse(createAgenda('blank')).success).toBe(true);
    const standard = AgendaSchema.parse(createAgenda('standard'));
    expect(standard.items.map((item) => item.title)).toEqual([
      'Organizational matters',
      'Other matters',
      'Adoption of the report',
    ]);
  });

  it.each([
    ['a language that is not one of the six', ['header', 'originalLanguage'], 'de'],
    ['a distribution UN documents do not use', ['header', 'distribution'], 'Public'],
    ['a date not written YYYY-MM-DD', ['header', 'issueDate'], '31 July 2012'],
    ['a time not written HH:MM', ['organization', 'days', 0, 'slots', 0, 'start'], '10am'],
    ['an id with a slash', ['id'], 'a/b'],
    ['another schema version', ['schemaVersion'], 2],
  ])('rejects %s', (_label, path, value) => {
    const agenda = JSON.parse(fixtureText) as Record<string, unknown>;
    let target: Record<string | number, unknown> = agenda;
    for (const key of path.slice(0, -1)) target = target[key as string] as Record<string, unknown>;
    target[path.at(-1) as string] = value;
    expect(AgendaSchema.safeParse(agenda).success).toBe(false);
  });

  it('stores no numbers, letters or punctuation: they are derived', () => {
    const agenda = AgendaSchema.parse(JSON.parse(fixtureText));
    for (const item of agenda.items) {
      expect(item.title).not.toMatch(/^\d|[.:;]$/);
      for (const subItem of item.subItems) expect(subItem.title).not.toMatch(/^\(|[.:;]$/);
    }
  });

  it('is published as docs/agendum.schema.json, in step with the code', () => {
    const published = readFileSync(
      join(import.meta.dirname, '../../../../docs/agendum.schema.json'),
      'utf8',
    );
    expect(published).toBe(agendaJsonSchema());
  });
});
