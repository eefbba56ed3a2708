import type { Agenda } from '../model/agenda';
import { newId } from '../model/ids';
import { findEntry, updateEntry } from './tree-edits';

/**
 * Pure edits of an imported agenda's "Unplaced text": a piece moved by hand
 * into an item's annotations, or discarded. Either way it leaves the list;
 * the list itself goes when it is empty.
 */

function withoutUnplaced(agenda: Agenda, unplacedId: string): Agenda {
  const unplaced = (agenda.unplaced ?? []).filter((piece) => piece.id !== unplacedId);
  if (unplaced.length > 0) return { ...agenda, unplaced };
  const rest: Agenda = { ...agenda };
  delete rest.unplaced;
  return rest;
}

/** Adds the piece as the last paragraph of the item's (or sub-item's) annotations. */
export function moveUnplacedToItem(agenda: Agenda, unplacedId: string, itemId: string): Agenda {
  const piece = agenda.unplaced?.find((candidate) => candidate.id === unplacedId);
  const entry = findEntry(agenda, itemId);
  if (!piece || !entry) return agenda;
  const text = piece.text.trim();
  const annotations = [...entry.annotations, { id: newId(), runs: text === '' ? [] : [{ text }] }];
  return withoutUnplaced(updateEntry(agenda, itemId, { annotations }), unplacedId);
}

export function discardUnplaced(agenda: Agenda, unplacedId: string): Agenda {
  if (!agenda.unplaced?.some((piece) => piece.id === unplacedId)) return agenda;
  return withoutUnplaced(agenda, unplacedId);
}
