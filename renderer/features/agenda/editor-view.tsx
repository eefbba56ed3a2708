import { useEffect } from 'react';
import { agendaActions, useAgendaDocument, useUndoAvailability } from './agenda-store';
import { HeaderForm } from './header-form';
import { ItemList } from './item-list';
import { SaveStatusIndicator } from './save-status';

interface EditorViewProps {
  readonly onBack: () => void;
}

function isUndoKey(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'z';
}

/** Ctrl+Z / Ctrl+Shift+Z act on the whole agenda, wherever the focus is. */
function useUndoShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const isRedo = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'y';
      if (!isUndoKey(event) && !isRedo) return;
      event.preventDefault();
      if (event.shiftKey || isRedo) agendaActions.redo();
      else agendaActions.undo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

export function EditorView({ onBack }: EditorViewProps) {
  const document = useAgendaDocument();
  const { canUndo, canRedo } = useUndoAvailability();
  useUndoShortcuts();

  return (
    <div className="editor">
      <header className="toolbar">
        <button type="button" onClick={onBack}>
          ← Library
        </button>
        <button type="button" onClick={agendaActions.undo} disabled={!canUndo}>
          Undo
        </button>
        <button type="button" onClick={agendaActions.redo} disabled={!canRedo}>
          Redo
        </button>
        <SaveStatusIndicator />
      </header>
      <main className="editor__main" aria-label="Agenda editor">
        {document.status === 'loading' && <p>Opening the agenda…</p>}
        {document.status === 'failed' && (
          <div className="notice notice--error" role="alert">
            <p>This agenda could not be opened: {document.error}</p>
          </div>
        )}
        {document.status === 'open' && (
          <>
            <HeaderForm />
            <ItemList />
          </>
        )}
      </main>
    </div>
  );
}
