import { formatUnDateRange } from '../../../shared/schedule/un-format';
import { useOpenAgenda } from '../agenda/agenda-store';
import { AnnexPreview } from './annex-preview';
import { DayBand } from './day-band';
import { usePlannerDates } from './planner-hooks';
import { UnscheduledList } from './unscheduled-list';
import { WarningsPanel } from './warnings-panel';

/** "Vienna, 17 and 18 October 2012", as the document's cover says it. */
function useMeetingPlaceAndDates(): string | null {
  const meeting = useOpenAgenda((agenda) => ({
    venue: agenda.meeting.venue,
    startDate: agenda.meeting.startDate,
    endDate: agenda.meeting.endDate,
  }));
  if (!meeting?.startDate) return null;
  const dates = formatUnDateRange(meeting.startDate, meeting.endDate ?? meeting.startDate);
  return meeting.venue.trim() === '' ? dates : `${meeting.venue}, ${dates}`;
}

/** The organization of work, planned on a grid of days and time slots, and the annex it makes. */
export function PlannerView() {
  const dates = usePlannerDates();
  const placeAndDates = useMeetingPlaceAndDates();
  return (
    <div className="planner">
      <header className="planner__header">
        <h2>Organization of work</h2>
        <p className="planner__meeting">
          {placeAndDates ?? 'The meeting has no dates yet.'}{' '}
          <span className="planner__help">
            Days follow the meeting’s First day and Last day. Drag items onto the slots; point at an
            item for its tools; Alt+↑ and Alt+↓ move it, from slot to slot too.
          </span>
        </p>
      </header>
      <div className="planner__layout">
        <div className="planner__side">
          <UnscheduledList />
          <WarningsPanel />
        </div>
        <div className="planner__days">
          {dates.length === 0 ? (
            <p className="planner__empty">
              Set the meeting’s First day and Last day on the Agenda and annotations tab: each day
              of the meeting then appears here with the usual two meetings, 10 a.m.-1 p.m. and 3-6
              p.m.
            </p>
          ) : (
            dates.map((date) => <DayBand key={date} date={date} />)
          )}
        </div>
      </div>
      <AnnexPreview />
    </div>
  );
}
