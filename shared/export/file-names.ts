import type { Agenda, Language } from '../model/agenda';
import { LANGUAGE_LETTERS } from '../model/languages';
import { EXPORT_FORMAT_INFO, type ExportFormat } from './export-formats';

/**
 * File names of exported documents, as the UN names them: the symbol with
 * "/" turned into "_", then "_" and the language letter
 * (`CTOC/COP/WG.2/2012/1` in English → `CTOC_COP_WG.2_2012_1_E.docx`).
 *
 * A name the user types is made safe on every system the shared drive may be
 * read from: Windows refuses more than Linux or macOS, so its rules apply.
 */

/** What a file name is derived from. */
export interface NamingSource {
  readonly symbol: string;
  readonly language: Language;
  /** Named after this when there is no symbol yet ("Provisional agenda and annotations_E"). */
  readonly documentTitle: string;
}

export function namingSourceOf(agenda: Pick<Agenda, 'header' | 'meeting'>): NamingSource {
  return {
    symbol: agenda.header.symbol,
    language: agenda.header.documentLanguage,
    documentTitle: agenda.meeting.documentTitle,
  };
}

/**
 * Room for the longest extension and for the temporary name written first,
 * within the 255 bytes most file systems allow for a name.
 */
export const MAX_BASE_NAME_BYTES = 200;

const FALLBACK_BASE_NAME = 'Agenda';

/** Device names Windows keeps for itself, whatever the extension: "CON.docx" cannot be created. */
const RESERVED_WINDOWS_NAMES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** Characters Windows refuses in a name, and control characters anywhere. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const REFUSED_CHARACTERS = /[<>:"|?*\u0000-\u001f\u007f]/g;

/** The name the files get unless the user changes it: from the symbol, else from the title. */
export function defaultBaseName(source: NamingSource): string {
  const letter = LANGUAGE_LETTERS[source.language];
  const fromSymbol = sanitizeBaseName(source.symbol.trim().replace(/\s*\/\s*/g, '_'));
  const stem = fromSymbol ?? sanitizeBaseName(source.documentTitle) ?? FALLBACK_BASE_NAME;
  return sanitizeBaseName(`${stem}_${letter}`) ?? `${FALLBACK_BASE_NAME}_${letter}`;
}

/**
 * A name the user typed, made safe: no path separators (a name can never
 * reach another folder), none of the characters or device names Windows
 * refuses, no leading dot (a hidden file) or trailing dot or space (which
 * Windows drops), and short enough. Null when no letter or digit is left.
 */
export function sanitizeBaseName(typed: string): string | null {
  let name = typed
    .normalize('NFC')
    .replace(/[/\\]+/g, '_')
    .replace(/\s+/g, ' ')
    .replace(REFUSED_CHARACTERS, '');
  name = trimEnds(name);
  name = trimEnds(truncateToBytes(name, MAX_BASE_NAME_BYTES));
  // "_" or "-" alone names nothing the user would recognise.
  if (!/[\p{L}\p{N}]/u.test(name)) return null;
  if (RESERVED_WINDOWS_NAMES.test(name)) name = `_${name}`;
  return name;
}

/** The base name to use: the user's, made safe, or the default when theirs has nothing usable. */
export function chooseBaseName(source: NamingSource, typed: string | null): string {
  const usable = typed === null ? null : sanitizeBaseName(withoutKnownExtension(typed.trim()));
  return usable ?? defaultBaseName(source);
}

export function exportFileName(baseName: string, format: ExportFormat): string {
  return `${baseName}${EXPORT_FORMAT_INFO[format].extension}`;
}

/** An extension typed out of habit ("…_E.docx") would otherwise give "…_E.docx.docx". */
export function withoutKnownExtension(name: string): string {
  const extensions = Object.values(EXPORT_FORMAT_INFO).map((info) => info.extension);
  const found = extensions.find((extension) => name.toLowerCase().endsWith(extension));
  return found === undefined ? name : name.slice(0, -found.length);
}

function trimEnds(name: string): string {
  return name.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '');
}

/** Cuts at a whole character, never inside one. */
function truncateToBytes(name: string, maxBytes: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(name).length <= maxBytes) return name;
  let result = '';
  let bytes = 0;
  for (const character of name) {
    const size = encoder.encode(character).length;
    if (bytes + size > maxBytes) break;
    result += character;
    bytes += size;
  }
  return result;
}
