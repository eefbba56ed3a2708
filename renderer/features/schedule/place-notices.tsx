import { memo } from 'react';
import type { WarningSeverity } from '../../../shared/schedule/warnings';
import type { PlaceKey } from './planner-facts';
import { useNoticesAt } from './planner-hooks';

const SEVERITY_WORD: Record<WarningSeverity, string> = {
  warning: 'Warning',
  information: 'Note',
};

const SEVERITY_MARK: Record<WarningSeverity, string> = {
  warning: '⚠',
  information: 'ℹ',
};

export function SeverityMark({ severity }: { readonly severity: WarningSeverity }) {
  return (
    <>
      <span className={`severity-mark severity-mark--${severity}`} aria-hidden="true">
        {SEVERITY_MARK[severity]}
      </span>
      <span className="visually-hidden">{SEVERITY_WORD[severity]}: </span>
    </>
  );
}

interface PlaceNoticesProps {
  readonly place: PlaceKey;
  /** A mark only, with the message for screen readers and as a tooltip (the list of items to schedule). */
  readonly compact?: boolean;
}

/** The warnings about one day, slot, entry or item, shown where they apply; never blocking. */
export const PlaceNotices = memo(function PlaceNotices({ place, compact }: PlaceNoticesProps) {
  const notices = useNoticesAt(place);
  if (notices.length === 0) return null;
  if (compact) {
    const first = notices[0];
    if (!first) return null;
    return (
      <span className="place-notices--compact" title={notices.map((n) => n.message).join('\n')}>
        <span className={`severity-mark severity-mark--${first.severity}`} aria-hidden="true">
          {SEVERITY_MARK[first.severity]}
        </span>
        <span className="visually-hidden">
          {notices.map((n) => `${SEVERITY_WORD[n.severity]}: ${n.message}`).join(' ')}
        </span>
      </span>
    );
  }
  return (
    <ul className="place-notices">
      {notices.map((notice) => (
        <li key={notice.message} className={`place-notice place-notice--${notice.severity}`}>
          <SeverityMark severity={notice.severity} />
          <span>{notice.message}</span>
        </li>
      ))}
    </ul>
  );
});
