import type { AgendaMigration } from '../../../../shared/model/migrations';

/**
 * A format 0 invented for the test: no `schemaVersion`, the meeting's title
 * under `name`, and no `settings`. The real list is empty (format 1 is the first).
 */
export const FAKE_MIGRATIONS: readonly AgendaMigration[] = [
  {
    from: 0,
    name: 'meeting-name-becomes-title',
    reason: 'The meeting title was called "name", which read as the name of the file.',
    migrate: (document) => {
      const { name, ...meeting } = document.meeting as Record<string, unknown>;
      return {
        ...document,
        meeting: { ...meeting, title: name },
        settings: { numberParagraphs: false, documentsAnnex: false },
      };
    },
  },
];

export function formatZeroOf(agenda: Record<string, unknown>): Record<string, unknown> {
  const { schemaVersion: _version, settings: _settings, meeting, ...rest } = agenda;
  const { title, ...otherMeeting } = meeting as Record<string, unknown>;
  return { ...rest, meeting: { ...otherMeeting, name: title } };
}
