import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Agenda } from '../../shared/model/agenda';

/** The seed document in the native format, as the e2e tests type it in. */
export const SEED: Agenda = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/ctoc-wg2-2012.agendum'), 'utf8'),
) as Agenda;
