import { type DragEvent, memo, useMemo, useState } from 'react';
import type { AgendaItem, DocumentEntry } from '../../../shared/model/agenda';
import {
  agendaItemPunctuation,
  subItemLetter,
  subItemPunctuation,
} from '../../../shared/model/numbering';
import { useOpenAgenda } from './agenda-store';
import { EntryEditor } from './entry-editor';
import { addItem, addSubItem, moveItemToIndex } from './tree-commands';

const DRAG_TYPE = 'application/x-agendum-item';
const NO_DOCUMENTS: readonly DocumentEntry[] = [];

/**
 * Paragraph numbers run through the whole annotations section. Each item gets
 * the number of its first paragraph, a plain number, so that typing in one
 * item does not redraw the others.
 */
function firstParagraphNumbers(items: readonly AgendaItem[]): number[] {
  let next = 1;
  return items.map((item) => {
    const first = next;
    for (const entry of [item, ...item.subItems]) next += entry.annotations.length;
    return first;
  });
}

export const AgendaTree = memo(function AgendaTree() {
  const items = useOpenAgenda((agenda) => agenda.items);
  const numbered = useOpenAgenda((agenda) => agenda.settings.numberParagraphs) ?? false;
  const language = useOpenAgenda((agenda) => agenda.header.documentLanguage) ?? 'en';
  // Selected here once and passed down: a store subscription per item would be
  // thousands of selectors run at every keystroke.
  const registry = useOpenAgenda((agenda) => agenda.documents) ?? NO_DOCUMENTS;
  const firstNumbers = useMemo(
    () => (numbered && items ? firstParagraphNumbers(items) : []),
    [items, numbered],
  );
  const [dropTarget, setDropTarget] = useState<number | null>(null);
  if (!items) return null;

  const onDrop = (event: DragEvent, index: number) => {
    const id = event.dataTransfer.getData(DRAG_TYPE);
    setDropTarget(null);
    if (!id) return;
    event.preventDefault();
    moveItemToIndex(id, index);
  };

  return (
    <section className="agenda-tree" aria-labelledby="agenda-tree-heading">
      <h2 id="agenda-tree-heading">Agenda and annotations</h2>
      <p className="agenda-tree__help">
        In a title, Enter adds the next item, Tab makes an item a sub-item of the one above and
        Shift+Tab makes it an item again, Alt+↑ and Alt+↓ move it. Drag an item by its number.
      </p>
      <ol className="agenda-tree__items">
        {items.map((item, index) => (
          <li
            key={item.id}
            className={`agenda-tree__item${dropTarget === index ? ' agenda-tree__item--drop' : ''}`}
            aria-label={`Item ${index + 1}`}
            onDragOver={(event) => {
              if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
              event.preventDefault();
              setDropTarget(index);
            }}
            onDragLeave={() => setDropTarget(null)}
            onDrop={(event) => onDrop(event, index)}
          >
            <ItemCard
              item={item}
              index={index}
              count={items.length}
              firstNumber={firstNumbers[index] ?? null}
              language={language}
              registry={registry}
            />
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => addItem()}>
        Add item
      </button>
    </section>
  );
});

interface ItemCardProps {
  readonly item: AgendaItem;
  readonly index: number;
  readonly count: number;
  /** Number of the item's first annotation paragraph, when paragraphs are numbered. */
  readonly firstNumber: number | null;
  readonly language: string;
  readonly registry: readonly DocumentEntry[];
}

const ItemCard = memo(function ItemCard({
  item,
  index,
  count,
  firstNumber,
  language,
  registry,
}: ItemCardProps) {
  const number = String(index + 1);
  let nextNumber = firstNumber === null ? null : firstNumber + item.annotations.length;
  return (
    <article className="item-card" aria-labelledby={`title-${item.id}`}>
      <EntryEditor
        entry={item}
        marker={`${number}.`}
        reference={`item ${number}`}
        punctuation={agendaItemPunctuation(item)}
        position={{ index, count, level: 'item' }}
        firstNumber={firstNumber}
        language={language}
        registry={registry}
        dragType={DRAG_TYPE}
        onAddBelow={() => addItem(index + 1)}
      >
        <button
          type="button"
          onClick={() => addSubItem(item.id)}
          aria-label={`Add sub-item to item ${number}`}
        >
          + Sub-item
        </button>
      </EntryEditor>
      {item.subItems.length > 0 && (
        <ol className="item-card__subitems">
          {item.subItems.map((subItem, subIndex) => {
            const letter = subItemLetter(subIndex);
            const subFirstNumber = nextNumber;
            if (nextNumber !== null) nextNumber += subItem.annotations.length;
            return (
              <li key={subItem.id} aria-label={`Item ${number} (${letter})`}>
                <EntryEditor
                  entry={subItem}
                  marker={`(${letter})`}
                  reference={`item ${number} (${letter})`}
                  punctuation={subItemPunctuation(item, subIndex)}
                  position={{ index: subIndex, count: item.subItems.length, level: 'sub-item' }}
                  firstNumber={subFirstNumber}
                  language={language}
                  registry={registry}
                  onAddBelow={() => addSubItem(item.id, subIndex + 1)}
                />
              </li>
            );
          })}
        </ol>
      )}
    </article>
  );
});
