/**
 * What the planner's drag and drop carries. Types of our own, never
 * text/plain, so that a drop into a text field elsewhere inserts nothing.
 */
export const ENTRY_DRAG_TYPE = 'application/x-agendum-schedule-entry';
export const ITEM_DRAG_TYPE = 'application/x-agendum-schedule-item';

export type PlannerDrag =
  | { readonly kind: 'entry'; readonly entryId: string }
  | { readonly kind: 'item'; readonly itemId: string };

/** During dragover only the types can be read, not the data. */
export function carriesPlannerDrag(data: DataTransfer, kinds: readonly PlannerDrag['kind'][]) {
  return kinds.some((kind) =>
    data.types.includes(kind === 'entry' ? ENTRY_DRAG_TYPE : ITEM_DRAG_TYPE),
  );
}

export function startPlannerDrag(data: DataTransfer, drag: PlannerDrag): void {
  if (drag.kind === 'entry') data.setData(ENTRY_DRAG_TYPE, drag.entryId);
  else data.setData(ITEM_DRAG_TYPE, drag.itemId);
  data.effectAllowed = 'move';
}

export function readPlannerDrag(data: DataTransfer): PlannerDrag | null {
  const entryId = data.getData(ENTRY_DRAG_TYPE);
  if (entryId) return { kind: 'entry', entryId };
  const itemId = data.getData(ITEM_DRAG_TYPE);
  if (itemId) return { kind: 'item', itemId };
  return null;
}

/** The drop position in a list: before the first row whose middle is below the pointer. */
export function dropIndexAt(list: HTMLElement, clientY: number): number {
  const rows = [...list.querySelectorAll<HTMLElement>('[data-drop-row]')];
  const index = rows.findIndex((row) => {
    const box = row.getBoundingClientRect();
    return clientY < box.top + box.height / 2;
  });
  return index === -1 ? rows.length : index;
}
