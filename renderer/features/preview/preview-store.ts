import { create } from 'zustand';

const STORAGE_KEY = 'agendum.preview.visible';

/** Whether the preview pane is shown; remembered between sessions of this window. */
const usePreviewStore = create<{ readonly visible: boolean }>()(() => ({
  visible: readVisible(),
}));

function readVisible(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) !== 'false';
  } catch {
    return true;
  }
}

export function usePreviewVisible(): boolean {
  return usePreviewStore((state) => state.visible);
}

export const previewActions = {
  toggle: (): void => {
    const visible = !usePreviewStore.getState().visible;
    usePreviewStore.setState({ visible });
    try {
      window.localStorage.setItem(STORAGE_KEY, String(visible));
    } catch {
      // Not remembered: the pane still shows or hides now.
    }
  },
};
