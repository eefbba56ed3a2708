import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Agenda, AgendaSchema } from '../../../../shared/model/agenda';
import {
  findEntry,
  indentItem,
  insertItem,
  insertSubItem,
  moveEntry,
  moveItemTo,
  outdentSubItem,
  removeEntry,
  updateEntry,
} from '../../../../shared/agenda/tree-edits';

const seed: Agenda = AgendaSchema.parse(
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../fixtures/ctoc-wg2-2012.agendum'), 'utf8'),
  ),
);
const ids = (agenda: Agenda) => agenda.items.map((item) => item.id);

describe('edits of the agenda tree', () => {
  it('inserts items and sub-items where asked', () => {
    const [withItem, itemId] = insertItem(seed, 2, 'New item');
    expect(withItem.items[2]?.id).toBe(itemId);
    expect(withItem.items).toHaveLength(9);
    const [withSub, subId] = insertSubItem(withItem, 'item-1', 1);
    expect(withSub.items[0]?.subItems.map((subItem) => subItem.id)).toEqual([
      'item-1a',
      subId,
      'item-1b',
    ]);
    expect(AgendaSchema.safeParse(withSub).success).toBe(true);
  });

  it('moves an item by one place and stops at the ends', () => {
    expect(ids(moveEntry(seed, 'item-3', 1)).slice(1, 5)).toEqual([
      'item-2',
      'item-4',
      'item-3',
      'item-5',
    ]);
    expect(ids(moveEntry(seed, 'item-1', -1))).toEqual(ids(seed));
    const subs = moveEntry(seed, 'item-1b', -1).items[0]?.subItems.map((subItem) => subItem.id);
    expect(subs).toEqual(['item-1b', 'item-1a']);
  });

  it('moves item 3 below item 5 and back', () => {
    const moved = moveItemTo(seed, 'item-3', 4);
    expect(ids(moved).slice(2, 5)).toEqual(['item-4', 'item-5', 'item-3']);
    expect(ids(moveItemTo(moved, 'item-3', 2))).toEqual(ids(seed));
  });

  it('indents an item under the one above and outdents it back', () => {
    const indented = indentItem(seed, 'item-3');
    expect(ids(indented)).not.toContain('item-3');
    expect(indented.items[1]?.subItems.map((subItem) => subItem.id)).toEqual(['item-3']);
    expect(AgendaSchema.safeParse(indented).success).toBe(true);
    const outdented = outdentSubItem(indented, 'item-3');
    expect(ids(outdented)).toEqual(ids(seed));
  });

  it('refuses to indent an item with sub-items, or the first item', () => {
    expect(indentItem(seed, 'item-1')).toBe(seed);
    const [withSub] = insertSubItem(seed, 'item-2');
    expect(indentItem(withSub, 'item-2')).toBe(withSub);
  });

  it('outdenting a sub-item takes the sub-items after it along', () => {
    const outdented = outdentSubItem(seed, 'item-1a');
    expect(ids(outdented).slice(0, 2)).toEqual(['item-1', 'item-1a']);
    expect(outdented.items[0]?.subItems).toEqual([]);
    expect(outdented.items[1]?.subItems.map((subItem) => subItem.id)).toEqual(['item-1b']);
  });

  it('removes an entry and its places in the organization of work', () => {
    const removed = removeEntry(seed, 'item-1');
    expect(ids(removed)).not.toContain('item-1');
    const scheduled = removed.organization.days.flatMap((day) =>
      day.slots.flatMap((slot) => slot.entries.map((entry) => entry.itemId)),
    );
    expect(scheduled).not.toContain('item-1a');
    expect(scheduled).not.toContain('item-1b');
    expect(scheduled).toContain('item-2');
  });

  it('updates a sub-item and shares every untouched item', () => {
    const updated = updateEntry(seed, 'item-1b', { title: 'Adoption of the agenda' });
    expect(findEntry(updated, 'item-1b')?.title).toBe('Adoption of the agenda');
    expect(updated.items[1]).toBe(seed.items[1]);
    expect(findEntry(seed, 'item-1b')?.title).toBe(
      'Adoption of the agenda and organization of work',
    );
  });
});
