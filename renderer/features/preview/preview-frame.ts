import type { PreviewDocument } from './preview-document';

/** The page inside the preview's frame before the first render; no script, no inline style. */
export const PREVIEW_SKELETON =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Preview</title></head>' +
  '<body><main class="un-document"></main></body></html>';

/**
 * In the preview only, never in an export: the part being edited is marked.
 *
 * No content-visibility on the blocks: each block would be watched by an
 * intersection observer that Chromium runs again at every layout of the
 * editor around the frame, tens of milliseconds per keystroke in a 1,000-item
 * agenda, where laying out a patched page costs once per pause in typing.
 */
const PREVIEW_ONLY_STYLES = `
.agendum-preview-current {
  background: #fff1bf;
  box-shadow: 0 0 0 3px #fff1bf;
}
`;

/** Where the user is editing, as far as the preview can show it. */
export type EditedPart =
  | { readonly kind: 'header' }
  | {
      readonly kind: 'item';
      readonly itemId: string;
      /** Its title, one of its annotation paragraphs (by position), or anything else of it. */
      readonly place: 'title' | 'body' | { readonly paragraph: number };
    };

interface RenderedBlock {
  readonly html: string;
  readonly nodes: readonly ChildNode[];
}

/**
 * The preview's frame, patched block by block: only the blocks whose HTML
 * changed are parsed and replaced, so typing in one paragraph of a long
 * agenda touches one paragraph of the page and its scroll position stays.
 *
 * The frame is sandboxed without scripts; the page reaches into it (allowed
 * by `allow-same-origin`) to patch it, to apply the style sheet as a
 * constructed sheet, which the CSP it inherits permits where a <style>
 * element would be refused, and to scroll it.
 */
export class PreviewFrame {
  private blocks: RenderedBlock[] = [];
  private styleSheet = '';
  private current: Element | null = null;

  constructor(private readonly frame: HTMLIFrameElement) {}

  /** The frame loaded its skeleton afresh: nothing of an earlier render is in it. */
  reset(): void {
    this.blocks = [];
    this.styleSheet = '';
    this.current = null;
  }

  /** Applies a render; false while the frame has not loaded its skeleton yet. */
  apply(preview: PreviewDocument): boolean {
    const page = this.page();
    if (!page) return false;
    const { document, paper } = page;
    // Setting it, even to the same value, restyles the whole page.
    if (document.documentElement.lang !== preview.language) {
      document.documentElement.lang = preview.language;
    }
    if (preview.styleSheet !== this.styleSheet) {
      const view = document.defaultView;
      if (!view) return false;
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(`${preview.styleSheet}\n${PREVIEW_ONLY_STYLES}`);
      document.adoptedStyleSheets = [sheet];
      this.styleSheet = preview.styleSheet;
    }
    this.patch(document, paper, preview.blocks);
    return true;
  }

  /** Marks the part being edited and scrolls to it; `gently` scrolls only if it is out of sight. */
  follow(part: EditedPart | null, gently: boolean): void {
    const page = this.page();
    if (!page || !part) return;
    const target = targetOf(page.document, part);
    if (target !== this.current) {
      this.current?.classList.remove('agendum-preview-current');
      target?.classList.add('agendum-preview-current');
      this.current = target;
    }
    const view = page.document.defaultView;
    if (target && view) scrollToSee(view, target, gently, 2);
  }

  private page(): { document: Document; paper: Element } | null {
    const document = this.frame.contentDocument;
    const paper = document?.querySelector('main.un-document');
    return document && paper ? { document, paper } : null;
  }

  /** Keeps the blocks that start and end the page unchanged, and replaces those between. */
  private patch(document: Document, paper: Element, next: readonly string[]): void {
    const old = this.blocks;
    let start = 0;
    while (start < old.length && start < next.length && old[start]?.html === next[start]) {
      start += 1;
    }
    let oldEnd = old.length;
    let nextEnd = next.length;
    while (oldEnd > start && nextEnd > start && old[oldEnd - 1]?.html === next[nextEnd - 1]) {
      oldEnd -= 1;
      nextEnd -= 1;
    }
    for (const block of old.slice(start, oldEnd)) {
      for (const node of block.nodes) node.remove();
    }
    const anchor = old[oldEnd]?.nodes[0] ?? null;
    const template = document.createElement('template');
    const inserted = next.slice(start, nextEnd).map((html) => {
      // A <template> parses inertly: nothing in it loads or runs before it is placed.
      template.innerHTML = html;
      const nodes = [...template.content.childNodes];
      paper.insertBefore(template.content, anchor);
      return { html, nodes };
    });
    this.blocks = [...old.slice(0, start), ...inserted, ...old.slice(oldEnd)];
    if (this.current && !this.current.isConnected) this.current = null;
  }
}

/**
 * Blocks out of sight have an estimated height until they are laid out, so
 * the first scroll may land a little off: it is checked again once the
 * blocks around the target have their real size.
 */
function scrollToSee(view: Window, target: Element, gently: boolean, checks: number): void {
  if (!target.isConnected) return;
  const box = target.getBoundingClientRect();
  const inSight = box.top >= 0 && box.bottom <= view.innerHeight;
  if (!(gently && inSight)) {
    // Never scrollIntoView: it would scroll the editor around the frame as well.
    view.scrollTo({ top: Math.max(0, view.scrollY + box.top - view.innerHeight / 4) });
  }
  // The frame runs no script of its own: the check is scheduled on the page's frame clock.
  if (checks > 0) requestAnimationFrame(() => scrollToSee(view, target, true, checks - 1));
}

function targetOf(document: Document, part: EditedPart): Element | null {
  if (part.kind === 'header') return document.querySelector('header.masthead');
  const id = CSS.escape(part.itemId);
  const inList = document.querySelector(`.agenda-list li[data-item-id="${id}"]`);
  const heading = document.querySelector(
    `.item-heading[data-item-id="${id}"], .sub-item-heading[data-item-id="${id}"]`,
  );
  if (typeof part.place === 'object') {
    const paragraphs = document.querySelectorAll(`p.annotation[data-item-id="${id}"]`);
    const paragraph = paragraphs.item(part.place.paragraph) as Element | null;
    if (paragraph) return paragraph;
  }
  const preferred = part.place === 'title' ? (inList ?? heading) : (heading ?? inList);
  return preferred ?? document.querySelector(`[data-item-id="${id}"]`);
}
