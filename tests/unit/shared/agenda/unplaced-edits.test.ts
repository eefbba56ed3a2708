import { describe, expect, it } from 'vitest';
import { type Agenda, AgendaSchema } from '../../../../shared/model/agenda';
import { createAgenda } from '../../../../shared/model/templates';
import { insertItem, insertSubItem } from '../../../../shared/agenda/tree-edits';
import { insertParagraph } from '../../../../shared/agenda/annotation-edits';
import { discardUnplaced, moveUnplacedToItem } from '../../../../shared/agenda/unplaced-edits';

function importedAgenda() {
  const [withItem, itemId] = insertItem(createAgenda('blank'), 0, 'Organizational matters');
  const [withSubItem, subItemId] = insertSubItem(withItem, itemId, 0, 'Adoption of the agenda');
  const [withParagraph] = insertParagraph(withSubItem, itemId, 0, [{ text: 'Existing.' }]);
  const agenda: Agenda = {
    ...withParagraph,
    unplaced: [
      { id: 'u1', text: '  The session will open at 10 a.m.  ', source: 'line 4', reason: 'r1' },
      { id: 'u2', text: 'Footnote text', source: 'line 9', reason: 'a footnote' },
    ],
  };
  return { agenda, itemId, subItemId };
}

describe('unplaced text', () => {
  it('moves a piece to the end of an item’s annotations and out of the list', () => {
    const { agenda, itemId } = importedAgenda();
    const moved = moveUnplacedToItem(agenda, 'u1', itemId);
    const item = moved.items[0];
    expect(item?.annotations.map((paragraph) => paragraph.runs)).toEqual([
      [{ text: 'Existing.' }],
      [{ text: 'The session will open at 10 a.m.' }],
    ]);
    expect(moved.unplaced?.map((piece) => piece.id)).toEqual(['u2']);
    expect(agenda.unplaced).toHaveLength(2);
    expect(AgendaSchema.safeParse(moved).success).toBe(true);
  });

  it('moves a piece into a sub-item', () => {
    const { agenda, subItemId } = importedAgenda();
    const moved = moveUnplacedToItem(agenda, 'u2', subItemId);
    expect(moved.items[0]?.subItems[0]?.annotations[0]?.runs).toEqual([{ text: 'Footnote text' }]);
  });

  it('discards a piece; the list goes when empty', () => {
    const { agenda } = importedAgenda();
    const once = discardUnplaced(agenda, 'u2');
    expect(once.unplaced?.map((piece) => piece.id)).toEqual(['u1']);
    const twice = discardUnplaced(once, 'u1');
    expect('unplaced' in twice).toBe(false);
    expect(twice.items).toBe(agenda.items);
  });

  it('leaves the agenda as it is for an unknown piece or item', () => {
    const { agenda, itemId } = importedAgenda();
    expect(moveUnplacedToItem(agenda, 'nope', itemId)).toBe(agenda);
    expect(moveUnplacedToItem(agenda, 'u1', 'no-item')).toBe(agenda);
    expect(discardUnplaced(agenda, 'nope')).toBe(agenda);
  });
});
