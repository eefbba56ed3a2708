import type { Language } from './agenda';

/** The six official languages, named in English as the masthead writes them ("Original: English"). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  ar: 'Arabic',
  zh: 'Chinese',
  en: 'English',
  fr: 'French',
  ru: 'Russian',
  es: 'Spanish',
};

/** The letter UN file names end with: CTOC_COP_WG.2_2012_1_E.docx. */
export const LANGUAGE_LETTERS: Readonly<Record<Language, string>> = {
  ar: 'A',
  zh: 'C',
  en: 'E',
  fr: 'F',
  ru: 'R',
  es: 'S',
};
