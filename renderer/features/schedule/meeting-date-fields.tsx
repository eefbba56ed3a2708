import { type KeyboardEvent, useId, useState } from 'react';
import {
  changeMeetingDates,
  type MeetingDatesPlan,
  planMeetingDates,
} from '../../../shared/schedule/organization';
import { formatUnDateRange, formatUnDayHeading } from '../../../shared/schedule/un-format';
import { agendaActions, useOpenAgenda } from '../agenda/agenda-store';
import { ConfirmDialog } from '../common/confirm-dialog';

type ReadyPlan = Extract<MeetingDatesPlan, { kind: 'ready' }>;

interface DatesDraft {
  readonly startDate: string;
  readonly endDate: string;
}

interface Question {
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly plan: ReadyPlan;
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value);
const isIsoDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** "item 6", "6 and 7", "Thursday, 18 October, Friday, 19 October and …" */
function listOf(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

/** What the user is asked before planned entries or notes go with the days the new dates leave out. */
function questionText(plan: ReadyPlan): string {
  const days = listOf(plan.removedDays.map(formatUnDayHeading));
  const references = [
    ...new Set(plan.lostEntries.map((entry) => entry.reference ?? 'no longer on the agenda')),
  ];
  const items =
    references.length === 0
      ? ''
      : ` ${references.length === 1 ? 'Item' : 'Items'} ${listOf(references)} planned there will be taken out of the organization of work.`;
  const notes =
    plan.lostNotes.length === 0
      ? ''
      : ` The text ${listOf(plan.lostNotes.map((note) => `“${note.note}”`))} will be lost.`;
  return `The new dates leave out ${days}.${items}${notes}`;
}

/**
 * The meeting's First day and Last day. The days of the organization of
 * work follow them once a date is complete (when the field is left or Enter
 * is pressed, not at each digit, which would add and drop days while the
 * year is being typed), after asking if planned items would be lost.
 */
export function MeetingDateFields() {
  const stored = useOpenAgenda((agenda) => ({
    startDate: agenda.meeting.startDate,
    endDate: agenda.meeting.endDate,
  }));
  const [draft, setDraft] = useState<DatesDraft | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [question, setQuestion] = useState<Question | null>(null);
  const startId = useId();
  const endId = useId();
  if (!stored) return null;
  const shown: DatesDraft = draft ?? {
    startDate: stored.startDate ?? '',
    endDate: stored.endDate ?? '',
  };

  const apply = (startDate: string | null, endDate: string | null) => {
    agendaActions.edit((agenda) => changeMeetingDates(agenda, startDate, endDate));
    setDraft(null);
    setQuestion(null);
  };

  const commit = () => {
    const agenda = agendaActions.current();
    if (draft === null || !agenda) return;
    const startDate = orNull(draft.startDate);
    const endDate = orNull(draft.endDate);
    setProblem(null);
    if (startDate === agenda.meeting.startDate && endDate === agenda.meeting.endDate) {
      setDraft(null);
      return;
    }
    const plan = planMeetingDates(agenda, startDate, endDate);
    if (plan.kind === 'invalid') setProblem(plan.message);
    else if (plan.needsConfirmation) setQuestion({ startDate, endDate, plan });
    else apply(startDate, endDate);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    }
  };

  const inDocument =
    isIsoDate(shown.startDate) && (shown.endDate === '' || isIsoDate(shown.endDate))
      ? `In the document: ${formatUnDateRange(shown.startDate, shown.endDate || shown.startDate)}`
      : 'The days of the organization of work follow these dates.';

  return (
    <>
      <div className="field">
        <label htmlFor={startId}>First day</label>
        <input
          id={startId}
          type="date"
          value={shown.startDate}
          aria-invalid={problem !== null}
          aria-describedby={`${endId}-hint`}
          onChange={(event) => setDraft({ ...shown, startDate: event.target.value })}
          onBlur={commit}
          onKeyDown={onKeyDown}
        />
      </div>
      <div className="field">
        <label htmlFor={endId}>Last day</label>
        <input
          id={endId}
          type="date"
          value={shown.endDate}
          aria-invalid={problem !== null}
          aria-describedby={`${endId}-hint`}
          onChange={(event) => setDraft({ ...shown, endDate: event.target.value })}
          onBlur={commit}
          onKeyDown={onKeyDown}
        />
        <span
          id={`${endId}-hint`}
          className={problem ? 'field__error' : 'field__hint'}
          aria-live="polite"
        >
          {problem ?? inDocument}
        </span>
      </div>
      {question && (
        <ConfirmDialog
          title="Change the meeting’s dates?"
          message={questionText(question.plan)}
          confirmLabel="Change the dates"
          onConfirm={() => apply(question.startDate, question.endDate)}
          onCancel={() => {
            setQuestion(null);
            setDraft(null);
          }}
        />
      )}
    </>
  );
}
