import type { Agenda } from '../../../../../shared/model/agenda';

/**
 * An agenda with every id replaced by its position ("item-2", "item-1a",
 * "p3", "doc-1", "slot-2", "e4"), references rewritten to match, so that
 * an imported agenda compares with a fixture whatever ids either was given.
 */
export function withPositionalIds(agenda: Agenda): Agenda {
  const copy = structuredClone(agenda);
  const itemIds = new Map<string, string>();
  const documentIds = new Map<string, string>();
  let paragraph = 0;
  copy.documents.forEach((document, index) => {
    documentIds.set(document.id, `doc-${index + 1}`);
    document.id = `doc-${index + 1}`;
  });
  const renameDocuments = (ids: string[]): string[] => ids.map((id) => documentIds.get(id) ?? id);
  copy.items.forEach((item, itemIndex) => {
    const itemId = `item-${itemIndex + 1}`;
    itemIds.set(item.id, itemId);
    item.id = itemId;
    item.documentIds = renameDocuments(item.documentIds);
    item.annotations.forEach((entry) => (entry.id = `p${++paragraph}`));
    item.subItems.forEach((subItem, subItemIndex) => {
      const subItemId = `${itemId}${String.fromCharCode(97 + subItemIndex)}`;
      itemIds.set(subItem.id, subItemId);
      subItem.id = subItemId;
      subItem.documentIds = renameDocuments(subItem.documentIds);
      subItem.annotations.forEach((entry) => (entry.id = `p${++paragraph}`));
    });
  });
  let slot = 0;
  let entry = 0;
  for (const day of copy.organization.days) {
    for (const timeSlot of day.slots) {
      timeSlot.id = `slot-${++slot}`;
      for (const scheduled of timeSlot.entries) {
        scheduled.id = `e${++entry}`;
        scheduled.itemId = itemIds.get(scheduled.itemId) ?? scheduled.itemId;
      }
    }
  }
  copy.unplaced?.forEach((piece, index) => (piece.id = `u${index + 1}`));
  copy.id = 'agenda';
  return copy;
}
