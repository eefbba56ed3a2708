import { memo, useId } from 'react';
import { useAllNotices } from './planner-hooks';
import { SeverityMark } from './place-notices';

/** Brings the place a warning concerns into view and puts focus on it. */
function showPlace(elementId: string): void {
  const element = document.getElementById(elementId);
  if (!element) return;
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  element.focus({ preventScroll: true });
}

/** Every warning about the organization of work, each a link to where it applies. Nothing blocks. */
export const WarningsPanel = memo(function WarningsPanel() {
  const notices = useAllNotices();
  const headingId = useId();
  const warningCount = notices.filter((notice) => notice.severity === 'warning').length;
  return (
    <section className="planner-warnings" aria-labelledby={headingId}>
      <h3 id={headingId}>
        Warnings <span className="badge">{warningCount}</span>
      </h3>
      {warningCount === 0 && (
        <p className="planner-warnings__none">
          {notices.length === 0
            ? 'None: every item is taken up and the slots fit the meeting.'
            : 'None. Notes:'}
        </p>
      )}
      {notices.length > 0 && (
        <ul className="planner-warnings__list">
          {notices.map((notice) => (
            <li
              key={`${notice.message}-${notice.elementId ?? ''}`}
              className={`place-notice place-notice--${notice.severity}`}
            >
              <SeverityMark severity={notice.severity} />
              {notice.elementId ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => showPlace(notice.elementId ?? '')}
                >
                  {notice.message}
                </button>
              ) : (
                <span>{notice.message}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
