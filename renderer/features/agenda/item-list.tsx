import { memo } from 'react';
import type { AgendaItem, SubItem } from '../../../shared/model/agenda';
import {
  agendaItemPunctuation,
  subItemLetter,
  subItemPunctuation,
} from '../../../shared/model/numbering';
import {
  insertItem,
  insertSubItem,
  moveEntry,
  removeEntry,
  updateEntry,
} from '../../../shared/agenda/tree-edits';
import { agendaActions, useOpenAgenda } from './agenda-store';

/** Focus the title field of a new item once React has drawn it. */
function focusTitle(id: string): void {
  requestAnimationFrame(() => document.getElementById(`title-${id}`)?.focus());
}

function addItem(index?: number): void {
  let created = '';
  agendaActions.edit((agenda) => {
    const [next, id] = insertItem(agenda, index);
    created = id;
    return next;
  });
  focusTitle(created);
}

function addSubItem(parentId: string): void {
  let created = '';
  agendaActions.edit((agenda) => {
    const [next, id] = insertSubItem(agenda, parentId);
    created = id;
    return next;
  });
  focusTitle(created);
}

export const ItemList = memo(function ItemList() {
  const items = useOpenAgenda((agenda) => agenda.items);
  if (!items) return null;
  return (
    <section className="items" aria-labelledby="items-heading">
      <h2 id="items-heading">Agenda</h2>
      <ol className="items__list">
        {items.map((item, index) => (
          <ItemRow key={item.id} item={item} index={index} isLast={index === items.length - 1} />
        ))}
      </ol>
      <button type="button" onClick={() => addItem()}>
        Add item
      </button>
    </section>
  );
});

interface ItemRowProps {
  readonly item: AgendaItem;
  readonly index: number;
  readonly isLast: boolean;
}

const ItemRow = memo(function ItemRow({ item, index, isLast }: ItemRowProps) {
  const number = String(index + 1);
  return (
    <li className="item" aria-label={`Item ${number}`}>
      <EntryLine
        entry={item}
        marker={`${number}.`}
        reference={`item ${number}`}
        punctuation={agendaItemPunctuation(item)}
        isFirst={index === 0}
        isLast={isLast}
      >
        <button
          type="button"
          onClick={() => addSubItem(item.id)}
          aria-label={`Add sub-item to item ${number}`}
        >
          Add sub-item
        </button>
      </EntryLine>
      {item.subItems.length > 0 && (
        <ol className="item__subitems">
          {item.subItems.map((subItem, subIndex) => {
            const letter = subItemLetter(subIndex);
            return (
              <li key={subItem.id} className="subitem" aria-label={`Item ${number} (${letter})`}>
                <EntryLine
                  entry={subItem}
                  marker={`(${letter})`}
                  reference={`item ${number} (${letter})`}
                  punctuation={subItemPunctuation(item, subIndex)}
                  isFirst={subIndex === 0}
                  isLast={subIndex === item.subItems.length - 1}
                />
              </li>
            );
          })}
        </ol>
      )}
    </li>
  );
});

interface EntryLineProps {
  readonly entry: AgendaItem | SubItem;
  readonly marker: string;
  /** "item 2 (a)", for accessible names. */
  readonly reference: string;
  readonly punctuation: string;
  readonly isFirst: boolean;
  readonly isLast: boolean;
  readonly children?: React.ReactNode;
}

function EntryLine({
  entry,
  marker,
  reference,
  punctuation,
  isFirst,
  isLast,
  children,
}: EntryLineProps) {
  const { id } = entry;
  return (
    <div className="entry">
      <span className="entry__marker" aria-hidden="true">
        {marker}
      </span>
      <input
        id={`title-${id}`}
        className="entry__title"
        aria-label={`Title of ${reference}`}
        value={entry.title}
        onChange={(event) => {
          const title = event.target.value;
          agendaActions.edit((agenda) => updateEntry(agenda, id, { title }), `title:${id}`);
        }}
      />
      <span className="entry__punctuation" aria-hidden="true">
        {punctuation}
      </span>
      <div className="entry__actions">
        {children}
        <button
          type="button"
          aria-label={`Move ${reference} up`}
          disabled={isFirst}
          onClick={() => agendaActions.edit((agenda) => moveEntry(agenda, id, -1))}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={`Move ${reference} down`}
          disabled={isLast}
          onClick={() => agendaActions.edit((agenda) => moveEntry(agenda, id, 1))}
        >
          ↓
        </button>
        <button
          type="button"
          aria-label={`Delete ${reference}`}
          onClick={() => agendaActions.edit((agenda) => removeEntry(agenda, id))}
        >
          Delete
        </button>
      </div>
    </div>
  );
}
