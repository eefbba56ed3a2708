/** The organization of work, planned on a grid of days and time slots. */
export function PlannerView() {
  return <p>The planner is coming.</p>;
}
