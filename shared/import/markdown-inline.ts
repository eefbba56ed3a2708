import type { TextRun } from '../model/agenda';
import { normalizeRuns } from '../agenda/paragraph-runs';

/**
 * Inline Markdown to runs: "**bold**", "*italic*", "***both***", "_x_",
 * the seed's "<b>" and "<i>", backslash escapes and the common entities.
 * Everything else is text as typed: an unmatched "*" stays a "*".
 */

type Token =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'tag'; readonly bold: number; readonly italic: number }
  | {
      readonly kind: 'delimiter';
      readonly char: '*' | '_';
      count: number;
      readonly canOpen: boolean;
      readonly canClose: boolean;
      opens: { bold: number; italic: number };
      closes: { bold: number; italic: number };
    };

const ENTITIES: Readonly<Record<string, string>> = {
  nbsp: '\u00a0',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function entity(name: string): string | null {
  const numeric = /^#(x[0-9a-f]+|\d+)$/iu.exec(name);
  if (numeric) {
    const code = numeric[1] ?? '';
    const value =
      code.startsWith('x') || code.startsWith('X') ? parseInt(code.slice(1), 16) : Number(code);
    return value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : null;
  }
  return ENTITIES[name.toLowerCase()] ?? null;
}

const TAGS: Readonly<Record<string, { bold: number; italic: number }>> = {
  b: { bold: 1, italic: 0 },
  strong: { bold: 1, italic: 0 },
  i: { bold: 0, italic: 1 },
  em: { bold: 0, italic: 1 },
};

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pushText = (value: string): void => {
    const last = tokens.at(-1);
    if (last?.kind === 'text')
      tokens[tokens.length - 1] = { kind: 'text', text: last.text + value };
    else tokens.push({ kind: 'text', text: value });
  };
  let index = 0;
  while (index < text.length) {
    const rest = text.slice(index);
    const char = text.charAt(index);
    if (char === '\\' && /^\\[!-/:-@[-`{-~]/u.test(rest)) {
      pushText(text.charAt(index + 1));
      index += 2;
      continue;
    }
    const tag = /^<(\/?)(b|strong|i|em|br)\s*\/?>/iu.exec(rest);
    if (tag) {
      const name = (tag[2] ?? '').toLowerCase();
      const style = TAGS[name];
      if (style) {
        const sign = tag[1] === '/' ? -1 : 1;
        tokens.push({ kind: 'tag', bold: sign * style.bold, italic: sign * style.italic });
      } else {
        pushText('\n');
      }
      index += tag[0].length;
      continue;
    }
    const named = /^&(#?[0-9a-z]+);/iu.exec(rest);
    const decoded = named ? entity(named[1] ?? '') : null;
    if (named && decoded !== null) {
      pushText(decoded);
      index += named[0].length;
      continue;
    }
    if (char === '*' || char === '_') {
      const run = /^(\*+|_+)/u.exec(rest)?.[0] ?? char;
      const before = text.charAt(index - 1);
      const after = text.charAt(index + run.length);
      const wordBefore = /[\p{L}\p{N}]/u.test(before);
      const wordAfter = /[\p{L}\p{N}]/u.test(after);
      // "snake_case" and "2*3" are not emphasis; "_" only opens and closes at word edges.
      const canOpen = after !== '' && !/\s/u.test(after) && (char === '*' || !wordBefore);
      const canClose = before !== '' && !/\s/u.test(before) && (char === '*' || !wordAfter);
      tokens.push({
        kind: 'delimiter',
        char,
        count: run.length,
        canOpen,
        canClose,
        opens: { bold: 0, italic: 0 },
        closes: { bold: 0, italic: 0 },
      });
      index += run.length;
      continue;
    }
    pushText(char);
    index += 1;
  }
  return tokens;
}

/** Pairs closers with the nearest opener of the same character, "**" before "*". */
function matchDelimiters(tokens: Token[]): void {
  const openers: Extract<Token, { kind: 'delimiter' }>[] = [];
  for (const token of tokens) {
    if (token.kind !== 'delimiter') continue;
    if (token.canClose) {
      for (let at = openers.length - 1; at >= 0 && token.count > 0; at -= 1) {
        const opener = openers[at];
        if (!opener || opener.char !== token.char) continue;
        while (opener.count > 0 && token.count > 0) {
          const use = opener.count >= 2 && token.count >= 2 ? 2 : 1;
          const key = use === 2 ? 'bold' : 'italic';
          opener.count -= use;
          token.count -= use;
          opener.opens[key] += 1;
          token.closes[key] += 1;
        }
        openers.length = opener.count > 0 ? at + 1 : at;
      }
    }
    if (token.canOpen && token.count > 0) openers.push(token);
  }
}

export function markdownRuns(text: string): TextRun[] {
  const tokens = tokenize(text);
  matchDelimiters(tokens);
  const runs: TextRun[] = [];
  let bold = 0;
  let italic = 0;
  const emit = (value: string): void => {
    if (value === '') return;
    runs.push({
      text: value,
      ...(bold > 0 ? { bold: true } : {}),
      ...(italic > 0 ? { italic: true } : {}),
    });
  };
  for (const token of tokens) {
    switch (token.kind) {
      case 'text':
        emit(token.text);
        break;
      case 'tag':
        bold = Math.max(0, bold + token.bold);
        italic = Math.max(0, italic + token.italic);
        break;
      case 'delimiter': {
        bold -= token.closes.bold;
        italic -= token.closes.italic;
        // What no partner consumed is the character as typed.
        emit(token.char.repeat(token.count));
        bold += token.opens.bold;
        italic += token.opens.italic;
        break;
      }
    }
  }
  return normalizeRuns(runs);
}
