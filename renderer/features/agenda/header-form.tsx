import { memo } from 'react';
import {
  type Agenda,
  DISTRIBUTIONS,
  type Header,
  type Meeting,
  UN_LANGUAGES,
} from '../../../shared/model/agenda';
import { LANGUAGE_NAMES } from '../../../shared/model/languages';
import { ChoiceField, TextField } from '../common/text-field';
import { SymbolField } from '../documents/symbol-field';
import { agendaActions, useOpenAgenda } from './agenda-store';
import { MeetingDateFields } from '../schedule/meeting-date-fields';

const LANGUAGE_OPTIONS = UN_LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }));
const DISTRIBUTION_OPTIONS = DISTRIBUTIONS.map((value) => ({ value, label: value }));

function editHeader<K extends keyof Header>(key: K, value: Header[K]): void {
  agendaActions.edit(
    (agenda: Agenda) => ({ ...agenda, header: { ...agenda.header, [key]: value } }),
    `header:${key}`,
  );
}

function editMeeting<K extends keyof Meeting>(key: K, value: Meeting[K]): void {
  agendaActions.edit(
    (agenda: Agenda) => ({ ...agenda, meeting: { ...agenda.meeting, [key]: value } }),
    `meeting:${key}`,
  );
}

/** Dates and optional fields are null when empty, never "". */
const orNull = (value: string): string | null => (value.trim() === '' ? null : value);

export const HeaderForm = memo(function HeaderForm() {
  const header = useOpenAgenda((agenda) => agenda.header);
  const meeting = useOpenAgenda((agenda) => agenda.meeting);
  if (!header || !meeting) return null;
  return (
    <section className="header-form" aria-labelledby="header-form-heading">
      <h2 id="header-form-heading">Document and meeting</h2>
      <div className="header-form__grid">
        <TextField
          className="field--wide"
          label="Body"
          value={header.body}
          onChange={(value) => editHeader('body', value)}
        />
        <SymbolField
          label="Document symbol"
          value={header.symbol}
          onChange={(value) => editHeader('symbol', value)}
        />
        <ChoiceField
          label="Distribution"
          value={header.distribution}
          options={DISTRIBUTION_OPTIONS}
          onChange={(value) => editHeader('distribution', value)}
        />
        <TextField
          label="Issue date"
          type="date"
          value={header.issueDate ?? ''}
          onChange={(value) => editHeader('issueDate', orNull(value))}
        />
        <TextField
          className="field--wide"
          label="Note on this issuance"
          hint="Printed at the foot of page 1, e.g. “Reissued for technical reasons on 5 August 2012.”; leave empty if none"
          value={header.issuanceNote ?? ''}
          onChange={(value) => editHeader('issuanceNote', orNull(value))}
        />
        <ChoiceField
          label="Original language"
          value={header.originalLanguage}
          options={LANGUAGE_OPTIONS}
          onChange={(value) => editHeader('originalLanguage', value)}
        />
        <ChoiceField
          label="Document language"
          value={header.documentLanguage}
          options={LANGUAGE_OPTIONS}
          onChange={(value) => editHeader('documentLanguage', value)}
        />
        <TextField
          className="field--wide"
          label="Meeting title"
          value={meeting.title}
          onChange={(value) => editMeeting('title', value)}
        />
        <TextField
          label="Session"
          hint="e.g. Twenty-first session; leave empty if none"
          value={meeting.session ?? ''}
          onChange={(value) => editMeeting('session', orNull(value))}
        />
        <TextField
          label="Venue"
          value={meeting.venue}
          onChange={(value) => editMeeting('venue', value)}
        />
        {/* The days of the organization of work follow these two dates. */}
        <MeetingDateFields />
        <TextField
          className="field--wide"
          label="Document title"
          value={meeting.documentTitle}
          onChange={(value) => editMeeting('documentTitle', value)}
        />
      </div>
    </section>
  );
});
