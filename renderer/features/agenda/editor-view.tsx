import { useEffect, useState } from 'react';
import { DocumentsView } from '../documents/documents-view';
import { ExportButton } from '../export/export-button';
import { HistoryPanel } from '../history/history-panel';
import { ReviseIssuanceDialog } from '../revisions/revise-issuance-dialog';
import { PreviewPane, PreviewToggle } from '../preview/preview-pane';
import { PlannerView } from '../schedule/planner-view';
import { AgendaTree } from './agenda-tree';
import {
  agendaActions,
  useAgendaDocument,
  useOpenAgenda,
  useUndoAvailability,
} from './agenda-store';
import { type EditorTab, EditorTabs } from './editor-tabs';
import { FindPanel } from './find-panel';
import { HeaderForm } from './header-form';
import { Outline } from './outline';
import { SaveStatusIndicator } from './save-status';
import { UnplacedPanel, UnplacedTextButton } from './unplaced-panel';

interface EditorViewProps {
  readonly onBack: () => void;
}

/** Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) act on the whole agenda; Ctrl+F opens Find. */
function useEditorShortcuts(openFind: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'z' || key === 'y') {
        event.preventDefault();
        if (event.shiftKey || key === 'y') agendaActions.redo();
        else agendaActions.undo();
      } else if (key === 'f') {
        event.preventDefault();
        openFind();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [openFind]);
}

/** The page's one heading: which agenda this is. */
function AgendaTitle() {
  const title = useOpenAgenda((agenda) => agenda.meeting.title || agenda.header.symbol) ?? '';
  return <h1 className="toolbar__title">{title || 'Untitled agenda'}</h1>;
}

function ParagraphNumberingToggle() {
  const numbered = useOpenAgenda((agenda) => agenda.settings.numberParagraphs) ?? false;
  return (
    <label className="toolbar__toggle">
      <input
        type="checkbox"
        checked={numbered}
        onChange={(event) => {
          const numberParagraphs = event.target.checked;
          agendaActions.edit((agenda) => ({
            ...agenda,
            settings: { ...agenda.settings, numberParagraphs },
          }));
        }}
      />
      Number paragraphs
    </label>
  );
}

export function EditorView({ onBack }: EditorViewProps) {
  const document = useAgendaDocument();
  const { canUndo, canRedo } = useUndoAvailability();
  const [tab, setTab] = useState<EditorTab>('agenda');
  const [finding, setFinding] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const [revising, setRevising] = useState(false);
  const [showUnplaced, setShowUnplaced] = useState(false);
  useEditorShortcuts(() => setFinding(true));

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
        <button type="button" onClick={() => setFinding((open) => !open)} aria-expanded={finding}>
          Find
        </button>
        <button
          type="button"
          onClick={() => setShowHistory((open) => !open)}
          aria-expanded={showHistory}
        >
          History
        </button>
        {document.status === 'open' && document.readOnlyBecause === null && (
          <button type="button" onClick={() => setRevising(true)} aria-haspopup="dialog">
            New revision / corrigendum / addendum…
          </button>
        )}
        {document.status === 'open' && <PreviewToggle />}
        {document.status === 'open' && <ExportButton />}
        {document.status === 'open' && <ParagraphNumberingToggle />}
        {document.status === 'open' && (
          <UnplacedTextButton
            open={showUnplaced}
            onToggle={() => setShowUnplaced((open) => !open)}
          />
        )}
        <AgendaTitle />
        <SaveStatusIndicator />
      </header>
      {revising && <ReviseIssuanceDialog onClose={() => setRevising(false)} />}
      {finding && document.status === 'open' && <FindPanel onClose={() => setFinding(false)} />}
      {document.status === 'open' && document.readOnlyBecause !== null && (
        <div className="notice notice--warning editor__message" role="alert">
          <p>{document.readOnlyBecause}</p>
        </div>
      )}
      {document.status === 'loading' && <p className="editor__message">Opening the agenda…</p>}
      {document.status === 'failed' && (
        <div className="notice notice--error editor__message" role="alert">
          <p>This agenda could not be opened: {document.error}</p>
        </div>
      )}
      {document.status === 'open' && (
        <div className="editor__body">
          <Outline />
          <main className="editor__main" aria-label="Agenda editor">
            <EditorTabs current={tab} onChange={setTab} />
            <div
              id={`panel-${tab}`}
              role="tabpanel"
              aria-labelledby={`tab-${tab}`}
              className="editor__panel"
            >
              {tab === 'agenda' && (
                <>
                  <HeaderForm />
                  <AgendaTree />
                </>
              )}
              {tab === 'documents' && <DocumentsView />}
              {tab === 'schedule' && <PlannerView />}
            </div>
          </main>
          <PreviewPane />
          {showUnplaced && <UnplacedPanel onClose={() => setShowUnplaced(false)} />}
          {showHistory && (
            <HistoryPanel agendaId={document.agenda.id} onClose={() => setShowHistory(false)} />
          )}
        </div>
      )}
    </div>
  );
}
