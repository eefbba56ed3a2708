import { useEffect } from 'react';
import { ExportDialog } from './export-dialog';
import { exportActions, useExport } from './export-store';

/** The toolbar's "Export…" button, and the dialog it opens (the menu's Export opens it too). */
export function ExportButton() {
  const open = useExport((state) => state.open);
  // Leaving the editor (the menu's Library, say) takes the dialog with it.
  useEffect(() => () => exportActions.closeDialog(), []);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={exportActions.openDialog}>
        Export…
      </button>
      {open && <ExportDialog />}
    </>
  );
}
