import { useEffect, useId, useRef, useState } from 'react';
import { describeSummary } from '../../../shared/import/import-result';
import type { ImportedAgenda } from '../../../shared/library/imported-agenda';
import { importAgendaFile, importPastedText } from './import-agenda';

interface ImportAgendaButtonProps {
  /** Opens the imported agenda, as a new one opens after it is created. */
  readonly onImported: (id: string) => void;
  /** File › Import… was chosen elsewhere: pick a file now, as the button would. */
  readonly requested?: boolean;
  /** The requested import has started; the request is spent. */
  readonly onStarted?: () => void;
}

/**
 * "Import…" (a `.agendum`, Word, Markdown or text file) and "Paste text…":
 * last session's agenda becomes a draft of the library. What the import
 * found and guessed is shown before the agenda opens.
 */
export function ImportAgendaButton({ onImported, requested, onStarted }: ImportAgendaButtonProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pasting, setPasting] = useState(false);
  const [imported, setImported] = useState<ImportedAgenda | null>(null);

  const show = (result: ImportedAgenda) => {
    if (result.summary === null) onImported(result.entry.id);
    else setImported(result);
  };

  const importFile = () => {
    setBusy(true);
    setError(null);
    void importAgendaFile().then((outcome) => {
      setBusy(false);
      if (outcome.status === 'imported') show(outcome.imported);
      if (outcome.status === 'failed') setError(outcome.error);
    });
  };

  useEffect(() => {
    if (!requested) return;
    onStarted?.();
    importFile();
    // Only a new request starts an import, not a new rendering of the same one.
  }, [requested]);

  return (
    <div className="library__import">
      <button type="button" disabled={busy} aria-haspopup="dialog" onClick={importFile}>
        Import…
      </button>
      <button
        type="button"
        disabled={busy}
        aria-haspopup="dialog"
        onClick={() => {
          setError(null);
          setPasting(true);
        }}
      >
        Paste text…
      </button>
      {error !== null && (
        <div className="notice notice--error" role="alert">
          <p>{error}</p>
          <button type="button" onClick={() => setError(null)}>
            Dismiss
          </button>
        </div>
      )}
      {pasting && (
        <PasteTextDialog
          onImported={(result) => {
            setPasting(false);
            show(result);
          }}
          onCancel={() => setPasting(false)}
        />
      )}
      {imported !== null && (
        <ImportSummaryDialog
          imported={imported}
          onOpen={() => {
            setImported(null);
            onImported(imported.entry.id);
          }}
          onClose={() => setImported(null)}
        />
      )}
    </div>
  );
}

/** Shows a native modal <dialog> while mounted: focus stays inside and Escape cancels. */
function useModal() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return dialog;
}

interface PasteTextDialogProps {
  readonly onImported: (imported: ImportedAgenda) => void;
  readonly onCancel: () => void;
}

function PasteTextDialog({ onImported, onCancel }: PasteTextDialogProps) {
  const dialog = useModal();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const textId = useId();
  return (
    <dialog
      ref={dialog}
      className="dialog import-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setBusy(true);
          setError(null);
          void importPastedText(text).then((outcome) => {
            setBusy(false);
            if (outcome.status === 'imported') onImported(outcome.imported);
            if (outcome.status === 'failed') setError(outcome.error);
          });
        }}
      >
        <h2 id={titleId}>Paste an agenda</h2>
        <label htmlFor={textId}>Text of the agenda</label>
        <textarea
          id={textId}
          className="import-dialog__text"
          rows={16}
          value={text}
          autoFocus
          onChange={(event) => setText(event.target.value)}
        />
        {error !== null && (
          <p className="notice notice--error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" disabled={busy || text.trim() === ''}>
            Import text
          </button>
        </div>
      </form>
    </dialog>
  );
}

interface ImportSummaryDialogProps {
  readonly imported: ImportedAgenda;
  readonly onOpen: () => void;
  readonly onClose: () => void;
}

function ImportSummaryDialog({ imported, onOpen, onClose }: ImportSummaryDialogProps) {
  const dialog = useModal();
  const titleId = useId();
  const { entry, summary, notes } = imported;
  return (
    <dialog
      ref={dialog}
      className="dialog import-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>Imported “{entry.name}”</h2>
      {summary !== null && (
        <p className="import-dialog__summary">Found {describeSummary(summary)}.</p>
      )}
      {summary !== null && summary.unplaced > 0 && (
        <p>
          The text left unplaced is kept with the agenda: open “Unplaced text” in the editor to move
          each piece into an item or discard it.
        </p>
      )}
      {notes.length > 0 && (
        <>
          <h3>To check</h3>
          <ul aria-label="To check">
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      )}
      <div className="dialog__actions">
        <button type="button" onClick={onClose}>
          Stay in the library
        </button>
        <button type="button" onClick={onOpen} autoFocus>
          Open the agenda
        </button>
      </div>
    </dialog>
  );
}
