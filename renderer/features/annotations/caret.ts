/** Caret positions in an editable element, as offsets into its plain text. */

export function caretOffset(element: HTMLElement): number | null {
  const selection = element.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!element.contains(range.startContainer)) return null;
  const before = element.ownerDocument.createRange();
  before.selectNodeContents(element);
  before.setEnd(range.startContainer, range.startOffset);
  return before.toString().length;
}

export function selectionIsCollapsed(element: HTMLElement): boolean {
  const selection = element.ownerDocument.getSelection();
  return !selection || selection.isCollapsed;
}

/** Deletes the selected text, if any, so that Enter or a paste replaces it as a user expects. */
export function deleteSelection(element: HTMLElement): void {
  const selection = element.ownerDocument.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
  const range = selection.getRangeAt(0);
  if (element.contains(range.commonAncestorContainer)) range.deleteContents();
}

export function placeCaret(element: HTMLElement, offset: number): void {
  const document = element.ownerDocument;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let remaining = offset;
  const range = document.createRange();
  let placed = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (remaining <= length) {
      range.setStart(node, remaining);
      placed = true;
      break;
    }
    remaining -= length;
  }
  if (!placed) {
    range.selectNodeContents(element);
    range.collapse(false);
  }
  range.collapse(true);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
