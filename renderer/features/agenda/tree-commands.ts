import {
  indentItem,
  insertItem,
  insertSubItem,
  moveEntry,
  moveItemTo,
  outdentSubItem,
  removeEntry,
} from '../../../shared/agenda/tree-edits';
import { agendaActions } from './agenda-store';

/** Commands on the agenda tree, shared by buttons, keys and drag and drop. */

/** Focus an entry's title once React has drawn it (after an add, a move, an indent). */
export function focusTitleLater(id: string): void {
  requestAnimationFrame(() => document.getElementById(`title-${id}`)?.focus());
}

export function addItem(index?: number): void {
  agendaActions.edit((agenda) => {
    const [next, id] = insertItem(agenda, index);
    focusTitleLater(id);
    return next;
  });
}

export function addSubItem(parentId: string, index?: number): void {
  agendaActions.edit((agenda) => {
    const [next, id] = insertSubItem(agenda, parentId, index);
    focusTitleLater(id);
    return next;
  });
}

export function moveBy(id: string, delta: number): void {
  agendaActions.edit((agenda) => moveEntry(agenda, id, delta));
  focusTitleLater(id);
}

export function moveItemToIndex(id: string, index: number): void {
  agendaActions.edit((agenda) => moveItemTo(agenda, id, index));
}

export function indent(id: string): void {
  agendaActions.edit((agenda) => indentItem(agenda, id));
  focusTitleLater(id);
}

export function outdent(id: string): void {
  agendaActions.edit((agenda) => outdentSubItem(agenda, id));
  focusTitleLater(id);
}

export function remove(id: string): void {
  agendaActions.edit((agenda) => removeEntry(agenda, id));
}
