import { type KeyboardEvent, memo, useId, useRef, useState } from 'react';
import { startPlannerDrag } from './drag-data';
import {
  continueEntry,
  describeEntry,
  focusLater,
  moveEntryBy,
  moveEntryToSlot,
  unscheduleEntry,
} from './planner-commands';
import { agendaActions } from '../agenda/agenda-store';
import { placeElementId, type PlannerEntry, plannerFacts } from './planner-facts';
import { usePlannerEntry } from './planner-hooks';
import { PlaceNotices } from './place-notices';
import { SlotMenu } from './slot-menu';

interface ScheduleEntryRowProps {
  readonly entryId: string;
  /** A drag is over the upper half of this row: show where it would land. */
  readonly dropBefore: boolean;
}

/** "item 3", "item 3 (continued)": how an entry is named in its controls. */
function entryName(entry: PlannerEntry): string {
  if (entry.reference === null) return 'the item no longer on the agenda';
  return `item ${entry.reference}${entry.continued ? ' (continued)' : ''}`;
}

const controlId = (entryId: string, control: string) => `entry-${entryId}-${control}`;

/** One agenda item taken up in a slot: its number, its wording in the annex, and what can be done with it. */
export const ScheduleEntryRow = memo(function ScheduleEntryRow({
  entryId,
  dropBefore,
}: ScheduleEntryRowProps) {
  const entry = usePlannerEntry(entryId);
  const [editing, setEditing] = useState(false);
  if (!entry) return null;
  const name = entryName(entry);

  const move = (delta: -1 | 1) => {
    const focused = document.activeElement?.id;
    moveEntryBy(entryId, delta);
    // The row is drawn anew when it changes slot; keep the key or button the user was on.
    focusLater(
      ...(focused ? [focused] : []),
      controlId(entryId, delta < 0 ? 'up' : 'down'),
      controlId(entryId, delta < 0 ? 'down' : 'up'),
    );
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(event.key === 'ArrowUp' ? -1 : 1);
  };

  return (
    <li
      id={placeElementId(`entry:${entryId}`)}
      tabIndex={-1}
      data-drop-row
      className={`planner-entry${dropBefore ? ' planner-entry--drop-before' : ''}${
        entry.continued ? ' planner-entry--continued' : ''
      }`}
      aria-label={`Item ${entry.reference ?? '?'}: ${entry.title}`}
      draggable={!editing}
      onDragStart={(event) => {
        startPlannerDrag(event.dataTransfer, { kind: 'entry', entryId });
        event.currentTarget.classList.add('planner-entry--dragged');
      }}
      onDragEnd={(event) => event.currentTarget.classList.remove('planner-entry--dragged')}
      onKeyDown={onKeyDown}
    >
      <div className="planner-entry__line">
        <span className="planner-entry__handle" aria-hidden="true" title="Drag to move">
          ⠿
        </span>
        <span className="planner-entry__number">{entry.reference ?? '–'}</span>
        {editing ? (
          <WordingEditor entry={entry} name={name} onDone={() => setEditing(false)} />
        ) : (
          <span
            className="planner-entry__title"
            onDoubleClick={entry.reference === null ? undefined : () => setEditing(true)}
          >
            {entry.title}
            {entry.description !== '' && (
              <span className="badge planner-entry__own">own wording</span>
            )}
          </span>
        )}
      </div>
      <PlaceNotices place={`entry:${entryId}`} />
      {!editing && (
        // Shown when the entry is pointed at or holds focus, so the grid reads as a programme.
        <div className="planner-entry__actions">
          <button
            type="button"
            id={controlId(entryId, 'up')}
            aria-label={`Move ${name} up`}
            title="Move up (Alt+↑)"
            disabled={!entry.canMoveUp}
            onClick={() => move(-1)}
          >
            ↑
          </button>
          <button
            type="button"
            id={controlId(entryId, 'down')}
            aria-label={`Move ${name} down`}
            title="Move down (Alt+↓)"
            disabled={!entry.canMoveDown}
            onClick={() => move(1)}
          >
            ↓
          </button>
          {entry.reference !== null && (
            <button
              type="button"
              id={controlId(entryId, 'wording')}
              aria-label={`Edit the wording of ${name}`}
              title="Edit the wording in the annex"
              onClick={() => setEditing(true)}
            >
              ✎
            </button>
          )}
          <SlotMenu
            label={`Move ${name} to another slot`}
            text="⇄"
            title="Move to another slot"
            buttonId={controlId(entryId, 'move')}
            exceptSlotId={entry.slotId}
            onChoose={(slotId) => {
              moveEntryToSlot(entryId, slotId);
              focusLater(controlId(entryId, 'move'));
              return true;
            }}
          />
          {entry.reference !== null && (
            <SlotMenu
              label={`Take up ${name} again in another slot`}
              text="+"
              title="Take up again in another slot (continued)"
              exceptSlotId={entry.slotId}
              onChoose={(slotId) => {
                const added = continueEntry(entryId, slotId);
                if (added) focusLater(controlId(added, 'wording'));
                return added !== null;
              }}
            />
          )}
          <button
            type="button"
            className="planner-entry__remove"
            aria-label={`Remove ${name} from this slot`}
            title="Remove from this slot"
            onClick={() => {
              unscheduleEntry(entryId);
              focusLater(placeElementId(`slot:${entry.slotId}`));
            }}
          >
            ✕
          </button>
        </div>
      )}
    </li>
  );
});

