import { useRef } from 'react';

interface DocumentFrameProps {
  readonly title: string;
  readonly className?: string;
  /** A whole page whose look is in its <style> elements, such as the comparison's. */
  readonly html: string;
}

/**
 * A page shown, never run: the frame allows no scripts, forms, popups or
 * navigation. It inherits the editor's CSP, which refuses the page's own
 * <style> elements; their text is applied as constructed style sheets
 * instead, which the CSP permits (the frame is same-origin only for this).
 */
export function DocumentFrame({ title, className, html }: DocumentFrameProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  return (
    <iframe
      ref={frame}
      className={className}
      title={title}
      sandbox="allow-same-origin"
      srcDoc={html}
      onLoad={() => {
        const document = frame.current?.contentDocument;
        if (document) adoptPageStyles(document);
      }}
    />
  );
}

/** Applies the text of a page's <style> elements, which a CSP without 'unsafe-inline' leaves unapplied. */
export function adoptPageStyles(document: Document): void {
  const view = document.defaultView;
  if (!view) return;
  document.adoptedStyleSheets = Array.from(document.querySelectorAll('style'), (element) => {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(element.textContent);
    return sheet;
  });
}
