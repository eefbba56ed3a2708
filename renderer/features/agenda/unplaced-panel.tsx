import { useId, useMemo, useState } from 'react';
import type { Agenda, UnplacedText } from '../../../shared/model/agenda';
import { discardUnplaced, moveUnplacedToItem } from '../../../shared/agenda/unplaced-edits';
import { subItemLetter } from '../../../shared/model/numbering';
import { agendaActions, useOpenAgenda } from './agenda-store';

interface ItemChoice {
  readonly id: string;
  readonly label: string;
}

/** Every item and sub-item, as "1. Title" and "1 (a) Title", in the order of the agenda. */
function itemChoices(agenda: Pick<Agenda, 'items'>): ItemChoice[] {
  return agenda.items.flatMap((item, itemIndex) => [
    { id: item.id, label: `${itemIndex + 1}. ${item.title || 'Untitled item'}` },
    ...item.subItems.map((subItem, subIndex) => ({
      id: subItem.id,
      label: `${itemIndex + 1} (${subItemLetter(subIndex)}) ${subItem.title || 'Untitled sub-item'}`,
    })),
  ]);
}

/** "Unplaced text (3)": shown in the toolbar while an import left text to place by hand. */
export function UnplacedTextButton({
  open,
  onToggle,
}: {
  readonly open: boolean;
  readonly onToggle: () => void;
}) {
  const count = useOpenAgenda((agenda) => agenda.unplaced?.length ?? 0) ?? 0;
  if (count === 0) return null;
  return (
    <button type="button" onClick={onToggle} aria-expanded={open} aria-controls="unplaced-panel">
      Unplaced text ({count})
    </button>
  );
}

interface UnplacedPanelProps {
  readonly onClose: () => void;
}

/**
 * The text an import could not place, with where it came from and why; each
 * piece moved into an item's annotations or discarded, as an undoable edit.
 */
export function UnplacedPanel({ onClose }: UnplacedPanelProps) {
  const unplaced = useOpenAgenda((agenda) => agenda.unplaced ?? []) ?? [];
  const items = useOpenAgenda((agenda) => agenda.items);
  const choices = useMemo(() => (items ? itemChoices({ items }) : []), [items]);
  return (
    <aside
      id="unplaced-panel"
      className="side-panel unplaced-panel"
      aria-labelledby="unplaced-heading"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <header className="side-panel__header">
        <h2 id="unplaced-heading">Unplaced text</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      {unplaced.length === 0 ? (
        <p role="status">All the imported text has been placed.</p>
      ) : (
        <>
          <p>
            The import could not tell where these belong. Move each into an item’s annotations, or
            discard it.
          </p>
          <ol className="unplaced-panel__list" aria-label="Unplaced pieces of text">
            {unplaced.map((piece, index) => (
              <UnplacedPiece key={piece.id} piece={piece} number={index + 1} choices={choices} />
            ))}
          </ol>
        </>
      )}
    </aside>
  );
}

interface UnplacedPieceProps {
  readonly piece: UnplacedText;
  readonly number: number;
  readonly choices: readonly ItemChoice[];
}

function UnplacedPiece({ piece, number, choices }: UnplacedPieceProps) {
  const [target, setTarget] = useState(choices[0]?.id ?? '');
  const selectId = useId();
  const chosen = choices.some((choice) => choice.id === target) ? target : (choices[0]?.id ?? '');
  return (
    <li className="unplaced-panel__piece" aria-label={`Unplaced text ${number}`}>
      <blockquote className="unplaced-panel__text">{piece.text}</blockquote>
      <p className="unplaced-panel__source">
        From {piece.source}: {piece.reason}
      </p>
      <div className="unplaced-panel__actions">
        <label htmlFor={selectId}>Move text {number} to</label>
        <select id={selectId} value={chosen} onChange={(event) => setTarget(event.target.value)}>
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={chosen === ''}
          aria-label={`Move text ${number} to the item chosen`}
          onClick={() =>
            agendaActions.edit((agenda) => moveUnplacedToItem(agenda, piece.id, chosen))
          }
        >
          Move
        </button>
        <button
          type="button"
          aria-label={`Discard text ${number}`}
          onClick={() => agendaActions.edit((agenda) => discardUnplaced(agenda, piece.id))}
        >
          Discard
        </button>
      </div>
    </li>
  );
}
