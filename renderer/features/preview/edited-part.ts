import type { EditedPart } from './preview-frame';

/**
 * The part of the document an element of the editor edits: an item's title,
 * one of its paragraphs, the rest of it (its documents), or the header.
 *
 * Read from the editor's markup (each item is an `.entry` whose title field
 * has the id `title-<item id>`), so the editor needs no knowledge of the preview.
 */
export function editedPartOf(target: EventTarget | null): EditedPart | null {
  if (!(target instanceof Element)) return null;
  const entry = target.closest('.entry');
  if (entry) {
    const title = entry.querySelector(':scope > .entry__line > [id^="title-"]');
    if (!title) return null;
    const itemId = title.id.slice('title-'.length);
    if (target === title) return { kind: 'item', itemId, place: 'title' };
    const paragraph = target.closest('.paragraph__text');
    if (paragraph) {
      // Its position among the item's own paragraphs, as the preview lists them.
      const own = [...entry.querySelectorAll('.paragraph__text')].filter(
        (candidate) => candidate.closest('.entry') === entry,
      );
      const index = own.indexOf(paragraph);
      if (index >= 0) return { kind: 'item', itemId, place: { paragraph: index } };
    }
    return { kind: 'item', itemId, place: 'body' };
  }
  return target.closest('.header-form') ? { kind: 'header' } : null;
}
