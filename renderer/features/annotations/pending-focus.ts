/**
 * Where the caret should go once React has drawn a paragraph that an edit
 * created or changed (after Enter, Backspace at the start, a paste, undo).
 */
let pending: { paragraphId: string; offset: number } | null = null;

export function focusParagraphLater(paragraphId: string, offset: number): void {
  pending = { paragraphId, offset };
}

export function takePendingFocus(paragraphId: string): number | null {
  if (pending?.paragraphId !== paragraphId) return null;
  const { offset } = pending;
  pending = null;
  return offset;
}
