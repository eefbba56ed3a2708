import { type DocumentBlock, renderDocumentBlocks } from '../../../shared/export/document-blocks';
import { documentStyleSheet } from '../../../shared/export/html-styles';
import { htmlOfBlock } from '../../../shared/export/render-html';
import type { Agenda, Language } from '../../../shared/model/agenda';
import { assertNever } from '../../../shared/schedule/assert-never';

/**
 * The HTML rendering cut into its blocks, so that the preview replaces only
 * the blocks an edit changed. The same code as the HTML export and the PDF.
 */
export interface PreviewDocument {
  readonly language: Language;
  readonly styleSheet: string;
  /** The blocks in reading order, in parts the preview lays out only when in sight. */
  readonly parts: readonly PreviewPart[];
}

/**
 * One HTML string per block of a part of the page: the masthead and title,
 * the list of items, the annotations of a run of items (each with its
 * sub-items'), an annex.
 */
export type PreviewPart = readonly string[];

/**
 * Items whose annotations share a part. Each part costs Chromium a little at
 * every frame of the editor, about 2 µs, while the ones in sight are laid out
 * whole after each pause in typing: 16 items' make a few screens of page.
 */
export const ITEMS_PER_PART = 16;

export function renderPreviewDocument(agenda: Agenda): PreviewDocument {
  const document = renderDocumentBlocks(agenda);
  const parts: string[][] = [];
  let itemsInPart = 0;
  for (const block of document.blocks) {
    const part = parts.at(-1);
    const item = block.kind === 'item-heading' && block.level === 'item';
    if (part && !startsPart(block) && !(item && itemsInPart === ITEMS_PER_PART)) {
      part.push(htmlOfBlock(block));
    } else {
      parts.push([htmlOfBlock(block)]);
      itemsInPart = 0;
    }
    if (item) itemsInPart += 1;
  }
  return {
    language: document.language,
    styleSheet: documentStyleSheet(document.symbol),
    parts,
  };
}

/** Where a part starts whatever its size; the title stays with the masthead. */
function startsPart(block: DocumentBlock): boolean {
  switch (block.kind) {
    case 'masthead':
    case 'agenda-list':
    case 'section-heading':
    case 'annex':
    case 'documents-annex':
      return true;
    case 'title':
    case 'item-heading':
    case 'paragraph':
    case 'documentation':
      return false;
    default:
      return assertNever(block);
  }
}