function storedDescription(entryId: string): string {
  const agenda = agendaActions.current();
  return (agenda && plannerFacts(agenda).entries.get(entryId)?.description) ?? '';
}

interface WordingEditorProps {
  readonly entry: PlannerEntry;
  readonly name: string;
  readonly onDone: () => void;
}

/**
 * The entry's own wording in the annex ("Consideration of …", "Organized
 * Crime Convention"). Saved as it is typed, into the one undo step of this
 * entry; Escape puts back what was there.
 */
function WordingEditor({ entry, name, onDone }: WordingEditorProps) {
  const id = useId();
  const before = useRef(entry.description === '' ? null : entry.description);
  const wording = (description: string) => (description === '' ? entry.agendaTitle : description);
  const [text, setText] = useState(wording(entry.description));
  // The description as this field last left it in the agenda.
  const [written, setWritten] = useState(entry.description);
  if (entry.description !== written) {
    // Undo or redo changed it under the field: show what the agenda holds now.
    setWritten(entry.description);
    setText(wording(entry.description));
  }
  const finish = (revert: boolean) => {
    if (revert) describeEntry(entry.id, before.current);
    onDone();
    focusLater(controlId(entry.id, 'wording'));
  };
  return (
    <div className="planner-entry__wording">
      <label htmlFor={id}>Wording of {name} in the annex</label>
      <textarea
        id={id}
        value={text}
        rows={3}
        autoFocus
        aria-describedby={`${id}-hint`}
        onFocus={(event) => event.currentTarget.setSelectionRange(text.length, text.length)}
        onChange={(event) => {
          setText(event.target.value);
          describeEntry(entry.id, event.target.value);
          setWritten(storedDescription(entry.id));
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault();
            finish(false);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            finish(true);
          }
        }}
      />
      <p id={`${id}-hint`} className="field__hint">
        Enter to finish, Escape to undo. Empty, or the agenda’s own words, follows the agenda title.
      </p>
      <div className="planner-entry__wording-actions">
        <button type="button" className="button--primary" onClick={() => finish(false)}>
          Done
        </button>
        <button
          type="button"
          onClick={() => {
            describeEntry(entry.id, null);
            finish(false);
          }}
        >
          Use the agenda title
        </button>
      </div>
    </div>
  );
}
