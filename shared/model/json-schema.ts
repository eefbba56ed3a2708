import { z } from 'zod';
import { AgendaSchema } from './agenda';

/** The JSON Schema of `.agendum` files, generated from the runtime schema. */
export function agendaJsonSchema(): string {
  const schema = z.toJSONSchema(AgendaSchema, { target: 'draft-2020-12' });
  const published = {
    ...schema,
    title: 'Agendum provisional agenda and annotations (.agendum)',
  };
  return `${JSON.stringify(published, null, 2)}\n`;
}
