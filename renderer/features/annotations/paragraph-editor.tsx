import { type ClipboardEvent, type KeyboardEvent, memo, useLayoutEffect, useRef } from 'react';
import type { Paragraph, TextRun } from '../../../shared/model/agenda';
import {
  mergeWithPrevious,
  pasteParagraphs,
  setParagraphRuns,
  splitParagraph,
} from '../../../shared/agenda/annotation-edits';
import { agendaActions } from '../agenda/agenda-store';
import { caretOffset, deleteSelection, placeCaret, selectionIsCollapsed } from './caret';
import { focusParagraphLater, takePendingFocus } from './pending-focus';
import { paragraphsFromClipboard, runsFromElement, runsToHtml } from './runs-dom';

interface ParagraphEditorProps {
  readonly itemId: string;
  readonly paragraph: Paragraph;
  /** "paragraph 2 of item 4", for its accessible name. */
  readonly label: string;
  /** The UN paragraph number when the document numbers paragraphs. */
  readonly number: number | null;
  readonly language: string;
}

/**
 * One annotation paragraph, edited in place with its bold and italic.
 *
 * The element is left alone while the user types (React never rewrites it
 * under the caret); it is redrawn only when the paragraph changed elsewhere:
 * undo, replace, a merge.
 */
export const ParagraphEditor = memo(function ParagraphEditor({
  itemId,
  paragraph,
  label,
  number,
  language,
}: ParagraphEditorProps) {
  const element = useRef<HTMLDivElement>(null);
  const shown = useRef<readonly TextRun[] | null>(null);
  const { id: paragraphId } = paragraph;

  useLayoutEffect(() => {
    const editor = element.current;
    if (!editor) return;
    if (shown.current !== paragraph.runs) {
      editor.innerHTML = runsToHtml(paragraph.runs);
      shown.current = paragraph.runs;
    }
    const offset = takePendingFocus(paragraphId);
    if (offset !== null) {
      editor.focus();
      placeCaret(editor, offset);
    }
  });

  const commit = () => {
    const editor = element.current;
    if (!editor) return;
    const runs = runsFromElement(editor);
    shown.current = runs;
    agendaActions.edit(
      (agenda) => setParagraphRuns(agenda, itemId, paragraphId, runs),
      `paragraph:${paragraphId}`,
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const editor = element.current;
    if (!editor) return;
    const modifier = event.ctrlKey || event.metaKey;
    if (modifier && !event.shiftKey && (event.key === 'b' || event.key === 'i')) {
      event.preventDefault();
      // The browser wraps the selection in <b> or <i>; commit reads the runs back.
      // execCommand is deprecated but remains the only way to apply emphasis to a
      // contentEditable selection in Chromium; Input Events offer no replacement.
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      document.execCommand(event.key === 'b' ? 'bold' : 'italic');
      commit();
      return;
    }
    if (event.key === 'Enter' && !event.shiftKey && !modifier) {
      event.preventDefault();
      deleteSelection(editor);
      commit();
      const offset = caretOffset(editor) ?? 0;
      agendaActions.edit((agenda) => {
        const [next, createdId] = splitParagraph(agenda, itemId, paragraphId, offset);
        focusParagraphLater(createdId, 0);
        return next;
      });
      return;
    }
    if (event.key === 'Backspace' && selectionIsCollapsed(editor) && caretOffset(editor) === 0) {
      agendaActions.edit((agenda) => {
        const merged = mergeWithPrevious(agenda, itemId, paragraphId);
        if (!merged) return agenda;
        event.preventDefault();
        focusParagraphLater(merged[1], merged[2]);
        return merged[0];
      });
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    const editor = element.current;
    if (!editor) return;
    event.preventDefault();
    const pasted = paragraphsFromClipboard(
      event.clipboardData.getData('text/html'),
      event.clipboardData.getData('text/plain'),
    );
    deleteSelection(editor);
    commit();
    const offset = caretOffset(editor) ?? 0;
    agendaActions.edit((agenda) => {
      const [next, caretParagraph, caretAt] = pasteParagraphs(
        agenda,
        itemId,
        paragraphId,
        offset,
        pasted,
      );
      focusParagraphLater(caretParagraph, caretAt);
      return next;
    });
  };

  return (
    <div className="paragraph">
      {number !== null && (
        <span className="paragraph__number" aria-hidden="true">
          {number}.
        </span>
      )}
      <div
        ref={element}
        id={`paragraph-${paragraphId}`}
        className="paragraph__text"
        role="textbox"
        aria-multiline="true"
        aria-label={label}
        contentEditable
        suppressContentEditableWarning
        spellCheck
        lang={language}
        tabIndex={0}
        onInput={commit}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        onDrop={(event) => event.preventDefault()}
      />
    </div>
  );
});
