import { Fragment, memo, useRef, useState } from 'react';
import {
  type DocumentCitation,
  describeCitations,
  documentLabel,
} from '../../../shared/documents/document-lookup';
import { describeRefusal } from '../../../shared/documents/registry';
import type { DocumentEntry } from '../../../shared/model/agenda';
import { DocumentForm, formValuesOf } from './document-form';
import { removeDocument, saveDocument } from './registry-edits';

export const DOCUMENT_COLUMNS = 5;

interface DocumentRowProps {
  readonly document: DocumentEntry;
  readonly citations: readonly DocumentCitation[];
  /** Said when a document is deleted, so that the user knows undo brings it back. */
  readonly onDeleted: (label: string) => void;
}

/** One document of the registry: shown, or edited in place. */
export const DocumentRow = memo(function DocumentRow({
  document,
  citations,
  onDeleted,
}: DocumentRowProps) {
  const [editing, setEditing] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const label = documentLabel(document);

  const stopEditing = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };

  if (editing) {
    return (
      <tr className="documents__row documents__row--editing">
        <td colSpan={DOCUMENT_COLUMNS}>
          <DocumentForm
            label={`Edit ${label}`}
            initial={formValuesOf(document)}
            documentId={document.id}
            submitLabel="Save"
            onSave={(draft) => {
              const refused = saveDocument(document.id, draft);
              if (!refused) stopEditing();
              return refused;
            }}
            onCancel={stopEditing}
          />
        </td>
      </tr>
    );
  }

  return (
    <Fragment>
      <tr className="documents__row">
        <td className="documents__symbol">
          {document.symbols.length === 0 ? (
            <span className="badge">No symbol yet</span>
          ) : (
            // A joint symbol may break after its hyphen, never inside a symbol.
            document.symbols.map((symbol, index) => (
              <Fragment key={index}>
                {index > 0 && (
                  <>
                    -<wbr />
                  </>
                )}
                <span className="documents__one-symbol">{symbol}</span>
              </Fragment>
            ))
          )}
        </td>
        <td className="documents__title">{document.title}</td>
        <td className="documents__kind">{document.kind ?? ''}</td>
        <td className="documents__citations">
          {citations.length === 0 ? (
            <span className="documents__uncited">not cited</span>
          ) : (
            describeCitations(citations)
          )}
        </td>
        <td className="documents__actions">
          <button
            type="button"
            ref={editButton}
            aria-label={`Edit ${label}`}
            onClick={() => {
              setRefusal(null);
              setEditing(true);
            }}
          >
            Edit
          </button>
          <button
            type="button"
            ref={deleteButton}
            aria-label={`Delete ${label}`}
            onClick={() => {
              const refused = removeDocument(document.id);
              if (refused) setRefusal(describeRefusal(refused));
              else onDeleted(label);
            }}
          >
            Delete
          </button>
        </td>
      </tr>
      {refusal && (
        <tr className="documents__notice-row">
          <td colSpan={DOCUMENT_COLUMNS}>
            <div className="notice notice--error documents__refusal">
              <span role="alert">Not deleted: {refusal}.</span>
              <button
                type="button"
                aria-label={`Dismiss the message about ${label}`}
                onClick={() => {
                  setRefusal(null);
                  deleteButton.current?.focus();
                }}
              >
                OK
              </button>
            </div>
          </td>
        </tr>
      )}
    </Fragment>
  );
});
