import { type DragEvent, memo, useId, useState } from 'react';
import type { SlotKind } from '../../../shared/schedule/organization';
import { ConfirmDialog } from '../common/confirm-dialog';
import { carriesPlannerDrag, dropIndexAt, readPlannerDrag } from './drag-data';
import { changeSlot, deleteSlot, dropEntry, focusLater, scheduleItem } from './planner-commands';
import { placeElementId, type PlannerSlot } from './planner-facts';
import { usePlannerSlot, useSlotEntryIds } from './planner-hooks';
import { PlaceNotices } from './place-notices';
import { ScheduleEntryRow } from './schedule-entry-row';
import { TimeRangeForm } from './time-range-form';

const KIND_OPTIONS: readonly { readonly value: SlotKind; readonly label: string }[] = [
  { value: 'meeting', label: 'Meeting' },
  { value: 'parallel', label: 'Parallel meeting' },
  { value: 'note', label: 'Not a meeting' },
];

const NOTE_LABELS: Record<SlotKind, { label: string; placeholder: string }> = {
  meeting: { label: 'Line above the items', placeholder: 'e.g. Opening of the session' },
  parallel: { label: 'Name of the parallel meeting', placeholder: 'Parallel meeting' },
  note: { label: 'Text of the row', placeholder: 'e.g. Informal consultations' },
};

/** One time slot of a day: its time, its kind, and the items taken up in it, in order. */
export const SlotCard = memo(function SlotCard({ slotId }: { readonly slotId: string }) {
  const slot = usePlannerSlot(slotId);
  const entryIds = useSlotEntryIds(slotId);
  const headingId = useId();
  const [editingTime, setEditingTime] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [dropIndex, setDropIndex] = useState<number | null>(null);
  if (!slot) return null;

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!carriesPlannerDrag(event.dataTransfer, ['entry', 'item'])) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    setDropIndex(dropIndexAt(event.currentTarget, event.clientY));
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    const drag = readPlannerDrag(event.dataTransfer);
    const index = dropIndexAt(event.currentTarget, event.clientY);
    setDropIndex(null);
    if (!drag) return;
    event.preventDefault();
    if (drag.kind === 'entry') dropEntry(drag.entryId, slotId, index);
    else scheduleItem(drag.itemId, slotId, index);
  };

  const remove = () => {
    setRemoving(false);
    deleteSlot(slotId);
    focusLater(placeElementId(`day:${slot.date}`));
  };

  return (
    <section
      id={placeElementId(`slot:${slotId}`)}
      tabIndex={-1}
      className={`planner-slot planner-slot--${slot.kind}`}
      aria-labelledby={headingId}
    >
      <header className="planner-slot__header">
        <h4 id={headingId} className="planner-slot__time">
          <span className="visually-hidden">{slot.name.slice(0, -slot.time.length)}</span>
          {slot.time}
        </h4>
        {!editingTime && (
          <button
            type="button"
            id={`slot-${slotId}-time`}
            className="planner-slot__small"
            aria-label={`Change the time of ${slot.name}`}
            title="Change the time"
            onClick={() => setEditingTime(true)}
          >
            ✎
          </button>
        )}
        <button
          type="button"
          className="planner-slot__small planner-slot__remove"
          aria-label={`Remove the slot ${slot.name}`}
          title="Remove this slot"
          onClick={() => (slot.entryCount > 0 || slot.note !== '' ? setRemoving(true) : remove())}
        >
          ✕
        </button>
      </header>
      {editingTime && (
        <TimeRangeForm
          label="New time"
          labelContext={` of ${slot.name}`}
          initial={slot.time}
          autoFocus
          onSubmit={(times) => {
            changeSlot(slotId, times);
            setEditingTime(false);
            focusLater(`slot-${slotId}-time`);
          }}
          onCancel={() => {
            setEditingTime(false);
            focusLater(`slot-${slotId}-time`);
          }}
        >
          <button type="submit">Save</button>
          <button type="button" onClick={() => setEditingTime(false)}>
            Cancel
          </button>
        </TimeRangeForm>
      )}
      <div className="planner-slot__kind-row">
        <select
          className="planner-slot__kind"
          aria-label={`Kind of slot, ${slot.name}`}
          value={slot.kind}
          onChange={(event) => changeSlot(slotId, { kind: event.target.value as SlotKind })}
        >
          {KIND_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        {(slot.kind !== 'meeting' || slot.note !== '') && <SlotNoteField slot={slot} />}
      </div>
      <PlaceNotices place={`slot:${slotId}`} />
      <div
        className={`planner-slot__drop${dropIndex === entryIds.length ? ' planner-slot__drop--end' : ''}`}
        onDragOver={onDragOver}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropIndex(null);
        }}
        onDrop={onDrop}
      >
        {entryIds.length > 0 ? (
          <ol className="planner-slot__entries" aria-label={`Items taken up, ${slot.name}`}>
            {entryIds.map((id, index) => (
              <ScheduleEntryRow key={id} entryId={id} dropBefore={dropIndex === index} />
            ))}
          </ol>
        ) : (
          <p className="planner-slot__empty">
            {slot.kind === 'note' ? 'No agenda item (not a meeting).' : 'Drop agenda items here.'}
          </p>
        )}
      </div>
      {removing && (
        <ConfirmDialog
          title={`Remove ${slot.name}?`}
          message={
            slot.entryCount > 0
              ? `The ${slot.entryCount === 1 ? 'agenda item' : `${slot.entryCount} agenda items`} taken up in this slot will be removed from the organization of work with it.`
              : 'The text of this slot will be removed with it.'
          }
          confirmLabel="Remove the slot"
          onConfirm={remove}
          onCancel={() => setRemoving(false)}
        />
      )}
    </section>
  );
});

function SlotNoteField({ slot }: { readonly slot: PlannerSlot }) {
  const id = useId();
  const { label, placeholder } = NOTE_LABELS[slot.kind];
  return (
    <div className="planner-slot__note">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={slot.note}
        placeholder={placeholder}
        onChange={(event) =>
          changeSlot(slot.id, { note: event.target.value }, `schedule-note:${slot.id}`)
        }
      />
    </div>
  );
}
