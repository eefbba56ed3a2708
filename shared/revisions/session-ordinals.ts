/**
 * Session ordinals as UN documents write them: in words, with a capital
 * only at the start of the line ("Twenty-first session", "Seventy-eighth
 * session"), and past one hundred in British form with "and" ("One hundredth
 * session", "One hundred and eighth session", as the treaty bodies number
 * theirs). Figures ("21st session") are read and advanced too.
 */

const UNIT_ORDINALS = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
] as const;
const TEEN_ORDINALS = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
] as const;
const CARDINALS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TENS_ORDINALS = [
  '',
  '',
  'twentieth',
  'thirtieth',
  'fortieth',
  'fiftieth',
  'sixtieth',
  'seventieth',
  'eightieth',
  'ninetieth',
];

/** The highest ordinal written in words; sessions beyond it are left for the user to write. */
export const MAX_ORDINAL = 999;

/** 21 → "twenty-first", 108 → "one hundred and eighth"; lower case, as inside a sentence. */
export function ordinalInWords(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > MAX_ORDINAL) {
    throw new RangeError(`no ordinal in words for ${value}`);
  }
  const hundreds = Math.floor(value / 100);
  const rest = value % 100;
  if (hundreds === 0) return belowHundred(rest);
  const head = `${CARDINALS[hundreds] ?? ''} hundred`;
  return rest === 0 ? `${head}th` : `${head} and ${belowHundred(rest)}`;
}

function belowHundred(value: number): string {
  if (value < 10) return UNIT_ORDINALS[value] ?? '';
  if (value < 20) return TEEN_ORDINALS[value - 10] ?? '';
  const tens = Math.floor(value / 10);
  const units = value % 10;
  return units === 0
    ? (TENS_ORDINALS[tens] ?? '')
    : `${TENS[tens] ?? ''}-${UNIT_ORDINALS[units] ?? ''}`;
}

/** 21 → "21st", 112 → "112th". */
export function ordinalInFigures(value: number): string {
  const lastTwo = value % 100;
  const last = value % 10;
  const suffix =
    lastTwo >= 11 && lastTwo <= 13
      ? 'th'
      : last === 1
        ? 'st'
        : last === 2
          ? 'nd'
          : last === 3
            ? 'rd'
            : 'th';
  return `${value}${suffix}`;
}

let wordsPattern: RegExp | undefined;
let wordsValues: Map<string, number> | undefined;

/** Every ordinal in words, longest first, so that "one hundred and first" wins over "first". */
function ordinalWords(): { pattern: RegExp; values: Map<string, number> } {
  if (!wordsPattern || !wordsValues) {
    wordsValues = new Map();
    for (let value = 1; value <= MAX_ORDINAL; value += 1)
      wordsValues.set(ordinalInWords(value), value);
    const alternatives = [...wordsValues.keys()]
      .sort((a, b) => b.length - a.length)
      .map((words) =>
        words.replace(/[ -]/gu, (mark) => (mark === ' ' ? '\\s+' : '[-\u2010\u2011]')),
      );
    wordsPattern = new RegExp(`(?<![\\p{L}-])(?:${alternatives.join('|')})(?![\\p{L}-])`, 'iu');
  }
  return { pattern: wordsPattern, values: wordsValues };
}

const FIGURES = /(?<![\p{L}\p{N}])(\d{1,3})(st|nd|rd|th)(?![\p{L}\p{N}])/iu;

export interface OrdinalFound {
  readonly value: number;
  readonly index: number;
  readonly length: number;
  readonly style: 'words' | 'figures';
}

/** The first session ordinal in a text, in words or in figures. */
export function findOrdinal(text: string): OrdinalFound | null {
  const { pattern, values } = ordinalWords();
  const words = pattern.exec(text);
  const figures = FIGURES.exec(text);
  const fromWords: OrdinalFound | null = words
    ? {
        value:
          values.get(
            words[0]
              .toLowerCase()
              .replace(/\s+/gu, ' ')
              .replace(/[\u2010\u2011]/gu, '-'),
          ) ?? 0,
        index: words.index,
        length: words[0].length,
        style: 'words',
      }
    : null;
  const fromFigures: OrdinalFound | null = figures
    ? {
        value: Number(figures[1]),
        index: figures.index,
        length: figures[0].length,
        style: 'figures',
      }
    : null;
  if (fromWords && fromFigures)
    return fromWords.index <= fromFigures.index ? fromWords : fromFigures;
  return fromWords ?? fromFigures;
}

/**
 * "Twenty-first session" → "Twenty-second session", "Resumed seventh
 * session" → "Resumed eighth session", "21st session" → "22nd session".
 * The capital of the first letter is kept. Null when the text holds no
 * ordinal, or the next one would be past MAX_ORDINAL.
 */
export function advanceSessionOrdinal(text: string, by = 1): string | null {
  const found = findOrdinal(text);
  if (!found) return null;
  const next = found.value + by;
  if (next < 1 || next > MAX_ORDINAL) return null;
  const original = text.slice(found.index, found.index + found.length);
  let replacement = found.style === 'words' ? ordinalInWords(next) : ordinalInFigures(next);
  if (found.style === 'words' && /^\p{Lu}/u.test(original)) {
    replacement = replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return text.slice(0, found.index) + replacement + text.slice(found.index + found.length);
}
