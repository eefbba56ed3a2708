import {
  type DocumentDraft,
  type RegistryRefusal,
  type RegistryResult,
  addDocument,
  attachDocument,
  deleteDocument,
  detachDocument,
  moveDocumentation,
  updateDocument,
} from '../../../shared/documents/registry';
import type { Agenda } from '../../../shared/model/agenda';
import { newId } from '../../../shared/model/ids';
import { agendaActions } from '../agenda/agenda-store';

/**
 * The registry operations of shared/documents/registry.ts as edits of the open
 * agenda: each is one undo step, and a refusal comes back as a value for the
 * view to show instead of an unchanged agenda nobody explains.
 */
function editRegistry(operation: (agenda: Agenda) => RegistryResult): RegistryRefusal | null {
  let refusal: RegistryRefusal | null = null;
  agendaActions.edit((agenda) => {
    const result = operation(agenda);
    if (result.ok) return result.agenda;
    refusal = result.refusal;
    return agenda;
  });
  return refusal;
}

/** Adds a document to the registry and, when an item is given, to its documentation list. */
export function createDocument(draft: DocumentDraft, itemId?: string): RegistryRefusal | null {
  const entry = { id: newId(), ...draft };
  return editRegistry((agenda) => {
    const added = addDocument(agenda, entry);
    if (!added.ok || itemId === undefined) return added;
    return attachDocument(added.agenda, itemId, entry.id);
  });
}

export function saveDocument(documentId: string, draft: DocumentDraft): RegistryRefusal | null {
  return editRegistry((agenda) => updateDocument(agenda, documentId, draft));
}

export function removeDocument(documentId: string): RegistryRefusal | null {
  return editRegistry((agenda) => deleteDocument(agenda, documentId));
}

export function attach(itemId: string, documentId: string): RegistryRefusal | null {
  return editRegistry((agenda) => attachDocument(agenda, itemId, documentId));
}

export function detach(itemId: string, documentId: string): RegistryRefusal | null {
  return editRegistry((agenda) => detachDocument(agenda, itemId, documentId));
}

export function moveInDocumentation(
  itemId: string,
  documentId: string,
  toIndex: number,
): RegistryRefusal | null {
  return editRegistry((agenda) => moveDocumentation(agenda, itemId, documentId, toIndex));
}
