import { useCallback, useEffect, useState } from 'react';
import { agendumApi } from './bridge/agendum-api';
import { agendaActions } from './features/agenda/agenda-store';
import { EditorView } from './features/agenda/editor-view';
import { exportActions } from './features/export/export-store';
import { LibraryView } from './features/library/library-view';

type View = { readonly name: 'library' } | { readonly name: 'editor'; readonly id: string };

export function App() {
  const [view, setView] = useState<View>({ name: 'library' });
  /** File › Import… was chosen: the library runs the import once it shows. */
  const [importRequested, setImportRequested] = useState(false);

  const openAgenda = useCallback((id: string) => {
    setView({ name: 'editor', id });
    void agendaActions.open(id);
  }, []);

  const backToLibrary = useCallback(() => {
    void agendaActions.close().then(() => {
      if (!agendaActions.current()) setView({ name: 'library' });
    });
  }, []);

  useEffect(
    () =>
      agendumApi().onMenuCommand((command) => {
        switch (command) {
          case 'flush':
            void agendaActions
              .flushAndReport()
              .then((report) => agendumApi().reportFlushed(report));
            break;
          case 'undo':
            agendaActions.undo();
            break;
          case 'redo':
            agendaActions.redo();
            break;
          case 'open-library':
          case 'new-agenda':
            backToLibrary();
            break;
          case 'import':
            setImportRequested(true);
            backToLibrary();
            break;
          case 'export':
            exportActions.openDialog();
            break;
        }
      }),
    [backToLibrary],
  );

  // Pending edits are written before the window goes away.
  useEffect(() => {
    const flush = () => void agendaActions.flush();
    window.addEventListener('pagehide', flush);
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);

  return view.name === 'library' ? (
    <LibraryView
      onOpen={openAgenda}
      importRequested={importRequested}
      onImportStarted={() => setImportRequested(false)}
    />
  ) : (
    <EditorView onBack={backToLibrary} />
  );
}
