import { type KeyboardEvent, type ReactNode, memo, useId } from 'react';
import type { AgendaItem, DocumentEntry, SubItem } from '../../../shared/model/agenda';
import { stripFinalPunctuation } from '../../../shared/model/numbering';
import { updateEntry } from '../../../shared/agenda/tree-edits';
import { AnnotationList } from '../annotations/annotation-list';
import { DocumentationList } from '../documents/documentation-list';
import { agendaActions } from './agenda-store';
import { indent, moveBy, outdent, remove } from './tree-commands';

interface EntryPosition {
  readonly index: number;
  readonly count: number;
  readonly level: 'item' | 'sub-item';
}

interface EntryEditorProps {
  readonly entry: AgendaItem | SubItem;
  /** "3." or "(b)": derived, never typed. */
  readonly marker: string;
  /** "item 3 (b)", for accessible names. */
  readonly reference: string;
  readonly punctuation: string;
  readonly position: EntryPosition;
  readonly firstNumber: number | null;
  readonly language: string;
  /** The agenda's document registry, for the entry's documentation list. */
  readonly registry: readonly DocumentEntry[];
  /** Set on items: the marker is a handle to drag the item by. */
  readonly dragType?: string;
  readonly onAddBelow: () => void;
  readonly children?: ReactNode;
}

/** One item or sub-item: its title, its wording in the annotations, its paragraphs and documents. */
export const EntryEditor = memo(function EntryEditor({
  entry,
  marker,
  reference,
  punctuation,
  position,
  firstNumber,
  language,
  registry,
  dragType,
  onAddBelow,
  children,
}: EntryEditorProps) {
  const { id } = entry;
  const headingId = useId();
  const isItem = position.level === 'item';
  const canIndent =
    isItem && position.index > 0 && 'subItems' in entry && entry.subItems.length === 0;
  const headingDiffers =
    entry.annotationHeading !== null &&
    stripFinalPunctuation(entry.annotationHeading) !== stripFinalPunctuation(entry.title);

  const onTitleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onAddBelow();
    } else if (event.key === 'Tab' && !event.shiftKey && canIndent) {
      event.preventDefault();
      indent(id);
    } else if (event.key === 'Tab' && event.shiftKey && !isItem) {
      event.preventDefault();
      outdent(id);
    } else if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      moveBy(id, event.key === 'ArrowUp' ? -1 : 1);
    } else if (event.altKey && event.key === 'ArrowRight' && canIndent) {
      event.preventDefault();
      indent(id);
    } else if (event.altKey && event.key === 'ArrowLeft' && !isItem) {
      event.preventDefault();
      outdent(id);
    }
  };

  return (
    <div className={`entry entry--${position.level}`}>
      <div className="entry__line">
        <span
          className={`entry__marker${dragType ? ' entry__marker--handle' : ''}`}
          draggable={dragType !== undefined}
          onDragStart={(event) => {
            if (!dragType) return;
            event.dataTransfer.setData(dragType, id);
            event.dataTransfer.effectAllowed = 'move';
          }}
          title={dragType ? 'Drag to move this item' : undefined}
          aria-hidden="true"
        >
          {marker}
        </span>
        <textarea
          id={`title-${id}`}
          className="entry__title"
          aria-label={`Title of ${reference}`}
          rows={1}
          value={entry.title}
          spellCheck
          lang={language}
          onKeyDown={onTitleKeyDown}
          onChange={(event) => {
            const title = event.target.value.replace(/[\r\n]+/g, ' ');
            agendaActions.edit((agenda) => updateEntry(agenda, id, { title }), `title:${id}`);
          }}
          onBlur={() => {
            // The list's punctuation is derived: a mark typed by habit is dropped, not doubled.
            const trimmed = stripFinalPunctuation(entry.title);
            if (trimmed !== entry.title) {
              agendaActions.edit(
                (agenda) => updateEntry(agenda, id, { title: trimmed }),
                `title:${id}`,
              );
            }
          }}
        />
        <span className="entry__punctuation" aria-hidden="true">
          {stripFinalPunctuation(entry.title) === entry.title ? punctuation : ''}
        </span>
        <div className="entry__actions">
          {children}
          {isItem ? (
            <button
              type="button"
              aria-label={`Make ${reference} a sub-item`}
              disabled={!canIndent}
              onClick={() => indent(id)}
            >
              →
            </button>
          ) : (
            <button
              type="button"
              aria-label={`Make ${reference} an item`}
              onClick={() => outdent(id)}
            >
              ←
            </button>
          )}
          <button
            type="button"
            aria-label={`Move ${reference} up`}
            disabled={position.index === 0}
            onClick={() => moveBy(id, -1)}
          >
            ↑
          </button>
          <button
            type="button"
            aria-label={`Move ${reference} down`}
            disabled={position.index === position.count - 1}
            onClick={() => moveBy(id, 1)}
          >
            ↓
          </button>
          <button type="button" aria-label={`Delete ${reference}`} onClick={() => remove(id)}>
            Delete
          </button>
        </div>
      </div>
      <div className="entry__body">
        {entry.annotationHeading === null ? (
          <button
            type="button"
            className="link-button link-button--quiet"
            aria-label={`Word the heading of ${reference} differently in the annotations`}
            onClick={() => {
              const heading = entry.title;
              agendaActions.edit((agenda) =>
                updateEntry(agenda, id, { annotationHeading: heading }),
              );
              requestAnimationFrame(() => document.getElementById(headingId)?.focus());
            }}
          >
            Different heading in the annotations
          </button>
        ) : (
          <div className="entry__heading">
            <label htmlFor={headingId}>Heading in the annotations</label>
            <div className="entry__heading-row">
              <input
                id={headingId}
                value={entry.annotationHeading}
                spellCheck
                lang={language}
                onChange={(event) => {
                  const annotationHeading = event.target.value;
                  agendaActions.edit(
                    (agenda) => updateEntry(agenda, id, { annotationHeading }),
                    `heading:${id}`,
                  );
                }}
              />
              <button
                type="button"
                aria-label={`Use the agenda title as the heading of ${reference}`}
                onClick={() =>
                  agendaActions.edit((agenda) =>
                    updateEntry(agenda, id, { annotationHeading: null }),
                  )
                }
              >
                Same as title
              </button>
            </div>
            {headingDiffers && <span className="badge">Differs from the agenda title</span>}
          </div>
        )}
        <AnnotationList
          itemId={id}
          reference={reference}
          paragraphs={entry.annotations}
          firstNumber={firstNumber}
          language={language}
        />
        <DocumentationList
          itemId={id}
          documentIds={entry.documentIds}
          reference={reference}
          registry={registry}
        />
      </div>
    </div>
  );
});
