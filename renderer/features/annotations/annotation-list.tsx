import { memo } from 'react';
import type { Paragraph } from '../../../shared/model/agenda';
import {
  insertParagraph,
  moveParagraph,
  removeParagraph,
} from '../../../shared/agenda/annotation-edits';
import { agendaActions } from '../agenda/agenda-store';
import { ParagraphEditor } from './paragraph-editor';
import { focusParagraphLater } from './pending-focus';

interface AnnotationListProps {
  readonly itemId: string;
  readonly reference: string;
  readonly paragraphs: readonly Paragraph[];
  /** Number of the first paragraph when the document numbers them (UN style). */
  readonly firstNumber: number | null;
  readonly language: string;
}

function addParagraph(itemId: string, index: number): void {
  agendaActions.edit((agenda) => {
    const [next, id] = insertParagraph(agenda, itemId, index);
    focusParagraphLater(id, 0);
    return next;
  });
}

export const AnnotationList = memo(function AnnotationList({
  itemId,
  reference,
  paragraphs,
  firstNumber,
  language,
}: AnnotationListProps) {
  return (
    <div className="annotations" role="group" aria-label={`Annotations of ${reference}`}>
      {paragraphs.map((paragraph, index) => {
        const label = `Paragraph ${index + 1} of ${reference}`;
        return (
          <div key={paragraph.id} className="annotations__row">
            <ParagraphEditor
              itemId={itemId}
              paragraph={paragraph}
              label={label}
              number={firstNumber === null ? null : firstNumber + index}
              language={language}
            />
            <div className="annotations__actions">
              <button
                type="button"
                aria-label={`Move ${label.toLowerCase()} up`}
                disabled={index === 0}
                onClick={() =>
                  agendaActions.edit((agenda) => moveParagraph(agenda, itemId, paragraph.id, -1))
                }
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={`Move ${label.toLowerCase()} down`}
                disabled={index === paragraphs.length - 1}
                onClick={() =>
                  agendaActions.edit((agenda) => moveParagraph(agenda, itemId, paragraph.id, 1))
                }
              >
                ↓
              </button>
              <button
                type="button"
                aria-label={`Delete ${label.toLowerCase()}`}
                onClick={() =>
                  agendaActions.edit((agenda) => removeParagraph(agenda, itemId, paragraph.id))
                }
              >
                ✕
              </button>
            </div>
          </div>
        );
      })}
      <button
        type="button"
        className="annotations__add"
        onClick={() => addParagraph(itemId, paragraphs.length)}
        aria-label={`Add a paragraph to ${reference}`}
      >
        + Paragraph
      </button>
    </div>
  );
});
