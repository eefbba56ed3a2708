import { type KeyboardEvent, useId, useMemo, useRef, useState } from 'react';
import { documentCompletions } from '../../../shared/documents/document-lookup';
import { describeRefusal } from '../../../shared/documents/registry';
import { formatJointSymbol } from '../../../shared/documents/symbol-check';
import type { DocumentEntry } from '../../../shared/model/agenda';
import { useOpenAgendaWhile } from '../agenda/agenda-store';
import { DocumentForm, type DocumentFormValues } from './document-form';
import { attach, createDocument } from './registry-edits';

const NO_DOCUMENTS: readonly DocumentEntry[] = [];
const MAX_COMPLETIONS = 8;

/** An option of the list: a document of the registry, or "create a new one". */
type AttachOption =
  { readonly kind: 'document'; readonly document: DocumentEntry } | { readonly kind: 'create' };

interface AttachDocumentProps {
  readonly itemId: string;
  readonly reference: string;
}

/** What the user typed goes where it belongs: "CTOC/COP/2012/10" is a symbol, words a title. */
function newDocumentValues(query: string): DocumentFormValues {
  const text = query.trim();
  return text.includes('/') && !text.includes(' ')
    ? { symbol: text, title: '', kind: '' }
    : { symbol: '', title: text, kind: '' };
}

/**
 * "Attach a document": the WAI-ARIA combobox pattern, list autocomplete with
 * the first option selected, so that typing a symbol and pressing Enter is
 * enough. The last option creates a document in the registry on the fly.
 *
 * The registry is read, and subscribed to, only while the list is open: the
 * field of each of a thousand items costs nothing while the user types elsewhere.
 */
export function AttachDocument({ itemId, reference }: AttachDocumentProps) {
  const id = useId();
  const listboxId = `${id}-options`;
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState(false);
  const [active, setActive] = useState(0);
  const [creating, setCreating] = useState<DocumentFormValues | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const agenda = useOpenAgendaWhile(expanded);
  const completions = useMemo(
    () =>
      agenda
        ? documentCompletions(agenda, query, { forItemId: itemId, limit: MAX_COMPLETIONS }).map(
            (completion) => completion.document,
          )
        : NO_DOCUMENTS,
    [agenda, query, itemId],
  );
  const options: AttachOption[] = [
    ...completions.map((document) => ({ kind: 'document' as const, document })),
    { kind: 'create' },
  ];
  const activeIndex = Math.min(active, options.length - 1);
  const optionId = (index: number) => `${id}-option-${index}`;

  const open = () => {
    setExpanded(true);
    setMessage(null);
  };
  const close = () => {
    setExpanded(false);
    setActive(0);
  };

  const choose = (option: AttachOption) => {
    close();
    if (option.kind === 'create') {
      setCreating(newDocumentValues(query));
      return;
    }
    const refusal = attach(itemId, option.document.id);
    setMessage(refusal ? describeRefusal(refusal) : null);
    setQuery('');
    input.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = options.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!expanded || event.altKey) open();
        else setActive((activeIndex + 1) % count);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!expanded) {
          open();
          setActive(count - 1);
        } else setActive((activeIndex - 1 + count) % count);
        break;
      case 'Enter': {
        const option = options[activeIndex];
        if (!expanded || !option) return;
        event.preventDefault();
        choose(option);
        break;
      }
      case 'Escape':
        if (expanded) close();
        else setQuery('');
        event.preventDefault();
        // Escape here closes the list, not whatever surrounds the field.
        event.stopPropagation();
        break;
    }
  };

  return (
    <div className="attach-document">
      <div className="attach-document__field">
        <label htmlFor={`${id}-input`} className="attach-document__label">
          Attach a document <span className="visually-hidden">to {reference}</span>
        </label>
        <div className="attach-document__combobox">
          <input
            id={`${id}-input`}
            ref={input}
            role="combobox"
            aria-expanded={expanded}
            aria-controls={listboxId}
            aria-autocomplete="list"
            aria-activedescendant={expanded ? optionId(activeIndex) : undefined}
            autoComplete="off"
            spellCheck={false}
            placeholder="Symbol or words of the title"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
              open();
            }}
            onFocus={() => setMessage(null)}
            onClick={open}
            onBlur={close}
            onKeyDown={onKeyDown}
          />
          <ul
            id={listboxId}
            role="listbox"
            aria-label={`Documents to attach to ${reference}`}
            className="attach-document__options"
            hidden={!expanded}
            // Keeps the focus in the field while an option is clicked.
            onMouseDown={(event) => event.preventDefault()}
          >
            {expanded &&
              options.map((option, index) => (
                <li
                  key={option.kind === 'document' ? option.document.id : 'create'}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === activeIndex}
                  className={`attach-document__option attach-document__option--${option.kind}`}
                  onMouseEnter={() => setActive(index)}
                  onClick={() => choose(option)}
                >
                  {option.kind === 'document' ? (
                    <>
                      <span className="attach-document__symbol">
                        {formatJointSymbol(option.document.symbols) || 'No symbol yet'}
                      </span>{' '}
                      <span className="attach-document__title">{option.document.title}</span>
                    </>
                  ) : query.trim() === '' ? (
                    'Create a new document in the registry…'
                  ) : (
                    `Create “${query.trim()}” in the registry…`
                  )}
                </li>
              ))}
          </ul>
        </div>
      </div>
      {message && (
        <p className="notice notice--error" role="alert">
          {message}
        </p>
      )}
      {creating && (
        <DocumentForm
          label={`New document for ${reference}`}
          initial={creating}
          submitLabel={`Add and attach to ${reference}`}
          focus={creating.symbol === '' ? 'symbol' : 'title'}
          onSave={(draft) => {
            const refusal = createDocument(draft, itemId);
            if (!refusal) {
              setCreating(null);
              setQuery('');
              input.current?.focus();
            }
            return refusal;
          }}
          onCancel={() => {
            setCreating(null);
            input.current?.focus();
          }}
        />
      )}
    </div>
  );
}
