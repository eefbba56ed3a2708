import { memo, useId } from 'react';
import {
  ANNEX_COLUMN_HEADINGS,
  ANNEX_TITLE,
  type AnnexRow,
  annexRowCells,
} from '../../../shared/schedule/annex-rows';
import { useOpenAgenda } from '../agenda/agenda-store';
import { plannerFacts } from './planner-facts';

const NO_ROWS: readonly AnnexRow[] = [];

function rowKey(row: AnnexRow): string {
  switch (row.kind) {
    case 'day':
      return `day-${row.date}`;
    case 'item':
      return `entry-${row.entryId}`;
    case 'slot':
      return `slot-${row.slotId}`;
  }
}

/** A table body per day, so that the day's heading labels its rows. */
function groupByDay(rows: readonly AnnexRow[]): { key: string; rows: AnnexRow[] }[] {
  const days: { key: string; rows: AnnexRow[] }[] = [];
  for (const row of rows) {
    const last = days[days.length - 1];
    if (row.kind === 'day' || !last) days.push({ key: rowKey(row), rows: [row] });
    else last.rows.push(row);
  }
  return days;
}

/** The annex as the document prints it, generated from the grid above; read only. */
export const AnnexPreview = memo(function AnnexPreview() {
  const rows = useOpenAgenda((agenda) => plannerFacts(agenda).rows) ?? NO_ROWS;
  const headingId = useId();
  return (
    <section className="annex-preview" aria-labelledby={headingId}>
      <h3 id={headingId}>Annex as it will print</h3>
      <div className="annex-preview__page">
        <p className="annex-preview__annex">Annex</p>
        <table className="annex-preview__table">
          <caption>{ANNEX_TITLE}</caption>
          <thead>
            <tr>
              {ANNEX_COLUMN_HEADINGS.map((heading) => (
                <th key={heading} scope="col">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          {rows.length === 0 && (
            <tbody>
              <tr>
                <td colSpan={3} className="annex-preview__empty">
                  Nothing is planned yet.
                </td>
              </tr>
            </tbody>
          )}
          {groupByDay(rows).map((day) => (
            <tbody key={day.key}>
              {day.rows.map((row) => {
                const [time, reference, title] = annexRowCells(row);
                return row.kind === 'day' ? (
                  <tr key={rowKey(row)} className="annex-preview__day">
                    <th scope="rowgroup" colSpan={3}>
                      {time}
                    </th>
                  </tr>
                ) : (
                  <tr key={rowKey(row)} className={`annex-preview__row--${row.slotKind}`}>
                    <td>{time}</td>
                    <td>{reference}</td>
                    <td>{title}</td>
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
      </div>
    </section>
  );
});
