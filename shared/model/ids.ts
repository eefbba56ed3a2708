/** A new stable id for an item, paragraph, document, slot or agenda. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}
