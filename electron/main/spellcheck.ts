import type { Language } from '../../shared/model/agenda';

/** Hunspell dictionaries Electron ships, preferred first, for each UN language. */
const DICTIONARIES: Readonly<Record<Language, readonly string[]>> = {
  ar: ['ar'],
  zh: [],
  en: ['en-GB', 'en-US', 'en'],
  fr: ['fr-FR', 'fr'],
  ru: ['ru-RU', 'ru'],
  es: ['es-ES', 'es', 'es-419'],
};

/**
 * The spellchecker languages for a document: the UN writes British English,
 * so en-GB before en-US. Chinese has no dictionary; checking is then off
 * (an empty list) rather than wrong.
 */
export function spellcheckerLanguagesFor(
  language: Language,
  available: readonly string[],
): string[] {
  const first = DICTIONARIES[language].find((code) => available.includes(code));
  return first ? [first] : [];
}
