import { samePart, unchangedEnds } from './preview-changes';
import type { PreviewDocument, PreviewPart } from './preview-document';

/** The page inside the preview's frame before the first render; no script, no inline style. */
export const PREVIEW_SKELETON =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Preview</title></head>' +
  '<body><main class="un-document"></main></body></html>';

/**
 * In the preview only, never in an export: the part being edited is marked,
 * and the page's parts out of sight are not laid out.
 *
 * content-visibility goes on the parts (the annotations of a run of items, an
 * annex), not on each block: Chromium checks every such element at each frame
 * of the editor around the preview, tens of milliseconds for 46,000 blocks,
 * where laying out a whole 1,000-item page after a pause in typing costs hundreds.
 *
 * A part contains its layout, so margins no longer collapse across it: every
 * part's last margin is dropped (the next part's first is the larger, or
 * equal), but the masthead's, which the list of items below it does not
 * repeat, and the page's last. It also clips what it paints to its padding
 * box: 4px of padding, taken back by margins, leave room for the mark.
 */
const PREVIEW_ONLY_STYLES = `
.agendum-preview-current {
  background: #fff1bf;
  box-shadow: 0 0 0 3px #fff1bf;
}
.agendum-preview-part {
  content-visibility: auto;
  padding: 4px;
  margin: 0 -4px -8px;
}
.agendum-preview-part:first-child { margin-top: -4px; }
.agendum-preview-part:last-child { margin-bottom: -4px; }
.agendum-preview-part:not(:first-child, :last-child) > :last-child,
.agendum-preview-part:not(:first-child, :last-child) > :last-child > li:last-child,
.agendum-preview-part:not(:first-child, :last-child) > :last-child > li:last-child > ol > li:last-child {
  margin-bottom: 0;
}
`;

/** A part's height until it is first laid out, from the length of its HTML (fitted on generated agendas). */
const PX_PER_HTML_CHARACTER = 0.18;
const PX_PER_BLOCK = 4;

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

interface RenderedPart {
  readonly blocks: PreviewPart;
  readonly container: HTMLElement;
  readonly rendered: readonly RenderedBlock[];
}

/**
 * The preview's frame, patched block by block: only the blocks whose HTML
 * changed are parsed and replaced, so typing in one paragraph of a long
 * agenda touches one paragraph of the page and its scroll position stays.
 * Each part of the document has a container of its own, laid out only when
 * in sight.
 *
 * The frame is sandboxed without scripts; the page reaches into it (allowed
 * by `allow-same-origin`) to patch it, to apply the style sheet as a
 * constructed sheet, which the CSP it inherits permits where a <style>
 * element would be refused, and to scroll it.
 */
export class PreviewFrame {
  private parts: readonly RenderedPart[] = [];
  private styleSheet = '';
  private current: Element | null = null;

  constructor(private readonly frame: HTMLIFrameElement) {}

  /** The frame loaded its skeleton afresh: nothing of an earlier render is in it. */
  reset(): void {
    this.parts = [];
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
    this.patch(document, paper, preview.parts);
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

  /**
   * Keeps the parts that start and end the page unchanged; the parts between
   * are patched in place, one for one, and those left over removed or added.
   */
  private patch(document: Document, paper: Element, next: readonly PreviewPart[]): void {
    const old = this.parts;
    const kept = unchangedEnds(old, next, (part, blocks) => samePart(part.blocks, blocks));
    const oldEnd = old.length - kept.end;
    const nextEnd = next.length - kept.end;
    const anchor = old[oldEnd]?.container ?? null;
    // A <template> parses inertly: nothing in it loads or runs before it is placed.
    const template = document.createElement('template');
    const changed: RenderedPart[] = [];
    for (let index = kept.start; index < nextEnd; index += 1) {
      const blocks = next[index] ?? [];
      const part = index < oldEnd ? old[index] : undefined;
      if (part) {
        const rendered = patchBlocks(template, part.container, part.rendered, blocks);
        estimateSize(part.container, blocks);
        changed.push({ blocks, container: part.container, rendered });
        continue;
      }
      const container = document.createElement('div');
      container.className = 'agendum-preview-part';
      estimateSize(container, blocks);
      const rendered = patchBlocks(template, container, [], blocks);
      paper.insertBefore(container, anchor);
      changed.push({ blocks, container, rendered });
    }
    for (const part of old.slice(kept.start + changed.length, oldEnd)) part.container.remove();
    this.parts = [...old.slice(0, kept.start), ...changed, ...old.slice(oldEnd)];
    if (this.current && !this.current.isConnected) this.current = null;
  }
}

/** The height a part has until it is laid out; from then on, the height it had when last laid out. */
function estimateSize(container: HTMLElement, blocks: PreviewPart): void {
  const estimate = blocks.reduce(
    (height, html) => height + PX_PER_BLOCK + html.length * PX_PER_HTML_CHARACTER,
    0,
  );
  // Set through the CSSOM, which the frame's CSP allows where a style attribute is refused.
  container.style.setProperty('contain-intrinsic-block-size', `auto ${Math.round(estimate)}px`);
}

/** Keeps the blocks that start and end the part unchanged, and replaces those between. */
function patchBlocks(
  template: HTMLTemplateElement,
  container: Element,
  old: readonly RenderedBlock[],
  next: PreviewPart,
): RenderedBlock[] {
  const kept = unchangedEnds(old, next, (block, html) => block.html === html);
  const oldEnd = old.length - kept.end;
  const nextEnd = next.length - kept.end;
  for (const block of old.slice(kept.start, oldEnd)) {
    for (const node of block.nodes) node.remove();
  }
  const anchor = old[oldEnd]?.nodes[0] ?? null;
  const inserted = next.slice(kept.start, nextEnd).map((html) => {
    template.innerHTML = html;
    const nodes = [...template.content.childNodes];
    container.insertBefore(template.content, anchor);
    return { html, nodes };
  });
  return [...old.slice(0, kept.start), ...inserted, ...old.slice(oldEnd)];
}

/**
 * Parts out of sight have an estimated height until they are laid out, so
 * the first scroll may land a little off: it is checked again once the
 * parts around the target have their real size.
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
