import type { Agenda, AgendaItem, SubItem } from '../model/agenda';
import { newId } from '../model/ids';

/**
 * Pure edits of the agenda tree. Each returns a new agenda and shares every
 * untouched item with the old one, so that undo is cheap and React re-renders
 * only what changed.
 */

export type ItemPatch = Partial<
  Pick<AgendaItem, 'title' | 'annotationHeading' | 'annotations' | 'documentIds'>
>;

export function newSubItem(title = ''): SubItem {
  return { id: newId(), title, annotationHeading: null, annotations: [], documentIds: [] };
}

export function newItem(title = ''): AgendaItem {
  return { ...newSubItem(title), subItems: [] };
}

/** Inserts a new item at `index` (the end when omitted); returns the agenda and the item's id. */
export function insertItem(
  agenda: Agenda,
  index = agenda.items.length,
  title = '',
): [Agenda, string] {
  const item = newItem(title);
  const items = [...agenda.items];
  items.splice(Math.max(0, Math.min(index, items.length)), 0, item);
  return [{ ...agenda, items }, item.id];
}

export function insertSubItem(
  agenda: Agenda,
  parentId: string,
  index?: number,
  title = '',
): [Agenda, string] {
  const subItem = newSubItem(title);
  return [
    mapItem(agenda, parentId, (item) => {
      const subItems = [...item.subItems];
      subItems.splice(index ?? subItems.length, 0, subItem);
      return { ...item, subItems };
    }),
    subItem.id,
  ];
}

/** Applies a patch to the item or sub-item with this id. */
export function updateEntry(agenda: Agenda, id: string, patch: ItemPatch): Agenda {
  const items = agenda.items.map((item) => {
    if (item.id === id) return { ...item, ...patch };
    if (!item.subItems.some((subItem) => subItem.id === id)) return item;
    return {
      ...item,
      subItems: item.subItems.map((subItem) =>
        subItem.id === id ? { ...subItem, ...patch } : subItem,
      ),
    };
  });
  return { ...agenda, items };
}

/** Removes an item or sub-item, and every entry of the organization of work that names it. */
export function removeEntry(agenda: Agenda, id: string): Agenda {
  const removed = new Set([id]);
  const items: AgendaItem[] = [];
  for (const item of agenda.items) {
    if (item.id === id) {
      item.subItems.forEach((subItem) => removed.add(subItem.id));
      continue;
    }
    items.push(
      item.subItems.some((subItem) => subItem.id === id)
        ? { ...item, subItems: item.subItems.filter((subItem) => subItem.id !== id) }
        : item,
    );
  }
  return withoutScheduleEntries({ ...agenda, items }, removed);
}

function withoutScheduleEntries(agenda: Agenda, itemIds: ReadonlySet<string>): Agenda {
  const scheduled = agenda.organization.days.some((day) =>
    day.slots.some((slot) => slot.entries.some((entry) => itemIds.has(entry.itemId))),
  );
  if (!scheduled) return agenda;
  const days = agenda.organization.days.map((day) => ({
    ...day,
    slots: day.slots.map((slot) => ({
      ...slot,
      entries: slot.entries.filter((entry) => !itemIds.has(entry.itemId)),
    })),
  }));
  return { ...agenda, organization: { days } };
}

/** Moves an item, or a sub-item within its item, by `delta` places; stops at the ends. */
export function moveEntry(agenda: Agenda, id: string, delta: number): Agenda {
  const itemIndex = agenda.items.findIndex((item) => item.id === id);
  if (itemIndex >= 0)
    return { ...agenda, items: moved(agenda.items, itemIndex, itemIndex + delta) };
  return {
    ...agenda,
    items: agenda.items.map((item) => {
      const subIndex = item.subItems.findIndex((subItem) => subItem.id === id);
      if (subIndex < 0) return item;
      return { ...item, subItems: moved(item.subItems, subIndex, subIndex + delta) };
    }),
  };
}

/** Moves an item to a new index among the items (drag and drop). */
export function moveItemTo(agenda: Agenda, id: string, targetIndex: number): Agenda {
  const from = agenda.items.findIndex((item) => item.id === id);
  if (from < 0) return agenda;
  return { ...agenda, items: moved(agenda.items, from, targetIndex) };
}

function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(to, list.length - 1));
  const copy = [...list];
  if (target === from) return copy;
  const [entry] = copy.splice(from, 1);
  if (entry !== undefined) copy.splice(target, 0, entry);
  return copy;
}

/**
 * Makes an item a sub-item of the item above it. An item that has sub-items
 * of its own cannot be indented: the agenda has two levels only.
 */
export function indentItem(agenda: Agenda, id: string): Agenda {
  const index = agenda.items.findIndex((item) => item.id === id);
  const item = agenda.items[index];
  const above = agenda.items[index - 1];
  if (!item || !above || item.subItems.length > 0) return agenda;
  const { subItems: _none, ...fields } = item;
  const items = [...agenda.items];
  items.splice(index - 1, 2, { ...above, subItems: [...above.subItems, fields] });
  return { ...agenda, items };
}

/**
 * Makes a sub-item an item placed right after its parent; the sub-items that
 * followed it become its own sub-items, as in an outliner.
 */
export function outdentSubItem(agenda: Agenda, id: string): Agenda {
  const parentIndex = agenda.items.findIndex((item) => item.subItems.some((s) => s.id === id));
  const parent = agenda.items[parentIndex];
  if (!parent) return agenda;
  const subIndex = parent.subItems.findIndex((subItem) => subItem.id === id);
  const subItem = parent.subItems[subIndex];
  if (!subItem) return agenda;
  const promoted: AgendaItem = { ...subItem, subItems: parent.subItems.slice(subIndex + 1) };
  const items = [...agenda.items];
  items.splice(
    parentIndex,
    1,
    { ...parent, subItems: parent.subItems.slice(0, subIndex) },
    promoted,
  );
  return { ...agenda, items };
}

/** The item or sub-item with this id. */
export function findEntry(agenda: Agenda, id: string): AgendaItem | SubItem | undefined {
  for (const item of agenda.items) {
    if (item.id === id) return item;
    const subItem = item.subItems.find((candidate) => candidate.id === id);
    if (subItem) return subItem;
  }
  return undefined;
}

function mapItem(agenda: Agenda, id: string, change: (item: AgendaItem) => AgendaItem): Agenda {
  return { ...agenda, items: agenda.items.map((item) => (item.id === id ? change(item) : item)) };
}
