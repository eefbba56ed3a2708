import { type SyntheticEvent, type KeyboardEvent, useId, useMemo, useRef, useState } from 'react';
import { documentKinds } from '../../../shared/documents/document-lookup';
import {
  type DocumentDraft,
  type RegistryRefusal,
  describeRefusal,
  validateDocumentEntry,
} from '../../../shared/documents/registry';
import {
  checkSymbol,
  formatJointSymbol,
  hasSymbolErrors,
  splitJointSymbol,
} from '../../../shared/documents/symbol-check';
import type { DocumentEntry } from '../../../shared/model/agenda';
import { useOpenAgenda } from '../agenda/agenda-store';
import { SymbolField } from './symbol-field';

const NO_DOCUMENTS: readonly DocumentEntry[] = [];

/** Kinds offered before the registry has any, in the words of UN documents. */
const USUAL_KINDS = [
  'Report of the Secretariat',
  'Note by the Secretariat',
  'Report of the Secretary-General',
  'Conference room paper',
  'Background paper',
  'Resolution',
];

/** What the form holds while the user types: a joint symbol is one line, with its hyphen. */
export interface DocumentFormValues {
  readonly symbol: string;
  readonly title: string;
  readonly kind: string;
}

export function formValuesOf(document: DocumentEntry): DocumentFormValues {
  return {
    symbol: formatJointSymbol(document.symbols),
    title: document.title,
    kind: document.kind ?? '',
  };
}

interface DocumentFormProps {
  /** The form's accessible name: "New document for item 2", "Edit CTOC/COP/2012/10". */
  readonly label: string;
  readonly initial: DocumentFormValues;
  /** The entry being edited, so that its own symbol is not a duplicate of itself. */
  readonly documentId?: string;
  readonly submitLabel: string;
  /** Saves the entry; returns why the registry refused it, or null. */
  readonly onSave: (draft: DocumentDraft) => RegistryRefusal | null;
  readonly onCancel: () => void;
  /** Which field gets the focus when the form opens. */
  readonly focus?: 'symbol' | 'title';
}

/**
 * A document's symbol, title and kind, for the registry and for creating a
 * document from an item. Errors block saving and say where they are;
 * warnings are shown and let the user go on.
 */
export function DocumentForm({
  label,
  initial,
  documentId,
  submitLabel,
  onSave,
  onCancel,
  focus = 'symbol',
}: DocumentFormProps) {
  const id = useId();
  const documents = useOpenAgenda((agenda) => agenda.documents) ?? NO_DOCUMENTS;
  const [values, setValues] = useState(initial);
  const [attempted, setAttempted] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const symbolInput = useRef<HTMLInputElement>(null);
  const titleInput = useRef<HTMLTextAreaElement>(null);

  const draft: DocumentDraft = {
    symbols: splitJointSymbol(values.symbol),
    title: values.title,
    kind: values.kind,
  };
  const validation = validateDocumentEntry(draft, { documents, documentId });
  // The checker's findings are shown by the symbol field against what was typed;
  // here only what the registry adds: a duplicate, or no symbol yet.
  const symbolProblems = validation.problems.filter(
    (problem) => problem.field === 'symbols' && problem.finding === undefined,
  );
  const titleProblems = validation.problems.filter((problem) => problem.field === 'title');
  const symbolHasErrors =
    (values.symbol.trim() !== '' && hasSymbolErrors(checkSymbol(values.symbol))) ||
    symbolProblems.some((problem) => problem.severity === 'error');
  const canSave = validation.canSave && !symbolHasErrors;
  const kinds = useMemo(
    () => [...new Set([...documentKinds(documents), ...USUAL_KINDS])],
    [documents],
  );

  const change = (field: keyof DocumentFormValues, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setRefusal(null);
  };

  const submit = (event?: SyntheticEvent) => {
    event?.preventDefault();
    setAttempted(true);
    if (!canSave) {
      (symbolHasErrors ? symbolInput.current : titleInput.current)?.focus();
      return;
    }
    const refused = onSave(draft);
    if (refused) setRefusal(describeRefusal(refused));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };

  const blocked = attempted && !canSave;
  return (
    <form className="document-form" aria-label={label} onSubmit={submit} onKeyDown={onKeyDown}>
      <SymbolField
        className="document-form__symbol"
        label="Symbol"
        hint="Two documents issued as one: write both symbols with a hyphen between them."
        value={values.symbol}
        onChange={(value) => change('symbol', value)}
        problems={symbolProblems}
        inputRef={symbolInput}
        autoFocus={focus === 'symbol'}
      />
      <div className="field document-form__kind">
        <label htmlFor={`${id}-kind`}>Kind (optional)</label>
        <input
          id={`${id}-kind`}
          list={`${id}-kinds`}
          value={values.kind}
          onChange={(event) => change('kind', event.target.value)}
        />
        <datalist id={`${id}-kinds`}>
          {kinds.map((kind) => (
            <option key={kind} value={kind} />
          ))}
        </datalist>
      </div>
      <div className="field document-form__title">
        <label htmlFor={`${id}-title`}>Title</label>
        <textarea
          id={`${id}-title`}
          ref={titleInput}
          rows={2}
          value={values.title}
          spellCheck
          autoFocus={focus === 'title'}
          aria-invalid={attempted && titleProblems.length > 0}
          aria-describedby={
            attempted && titleProblems.length > 0 ? `${id}-title-problems` : undefined
          }
          // A title is one line: Enter saves, as in the other fields of the form.
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              submit();
            }
          }}
          onChange={(event) => change('title', event.target.value.replace(/\s*\n\s*/gu, ' '))}
        />
        {attempted && titleProblems.length > 0 && (
          <span id={`${id}-title-problems`} className="symbol-finding symbol-finding--error">
            <strong>Error:</strong> {titleProblems.map((problem) => problem.message).join('; ')}
          </span>
        )}
      </div>
      {(blocked || refusal) && (
        <p className="notice notice--error document-form__blocked" role="alert">
          {refusal ? `Not saved: ${refusal}.` : 'Not saved: correct the errors marked above first.'}
        </p>
      )}
      <div className="document-form__actions">
        <button type="submit">{submitLabel}</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
