/** The registry of the session's documents. */
export function DocumentsView() {
  return <p>The documents registry is coming.</p>;
}
