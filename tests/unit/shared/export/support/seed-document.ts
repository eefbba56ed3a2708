import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AgendaSchema, type Agenda } from '../../../../../shared/model/agenda';

const FIXTURES = join(import.meta.dirname, '../../../../fixtures');

/** The seed agenda in the native format. */
export function loadSeedAgenda(): Agenda {
  return AgendaSchema.parse(
    JSON.parse(readFileSync(join(FIXTURES, 'ctoc-wg2-2012.agendum'), 'utf8')),
  );
}

/**
 * The real 2012 document as Markdown; a copy of shared/seed beside the
 * fixture, so the tests do not reach outside the repository.
 */
export function loadSeedMarkdown(): string {
  return readFileSync(join(FIXTURES, 'provisional-agenda-ctoc-wg2-2012.md'), 'utf8');
}

/** A deep copy of the seed to change in a test. */
export function seedAgendaWith(change: (agenda: Agenda) => void): Agenda {
  const agenda = structuredClone(loadSeedAgenda());
  change(agenda);
  return agenda;
}

/** The seed with its two days of meetings repeated over ten days: an annex of several pages. */
export function seedAgendaWithLongAnnex(): Agenda {
  return seedAgendaWith((agenda) => {
    const [first, second] = agenda.organization.days;
    if (!first || !second) throw new Error('the seed has two meeting days');
    agenda.organization.days = Array.from({ length: 10 }, (_, index) => {
      const template = index % 2 === 0 ? first : second;
      const day = String(17 + index).padStart(2, '0');
      return {
        date: `2012-10-${day}`,
        slots: template.slots.map((slot) => ({
          ...slot,
          id: `${slot.id}-${day}`,
          entries: slot.entries.map((entry) => ({ ...entry, id: `${entry.id}-${day}` })),
        })),
      };
    });
  });
}
