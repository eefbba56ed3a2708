import { memo } from 'react';
import type { AgendaItem } from '../../../shared/model/agenda';
import { stripFinalPunctuation, subItemLetter } from '../../../shared/model/numbering';
import { useOpenAgenda } from './agenda-store';

function jumpTo(id: string): void {
  const title = document.getElementById(`title-${id}`);
  title?.scrollIntoView({ block: 'center' });
  title?.focus();
}

/** The items at a glance; choosing one takes the focus to its title. */
export const Outline = memo(function Outline() {
  const items = useOpenAgenda((agenda) => agenda.items);
  if (!items) return null;
  return (
    <nav className="outline" aria-label="Outline">
      <h2 className="outline__heading">Outline</h2>
      <ol className="outline__list">
        {items.map((item, index) => (
          <OutlineRow key={item.id} item={item} number={index + 1} />
        ))}
      </ol>
    </nav>
  );
});

/** One item of the outline; redrawn only when that item or its number changes. */
const OutlineRow = memo(function OutlineRow({
  item,
  number,
}: {
  readonly item: AgendaItem;
  readonly number: number;
}) {
  return (
    <li>
      <button type="button" className="outline__link" onClick={() => jumpTo(item.id)}>
        <span className="outline__number">{number}.</span>
        {stripFinalPunctuation(item.title) || 'Untitled item'}
      </button>
      {item.subItems.length > 0 && (
        <ol className="outline__list outline__list--sub">
          {item.subItems.map((subItem, subIndex) => (
            <li key={subItem.id}>
              <button type="button" className="outline__link" onClick={() => jumpTo(subItem.id)}>
                <span className="outline__number">({subItemLetter(subIndex)})</span>
                {stripFinalPunctuation(subItem.title) || 'Untitled sub-item'}
              </button>
            </li>
          ))}
        </ol>
      )}
    </li>
  );
});
