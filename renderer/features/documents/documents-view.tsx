import { useCallback, useId, useMemo, useState } from 'react';
import {
  type DocumentCitation,
  type DocumentFilter,
  type DocumentSortKey,
  documentKinds,
  filterDocuments,
  indexCitations,
  sortDocuments,
} from '../../../shared/documents/document-lookup';
import { agendaActions, useOpenAgenda } from '../agenda/agenda-store';
import { DocumentForm } from './document-form';
import { DOCUMENT_COLUMNS, DocumentRow } from './document-row';
import { createDocument } from './registry-edits';

type Direction = 'ascending' | 'descending';
type Citation = NonNullable<DocumentFilter['citation']>;

const SORTABLE: readonly { readonly key: DocumentSortKey; readonly label: string }[] = [
  { key: 'symbol', label: 'Symbol' },
  { key: 'title', label: 'Title' },
  { key: 'kind', label: 'Kind' },
];
const NO_CITATIONS: readonly DocumentCitation[] = [];
/** The kind filter's value for documents without a kind; no kind can be this text. */
const NO_KIND = '\u0000none';
const ANY_KIND = '';

function AnnexToggle() {
  const annex = useOpenAgenda((agenda) => agenda.settings.documentsAnnex) ?? false;
  return (
    <label className="documents__annex">
      <input
        type="checkbox"
        checked={annex}
        onChange={(event) => {
          const documentsAnnex = event.target.checked;
          agendaActions.edit((agenda) => ({
            ...agenda,
            settings: { ...agenda.settings, documentsAnnex },
          }));
        }}
      />
      List the documents in an annex of the exports
    </label>
  );
}

/**
 * The registry of the session's documents, with the items citing each. A
 * document is edited here once and every documentation list shows the change.
 */
export function DocumentsView() {
  const id = useId();
  // This view is shown alone in its tab, so it may follow the whole agenda.
  const agenda = useOpenAgenda((open) => open);
  const [sort, setSort] = useState<{ key: DocumentSortKey; direction: Direction }>({
    key: 'symbol',
    direction: 'ascending',
  });
  const [text, setText] = useState('');
  const [citation, setCitation] = useState<Citation>('any');
  const [kind, setKind] = useState(ANY_KIND);
  const [adding, setAdding] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  const citations = useMemo(
    () => (agenda ? indexCitations(agenda) : new Map<string, DocumentCitation[]>()),
    [agenda],
  );
  const kinds = useMemo(() => (agenda ? documentKinds(agenda.documents) : []), [agenda]);
  const shown = useMemo(() => {
    if (!agenda) return [];
    const filter: DocumentFilter = {
      text,
      citation,
      ...(kind === ANY_KIND ? {} : { kind: kind === NO_KIND ? null : kind }),
    };
    return sortDocuments(filterDocuments(agenda, filter), sort.key, sort.direction);
  }, [agenda, text, citation, kind, sort]);
  const onDeleted = useCallback(
    (label: string) => setAnnouncement(`${label} deleted. Undo (Ctrl+Z) brings it back.`),
    [],
  );
  if (!agenda) return null;

  const total = agenda.documents.length;
  const filtering = text.trim() !== '' || citation !== 'any' || kind !== ANY_KIND;
  const sortBy = (key: DocumentSortKey) =>
    setSort((current) => ({
      key,
      direction:
        current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  return (
    <section className="documents" aria-labelledby={`${id}-heading`}>
      <div className="documents__header">
        <h2 id={`${id}-heading`}>Documents</h2>
        <AnnexToggle />
      </div>
      <p className="documents__help">
        Each document is entered once and cited by any number of items: correct it here and every
        documentation list follows. Attach documents from an item with “Attach a document”.
      </p>
      <div className="documents__toolbar">
        <div className="field documents__filter">
          <label htmlFor={`${id}-filter`}>Filter</label>
          <input
            id={`${id}-filter`}
            type="search"
            placeholder="Symbol, title or kind"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-cited`}>Show</label>
          <select
            id={`${id}-cited`}
            value={citation}
            onChange={(event) => setCitation(event.target.value as Citation)}
          >
            <option value="any">All documents</option>
            <option value="cited">Cited by an item</option>
            <option value="uncited">Not cited</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value)}>
            <option value={ANY_KIND}>Any kind</option>
            {kinds.map((entry) => (
              <option key={entry} value={entry}>
                {entry}
              </option>
            ))}
            <option value={NO_KIND}>No kind given</option>
          </select>
        </div>
        <button
          type="button"
          className="button--primary documents__add"
          aria-expanded={adding}
          onClick={() => setAdding(true)}
        >
          Add a document
        </button>
      </div>
      {adding && (
        <DocumentForm
          label="New document"
          initial={{ symbol: '', title: '', kind: '' }}
          submitLabel="Add to the registry"
          onSave={(draft) => {
            const refusal = createDocument(draft);
            if (!refusal) {
              setAdding(false);
              setAnnouncement('Document added.');
            }
            return refusal;
          }}
          onCancel={() => setAdding(false)}
        />
      )}
      <p className="documents__count" aria-live="polite">
        {filtering ? `${shown.length} of ${total} documents shown. ` : ''}
        {announcement}
      </p>
      {total === 0 ? (
        <p className="documents__empty">
          No document yet. Add one here, or attach one from an item of the agenda.
        </p>
      ) : (
        <table className="documents__table">
          <caption className="visually-hidden">
            Documents of the session, sorted by {sort.key}
          </caption>
          <thead>
            <tr>
              {SORTABLE.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={sort.key === column.key ? sort.direction : undefined}
                  className={`documents__column documents__column--${column.key}`}
                >
                  <button
                    type="button"
                    className="documents__sort"
                    onClick={() => sortBy(column.key)}
                  >
                    {column.label}
                    <span aria-hidden="true" className="documents__sort-mark">
                      {sort.key !== column.key ? '' : sort.direction === 'ascending' ? ' ▲' : ' ▼'}
                    </span>
                  </button>
                </th>
              ))}
              <th scope="col" className="documents__column documents__column--citations">
                Cited under
              </th>
              <th scope="col" className="documents__column documents__column--actions">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((document) => (
              <DocumentRow
                key={document.id}
                document={document}
                citations={citations.get(document.id) ?? NO_CITATIONS}
                onDeleted={onDeleted}
              />
            ))}
            {shown.length === 0 && (
              <tr>
                <td colSpan={DOCUMENT_COLUMNS}>No document matches the filter.</td>
              </tr>
            )}
          </tbody>
        </table>
      )}
    </section>
  );
}
