/**
 * What a reader sees of a Markdown or text rendering, line by line, and of
 * any rendering, word by word: the yardsticks of the fidelity tests.
 */

const THEMATIC_BREAK = /^(?:-{3,}|\*{3,}|_{3,})$/;
const TABLE_DELIMITER_ROW = /^\|[\s|:-]+\|$/;
const MARKDOWN_ESCAPE = /\\([\\`*_{}[\]()#+\-.!|<>])/g;

/** The visible lines: no markup, bullets, emphasis, table pipes or tabs, no blank lines. */
export function visibleLines(markup: string): string[] {
  return markup
    .split(/\r?\n/)
    .map(visibleLine)
    .filter((line) => line !== '');
}

function visibleLine(line: string): string {
  let text = line.replace(/<\/?[bi]>/g, '').trim();
  if (THEMATIC_BREAK.test(text) || TABLE_DELIMITER_ROW.test(text)) return '';
  if (text.startsWith('|')) {
    text = text
      .replace(/^\||(?<!\\)\|$/g, '')
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim())
      .join(' ');
  }
  text = text
    .replace(/^#{1,6}\s+/, '')
    .replace(/^[-+*]\s+/, '')
    .replace(/(?<!\\)\*+/g, '')
    .replace(MARKDOWN_ESCAPE, '$1');
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The lines of an export without what it may add to the seed: "United
 * Nations" and the symbol, once each.
 */
export function withoutMastheadExtras(lines: readonly string[], symbol: string): string[] {
  const result = [...lines];
  for (const extra of ['United Nations', symbol]) {
    const index = result.indexOf(extra);
    if (index !== -1) result.splice(index, 1);
  }
  return result;
}

/**
 * Words as a reader would compare them: ligatures unfolded, and a word that
 * a PDF broke at a hyphen or slash at the end of a line joined again.
 */
export function wordsOf(text: string): string[] {
  const tokens = text
    .normalize('NFKC')
    .replace(/\u00ad/g, '')
    .split(/\s+/)
    .filter((token) => token !== '');
  const words: string[] = [];
  for (const token of tokens) {
    const previous = words.at(-1);
    if (previous !== undefined && previous.length > 1 && /[-/]$/.test(previous)) {
      words[words.length - 1] = previous + token;
    } else {
      words.push(token);
    }
  }
  return words;
}

/** The words of the seed, as the fidelity tests expect to find them. */
export function seedWords(seedMarkdown: string): string[] {
  return wordsOf(visibleLines(seedMarkdown).join('\n'));
}

/**
 * The first place two word sequences part, with a little context, or null
 * when they are the same; a readable failure instead of a 3,000-word diff.
 */
export function firstWordDifference(
  expected: readonly string[],
  actual: readonly string[],
): string | null {
  const length = Math.max(expected.length, actual.length);
  for (let index = 0; index < length; index += 1) {
    if (expected[index] !== actual[index]) {
      const context = (words: readonly string[]): string =>
        words.slice(Math.max(0, index - 6), index + 6).join(' ');
      return [
        `word ${index + 1}: expected ${JSON.stringify(expected[index])}, got ${JSON.stringify(actual[index])}`,
        `  expected: … ${context(expected)} …`,
        `  actual:   … ${context(actual)} …`,
      ].join('\n');
    }
  }
  return null;
}

/** Drops "United Nations" and the symbol from the first words, where the masthead puts them. */
export function withoutMastheadWords(words: readonly string[], symbol: string): string[] {
  const result = [...words];
  const head = 40;
  const organization = result
    .slice(0, head)
    .findIndex((word, index) => word === 'United' && result[index + 1] === 'Nations');
  if (organization !== -1) result.splice(organization, 2);
  const symbolIndex = result.slice(0, head).indexOf(symbol);
  if (symbolIndex !== -1) result.splice(symbolIndex, 1);
  return result;
}
