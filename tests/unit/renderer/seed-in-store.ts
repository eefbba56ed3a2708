import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AgendaSchema, type Agenda } from '../../../shared/model/agenda';
import { agendaActions } from '../../../renderer/features/agenda/agenda-store';

export const SEED: Agenda = AgendaSchema.parse(
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../fixtures/ctoc-wg2-2012.agendum'), 'utf8'),
  ),
);

/**
 * The disk as far as the store needs it: the seed to open, saves that succeed.
 * Any other call answers null, so that a test does not depend on the rest of the API.
 */
const FAKE_API = new Proxy(
  {},
  {
    get: (_target, method) => () => {
      switch (method) {
        case 'loadAgenda':
          return Promise.resolve(SEED);
        case 'saveAgenda':
          return Promise.resolve({ savedAt: new Date().toISOString() });
        case 'openForEditing':
          return Promise.resolve({ readOnly: false });
        default:
          return Promise.resolve(null);
      }
    },
  },
);

/** The seed open in the renderer's store, as the editor holds it (a jsdom test's window). */
export async function openSeedInStore(): Promise<void> {
  Object.defineProperty(window, 'agendum', { value: FAKE_API, configurable: true });
  await agendaActions.open(SEED.id);
}
