import type { Agenda } from './agenda';

/**
 * The bytes of a `.agendum` file: indented JSON with a final newline, so that
 * a file on a shared drive is readable and a round trip gives the same bytes.
 */
export function serializeAgenda(agenda: Agenda): string {
  return `${JSON.stringify(agenda, null, 2)}\n`;
}
