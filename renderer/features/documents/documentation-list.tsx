import { type KeyboardEvent, memo, useLayoutEffect, useMemo, useRef } from 'react';
import { documentLabel } from '../../../shared/documents/document-lookup';
import { formatJointSymbol } from '../../../shared/documents/symbol-check';
import type { DocumentEntry } from '../../../shared/model/agenda';
import { AttachDocument } from './attach-document';
import { detach, moveInDocumentation } from './registry-edits';

interface DocumentationListProps {
  readonly itemId: string;
  /** The item's own documentIds, passed down so no list searches the tree for its item. */
  readonly documentIds: readonly string[];
  readonly reference: string;
  /** The agenda's registry, selected once by the tree rather than by each of its lists. */
  readonly registry: readonly DocumentEntry[];
}

/** The documents an item cites, in its order; each entry is the registry's own object. */
function citedDocuments(
  registry: readonly DocumentEntry[],
  ids: readonly string[],
): DocumentEntry[] {
  if (ids.length === 0) return NO_DOCUMENTS;
  const byId = documentsById(registry);
  return ids.flatMap((id) => byId.get(id) ?? []);
}

const NO_DOCUMENTS: DocumentEntry[] = [];

/**
 * Every list on screen (thousands in a long agenda) looks its documents up at
 * each edit; one index per registry keeps that lookup constant-time.
 */
const indexes = new WeakMap<readonly DocumentEntry[], ReadonlyMap<string, DocumentEntry>>();
function documentsById(documents: readonly DocumentEntry[]): ReadonlyMap<string, DocumentEntry> {
  let index = indexes.get(documents);
  if (!index) {
    index = new Map(documents.map((document) => [document.id, document]));
    indexes.set(documents, index);
  }
  return index;
}

type RowButton = 'up' | 'down' | 'remove';

/** Where the focus goes once the list has been redrawn after a move or a removal. */
interface PendingFocus {
  readonly documentId: string | null;
  readonly button: RowButton;
}

/**
 * A new registry (a document added or corrected) redraws only the lists that
 * cite a document it changed, as the user sees them: the others keep their
 * entries, object for object.
 */
function sameList(previous: DocumentationListProps, next: DocumentationListProps): boolean {
  if (
    previous.itemId !== next.itemId ||
    previous.reference !== next.reference ||
    previous.documentIds !== next.documentIds
  ) {
    return false;
  }
  if (previous.registry === next.registry) return true;
  const before = documentsById(previous.registry);
  const after = documentsById(next.registry);
  return next.documentIds.every((id) => before.get(id) === after.get(id));
}

/** The "Documentation" of an item or sub-item: title, then symbol in parentheses. */
export const DocumentationList = memo(function DocumentationList({
  itemId,
  documentIds,
  reference,
  registry,
}: DocumentationListProps) {
  const documents = useMemo(() => citedDocuments(registry, documentIds), [registry, documentIds]);
  const list = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<PendingFocus | null>(null);

  useLayoutEffect(() => {
    const pending = pendingFocus.current;
    if (!pending || !list.current) return;
    pendingFocus.current = null;
    const row =
      pending.documentId === null
        ? null
        : list.current.querySelector(`[data-document-id="${CSS.escape(pending.documentId)}"]`);
    const enabled = (button: RowButton) =>
      row?.querySelector<HTMLButtonElement>(`[data-row-button="${button}"]:not(:disabled)`);
    // A move button that has just become disabled hands the focus to the other one.
    const target =
      enabled(pending.button) ??
      enabled(pending.button === 'up' ? 'down' : 'up') ??
      list.current.querySelector<HTMLInputElement>('[role="combobox"]');
    target?.focus();
  });

  /** Moves an entry; the focus stays on the button it was on, now in the entry's new place. */
  const move = (document: DocumentEntry, index: number, step: -1 | 1, button: RowButton) => {
    const to = index + step;
    if (to < 0 || to >= documents.length) return;
    pendingFocus.current = { documentId: document.id, button };
    moveInDocumentation(itemId, document.id, to);
  };

  const remove = (document: DocumentEntry, index: number) => {
    const next = documents[index + 1] ?? documents[index - 1];
    pendingFocus.current = { documentId: next?.id ?? null, button: 'remove' };
    detach(itemId, document.id);
  };

  /** Alt+↑ and Alt+↓ move the entry whose button has the focus, as in the agenda tree. */
  const onRowKeyDown = (event: KeyboardEvent, document: DocumentEntry, index: number) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const focused =
      event.target instanceof HTMLElement ? event.target.dataset.rowButton : undefined;
    const button = focused === 'up' || focused === 'down' ? focused : 'remove';
    move(document, index, event.key === 'ArrowUp' ? -1 : 1, button);
  };

  return (
    <div className="documentation" ref={list} data-documentation-of={itemId}>
      {documents.length > 0 && (
        <>
          {/* The list carries the name; this is the printed heading, for the eye. */}
          <div className="documentation__heading" aria-hidden="true">
            Documentation
          </div>
          <ol className="documentation__list" aria-label={`Documentation of ${reference}`}>
            {documents.map((document, index) => {
              const label = documentLabel(document);
              const symbol = formatJointSymbol(document.symbols);
              const where = `in the documentation of ${reference}`;
              return (
                <li
                  key={document.id}
                  className="documentation__entry"
                  data-document-id={document.id}
                  onKeyDown={(event) => onRowKeyDown(event, document, index)}
                >
                  <span className="documentation__citation">
                    {document.title}
                    {symbol ? ` (${symbol})` : ''}
                  </span>
                  {!symbol && <span className="badge">No symbol yet</span>}
                  <span className="documentation__actions">
                    <button
                      type="button"
                      data-row-button="up"
                      aria-label={`Move ${label} up ${where}`}
                      title="Move up (Alt+↑)"
                      disabled={index === 0}
                      onClick={() => move(document, index, -1, 'up')}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      data-row-button="down"
                      aria-label={`Move ${label} down ${where}`}
                      title="Move down (Alt+↓)"
                      disabled={index === documents.length - 1}
                      onClick={() => move(document, index, 1, 'down')}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      data-row-button="remove"
                      aria-label={`Remove ${label} from the documentation of ${reference}`}
                      title="Remove from this item (the document stays in the registry)"
                      onClick={() => remove(document, index)}
                    >
                      ✕
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
        </>
      )}
      <AttachDocument itemId={itemId} reference={reference} />
    </div>
  );
}, sameList);
