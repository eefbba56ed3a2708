import { type DragEvent, memo, useId, useState } from 'react';
import { carriesPlannerDrag, readPlannerDrag, startPlannerDrag } from './drag-data';
import { focusLater, scheduleItem, unscheduleEntry } from './planner-commands';
import { placeElementId, plannerFacts } from './planner-facts';
import { useHasSlots, useSourceIds, useSourceItem } from './planner-hooks';
import { PlaceNotices } from './place-notices';
import { SlotMenu } from './slot-menu';
import { agendaActions } from '../agenda/agenda-store';

const scheduleButtonId = (itemId: string) => `schedule-${itemId}`;

/**
 * The items and sub-items taken up nowhere yet: the source the programme is
 * built from. An entry dragged back here leaves the programme.
 */
export const UnscheduledList = memo(function UnscheduledList() {
  const itemIds = useSourceIds();
  const hasSlots = useHasSlots();
  const headingId = useId();
  const [dropping, setDropping] = useState(false);

  const onDragOver = (event: DragEvent) => {
    if (!carriesPlannerDrag(event.dataTransfer, ['entry'])) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    setDropping(true);
  };
  const onDrop = (event: DragEvent) => {
    setDropping(false);
    const drag = readPlannerDrag(event.dataTransfer);
    if (drag?.kind !== 'entry') return;
    event.preventDefault();
    unscheduleEntry(drag.entryId);
  };

  return (
    <section
      className={`planner-source${dropping ? ' planner-source--drop' : ''}`}
      aria-labelledby={headingId}
      onDragOver={onDragOver}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropping(false);
      }}
      onDrop={onDrop}
    >
      <h3 id={headingId} tabIndex={-1}>
        Items to schedule <span className="badge">{itemIds.length}</span>
      </h3>
      {itemIds.length === 0 ? (
        <p className="planner-source__done">Every agenda item is taken up.</p>
      ) : (
        <>
          <p className="planner-source__help">
            {hasSlots
              ? 'Drag an item onto a slot, or choose Schedule… and a slot.'
              : 'Add a slot to a day first, then drag items onto it.'}
          </p>
          <ul className="planner-source__list">
            {itemIds.map((itemId) => (
              <SourceRow key={itemId} itemId={itemId} headingId={headingId} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
});

/** Where focus goes once an item leaves the list: the next item still in it, or the heading. */
function focusAfterScheduling(itemId: string, before: readonly string[], headingId: string) {
  const agenda = agendaActions.current();
  const after = new Set(agenda ? plannerFacts(agenda).sourceIds : []);
  const at = before.indexOf(itemId);
  const candidates = [...before.slice(at + 1), ...before.slice(0, at).reverse()].filter((id) =>
    after.has(id),
  );
  focusLater(...candidates.map(scheduleButtonId), headingId);
}

function SourceRow({ itemId, headingId }: { readonly itemId: string; readonly headingId: string }) {
  const source = useSourceItem(itemId);
  if (!source) return null;
  return (
    <li
      id={placeElementId(`item:${itemId}`)}
      className={`planner-source__item planner-source__item--${source.level}`}
      draggable
      onDragStart={(event) => startPlannerDrag(event.dataTransfer, { kind: 'item', itemId })}
    >
      <span className="planner-entry__handle" aria-hidden="true" title="Drag onto a slot">
        ⠿
      </span>
      <span className="planner-source__number">{source.reference}</span>
      <span className="planner-source__title" title={source.title}>
        {source.title}
      </span>
      <PlaceNotices place={`item:${itemId}`} compact />
      <SlotMenu
        label={`Schedule item ${source.reference}`}
        text="Schedule…"
        buttonId={scheduleButtonId(itemId)}
        buttonClassName="planner-source__schedule"
        onChoose={(slotId) => {
          const before = agendaActions.current();
          const ids = before ? plannerFacts(before).sourceIds : [];
          scheduleItem(itemId, slotId);
          focusAfterScheduling(itemId, ids, headingId);
          return true;
        }}
      />
    </li>
  );
}
