interface DocumentationListProps {
  readonly itemId: string;
  readonly reference: string;
}

/** The "Documentation" list of an item: filled in by the documents feature. */
export function DocumentationList(_props: DocumentationListProps) {
  return null;
}
