import { useEffect, useRef, useState } from 'react';
import { useOpenAgenda } from '../agenda/agenda-store';
import { editedPartOf } from './edited-part';
import type { PreviewDocument } from './preview-document';
import { type EditedPart, PREVIEW_SKELETON, PreviewFrame } from './preview-frame';
import { PreviewRenderer } from './preview-renderer';
import { previewActions, usePreviewVisible } from './preview-store';

/** Long enough to skip the keystrokes of a word, short enough to feel live. */
const RENDER_DELAY_MS = 200;

/** The page's width in the frame: 21 cm of A4 paper and its margin of grey desk. */
const PAGE_WIDTH_PX = 840;

/** The toolbar's button that shows or hides the preview. */
export function PreviewToggle() {
  const visible = usePreviewVisible();
  return (
    <button type="button" aria-pressed={visible} onClick={previewActions.toggle}>
      Preview
    </button>
  );
}

/** The preview pane beside the editor; nothing is rendered while it is hidden. */
export function PreviewPane() {
  const visible = usePreviewVisible();
  return visible ? <LivePreview /> : null;
}

function LivePreview() {
  const agenda = useOpenAgenda((open) => open);
  const frameElement = useRef<HTMLIFrameElement>(null);
  const viewport = useRef<HTMLDivElement>(null);
  const frame = useRef<PreviewFrame | null>(null);
  const renderer = useRef<PreviewRenderer | null>(null);
  const unapplied = useRef<PreviewDocument | null>(null);
  const edited = useRef<EditedPart | null>(null);
  const rendered = useRef(false);
  const box = usePaneSize(viewport);

  useEffect(() => {
    const element = frameElement.current;
    if (!element) return;
    const preview = new PreviewFrame(element);
    frame.current = preview;
    const previewRenderer = new PreviewRenderer((document) => {
      if (!preview.apply(document)) {
        unapplied.current = document;
        return;
      }
      // Measured in the next frame, where the layout is done once for the page and the preview.
      requestAnimationFrame(() => preview.follow(edited.current, true));
    });
    renderer.current = previewRenderer;
    const onFocus = (event: FocusEvent) => {
      const part = editedPartOf(event.target);
      if (!part) return;
      edited.current = part;
      preview.follow(part, false);
    };
    document.addEventListener('focusin', onFocus);
    edited.current = editedPartOf(document.activeElement);
    return () => {
      document.removeEventListener('focusin', onFocus);
      previewRenderer.dispose();
      renderer.current = null;
      frame.current = null;
    };
  }, []);

  // Typing never waits for the preview: it renders after a pause, in a worker.
  useEffect(() => {
    if (!agenda) return;
    const delay = rendered.current ? RENDER_DELAY_MS : 0;
    const timer = setTimeout(() => {
      rendered.current = true;
      renderer.current?.render(agenda);
    }, delay);
    return () => clearTimeout(timer);
  }, [agenda]);

  const scale = box.width > 0 ? Math.min(1, box.width / PAGE_WIDTH_PX) : 1;
  return (
    <aside className="preview-pane" aria-label="Preview">
      <div className="preview-pane__header">
        <h2 className="preview-pane__title">Preview</h2>
        <span className="preview-pane__scale">{Math.round(scale * 100)}%</span>
        <button type="button" onClick={previewActions.toggle}>
          Hide preview
        </button>
      </div>
      <div ref={viewport} className="preview-pane__viewport">
        <iframe
          ref={frameElement}
          className="preview-pane__frame"
          title="Preview of the document as it will print"
          // No scripts, forms, popups or navigation; same origin only so the page can patch it.
          sandbox="allow-same-origin"
          srcDoc={PREVIEW_SKELETON}
          // A visual copy of what the editor holds: screen readers read the editor itself (and
          // the exported HTML), so the copy is hidden from them and out of the tab order.
          aria-hidden="true"
          tabIndex={-1}
          style={{
            width: `${PAGE_WIDTH_PX}px`,
            height: `${box.height / scale}px`,
            transform: `scale(${scale})`,
          }}
          onLoad={() => {
            frame.current?.reset();
            const pending = unapplied.current;
            unapplied.current = null;
            if (pending && frame.current?.apply(pending)) {
              frame.current.follow(edited.current, false);
            }
          }}
        />
      </div>
    </aside>
  );
}

function usePaneSize(element: React.RefObject<HTMLDivElement | null>): {
  width: number;
  height: number;
} {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      setSize((known) =>
        known.width === width && known.height === height ? known : { width, height },
      );
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return size;
}
