import { describe, expect, it } from 'vitest';
import { spellcheckerLanguagesFor } from '../../../../electron/main/spellcheck';

const AVAILABLE = ['en-US', 'en-GB', 'fr', 'es', 'ru', 'ar', 'de'];

describe('the spellchecker follows the document language', () => {
  it.each([
    ['en', ['en-GB']],
    ['fr', ['fr']],
    ['es', ['es']],
    ['ru', ['ru']],
    ['ar', ['ar']],
    ['zh', []],
  ] as const)('%s → %j', (language, expected) => {
    expect(spellcheckerLanguagesFor(language, AVAILABLE)).toEqual(expected);
  });

  it('falls back to another variant, or to none', () => {
    expect(spellcheckerLanguagesFor('en', ['en-US'])).toEqual(['en-US']);
    expect(spellcheckerLanguagesFor('fr', ['en-US'])).toEqual([]);
  });
});
