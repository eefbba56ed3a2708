import { memo, useId, useState } from 'react';
import { suggestSlotTimes } from '../../../shared/schedule/organization';
import { formatUnTimeRange } from '../../../shared/schedule/un-format';
import { useOpenAgenda } from '../agenda/agenda-store';
import { ConfirmDialog } from '../common/confirm-dialog';
import { addSlotTo, addStandardMeetings, deleteDay, focusLater } from './planner-commands';
import { placeElementId } from './planner-facts';
import { useDaySlotIds, usePlannerDay } from './planner-hooks';
import { PlaceNotices } from './place-notices';
import { SlotCard } from './slot-card';
import { TimeRangeForm } from './time-range-form';

/** One day of the meeting: its slots side by side, in time order, and a way to add one. */
export const DayBand = memo(function DayBand({ date }: { readonly date: string }) {
  const day = usePlannerDay(date);
  const slotIds = useDaySlotIds(date);
  const headingId = useId();
  const [removing, setRemoving] = useState(false);
  if (!day) return null;

  const remove = () => {
    setRemoving(false);
    deleteDay(date);
  };

  return (
    <section
      id={placeElementId(`day:${date}`)}
      tabIndex={-1}
      className={`planner-day${day.inMeeting ? '' : ' planner-day--outside'}`}
      aria-labelledby={headingId}
    >
      <header className="planner-day__header">
        <h3 id={headingId}>{day.heading}</h3>
        {!day.inMeeting && (
          <button
            type="button"
            aria-label={`Remove ${day.heading} from the organization of work`}
            onClick={() => (day.entryCount > 0 ? setRemoving(true) : remove())}
          >
            Remove this day
          </button>
        )}
      </header>
      <PlaceNotices place={`day:${date}`} />
      <div className="planner-day__slots">
        {slotIds.map((slotId) => (
          <SlotCard key={slotId} slotId={slotId} />
        ))}
        {slotIds.length === 0 && (
          <div className="planner-day__unplanned">
            <p>No meeting is planned on this day yet.</p>
            <button
              type="button"
              aria-label={`Add the two standard meetings to ${day.heading}`}
              onClick={() => {
                addStandardMeetings(date);
                focusLater(placeElementId(`day:${date}`));
              }}
            >
              Add 10 a.m.-1 p.m. and 3-6 p.m.
            </button>
          </div>
        )}
      </div>
      <AddSlot date={date} heading={day.heading} />
      {removing && (
        <ConfirmDialog
          title={`Remove ${day.heading}?`}
          message={`This day is outside the meeting's dates. The ${day.entryCount === 1 ? 'agenda item' : `${day.entryCount} agenda items`} planned on it will be removed from the organization of work with it.`}
          confirmLabel="Remove the day"
          onConfirm={remove}
          onCancel={() => setRemoving(false)}
        />
      )}
    </section>
  );
});

function AddSlot({ date, heading }: { readonly date: string; readonly heading: string }) {
  const suggestion =
    useOpenAgenda((agenda) =>
      suggestSlotTimes(agenda.organization.days.find((day) => day.date === date)),
    ) ?? suggestSlotTimes(undefined);
  const suggested = formatUnTimeRange(suggestion.start, suggestion.end);
  return (
    <TimeRangeForm
      label="New slot"
      labelContext={` on ${heading}`}
      className="planner-add-slot"
      placeholder={suggested}
      whenEmpty={suggestion}
      hint={`As “3 to 6 pm” or “18:00-20:00”; left empty: ${suggested}`}
      onSubmit={(times) => addSlotTo(date, times)}
    >
      <button type="submit">Add slot</button>
    </TimeRangeForm>
  );
}
