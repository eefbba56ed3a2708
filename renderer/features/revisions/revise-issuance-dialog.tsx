import { useEffect, useId, useRef, useState } from 'react';
import { revisedSymbol } from '../../../shared/revisions/revised-issuance';
import { ISSUANCE_KINDS } from '../../../shared/revisions/revision-requests';
import { agendumApi, errorMessage } from '../../bridge/agendum-api';
import { agendaActions } from '../agenda/agenda-store';

type IssuanceKind = (typeof ISSUANCE_KINDS)[number];

const KIND_LABELS: Readonly<Record<IssuanceKind, string>> = {
  revision: 'Revision',
  corrigendum: 'Corrigendum',
  addendum: 'Addendum',
  reissue: 'Reissue for technical reasons',
};

interface ReviseIssuanceDialogProps {
  readonly onClose: () => void;
}

/**
 * "New revision / corrigendum / addendum…": a new agenda in the library with
 * the new symbol (…/1/Rev.1, …/1/Corr.1, …/1/Add.1), opened in its place.
 */
export function ReviseIssuanceDialog({ onClose }: ReviseIssuanceDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [kind, setKind] = useState<IssuanceKind>('revision');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const agenda = agendaActions.current();
  const symbol = agenda?.header.symbol ?? '';

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const create = async () => {
    if (!agenda) return;
    setBusy(true);
    try {
      await agendaActions.flush();
      const entry = await agendumApi().reviseIssuance(agenda.id, kind);
      await agendaActions.close();
      onClose();
      await agendaActions.open(entry.id);
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={headingId}>New revision, corrigendum or addendum</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <fieldset>
          <legend>New issuance of {symbol || 'this agenda'}</legend>
          {ISSUANCE_KINDS.map((option) => (
            <label key={option} className="revise__kind">
              <input
                type="radio"
                name="issuance-kind"
                checked={kind === option}
                onChange={() => setKind(option)}
              />
              {KIND_LABELS[option]}
              {symbol && <span className="history__kind"> ({revisedSymbol(symbol, option)})</span>}
            </label>
          ))}
        </fieldset>
        {!symbol && (
          <p className="notice notice--warning">
            This agenda has no symbol yet: the new issuance will have none either.
          </p>
        )}
        {error && (
          <p className="notice notice--error" role="alert">
            The new issuance could not be created: {error}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" disabled={busy || !agenda}>
            Create
          </button>
        </div>
      </form>
    </dialog>
  );
}
