import { describe, expect, it } from 'vitest';
import { describeCitations, listInWords } from '../../../../shared/documents/document-lookup';

describe('naming the items that cite a document', () => {
  const cite = (...references: string[]) =>
    references.map((reference) => ({ itemId: `item-${reference}`, reference }));

  it('reads "items 2, 4 and 5", "items 2 and 4", "item 1 (a)" or "not cited"', () => {
    expect(describeCitations(cite('2', '4', '5'))).toBe('items 2, 4 and 5');
    expect(describeCitations(cite('2', '4'))).toBe('items 2 and 4');
    expect(describeCitations(cite('1 (a)'))).toBe('item 1 (a)');
    expect(describeCitations([])).toBe('not cited');
  });

  it('joins words with commas and a final "and"', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['2'])).toBe('2');
    expect(listInWords(['1 (a)', '1 (b)', '3', '7'])).toBe('1 (a), 1 (b), 3 and 7');
  });
});
