import { checkComponents, error, warning } from './symbol-components';

/**
 * UN document symbols, checked as they are typed.
 *
 * A symbol is a run of components separated by "/" ("E/CN.15/2012/L.5/Rev.1"),
 * optionally followed by a reissue mark ("*") and a parenthetical addition
 * ("S/RES/1440 (2002)"). Two documents issued as one carry a joint symbol,
 * written with a hyphen between them ("E/2001/28-E/CN.7/2001/12").
 *
 * The checker never throws and never rewrites what the user typed: it returns
 * the symbols it read and a list of findings, each pointing at a span of the
 * input. Errors block saving; warnings are doubts the user may overrule.
 */

export type SymbolSeverity = 'error' | 'warning';

export type SymbolFindingKind =
  | 'empty'
  | 'incomplete'
  | 'space'
  | 'leading-slash'
  | 'trailing-slash'
  | 'empty-component'
  | 'lower-case'
  | 'invalid-character'
  | 'malformed-component'
  | 'stray-hyphen'
  | 'joint-hyphen'
  | 'number-first'
  | 'modifier-form'
  | 'misplaced-modifier'
  | 'repeated-modifier'
  | 'misplaced-reissue-mark'
  | 'parenthetical'
  | 'missing-number'
  | 'leading-zero'
  | 'future-year'
  | 'unknown-special-component';

export interface SymbolFinding {
  readonly severity: SymbolSeverity;
  readonly kind: SymbolFindingKind;
  /** Offset in the input, in UTF-16 code units, where the problem starts. */
  readonly position: number;
  readonly length: number;
  readonly message: string;
}

export interface SymbolCheck {
  /** The symbols read from the input, in order; more than one for a joint symbol. */
  readonly symbols: readonly string[];
  readonly findings: readonly SymbolFinding[];
}

export interface SymbolCheckOptions {
  /** The year after which a year in a symbol is doubtful; defaults to this year. */
  readonly currentYear?: number;
}

export function hasSymbolErrors(check: SymbolCheck): boolean {
  return check.findings.some((finding) => finding.severity === 'error');
}

/** "CTOC/COP/WG.2/2012/3-CTOC/COP/WG.3/2012/4": the way a joint symbol is written. */
export function formatJointSymbol(symbols: readonly string[]): string {
  return symbols
    .map((symbol) => symbol.trim())
    .filter((symbol) => symbol !== '')
    .join('-');
}

/** The symbols of a joint symbol; parts left empty by a stray hyphen are dropped. */
export function splitJointSymbol(text: string): string[] {
  return splitParts(text)
    .map((part) => part.text.trim())
    .filter((symbol) => symbol !== '');
}

export function checkSymbol(input: string, options: SymbolCheckOptions = {}): SymbolCheck {
  const currentYear = options.currentYear ?? new Date().getFullYear();
  const findings: SymbolFinding[] = [];
  if (input.trim() === '') {
    findings.push(error('empty', 0, input.length, 'the symbol is empty'));
    return { symbols: [], findings };
  }
  // Surrounding blanks are what a text field leaves behind, not part of the symbol.
  const parts = splitParts(input);
  const joint = parts.length > 1;
  parts.forEach((part, index) => {
    const label = joint ? `symbol ${index + 1}` : '';
    checkPart(part, index, parts.length, label, currentYear, findings);
  });
  return {
    symbols: parts.map((part) => part.text.trim()).filter((symbol) => symbol !== ''),
    findings,
  };
}

interface Span {
  readonly text: string;
  readonly start: number;
  /** The character that ended this part when it is followed by another. */
  readonly separator?: string;
}

/**
 * A hyphen joins two symbols only when a series code and "/" follow it, so the
 * hyphens of "A/ES-10/19", "A/S-26/2" and "CRC/C/LUX/3-4" stay where they are.
 * En and em dashes are read as separators too, so that they can be reported.
 */
const JOINT_SEPARATORS = new Set(['-', '\u2013', '\u2014']);
const NEXT_SYMBOL = /^\s*(?:$|[-\u2013\u2014]|[A-Za-z][A-Za-z0-9.()]*\/)/u;
/** What a symbol joined by "-" cannot begin with: a "-" typed where "/" was meant. */
const SPECIAL_FIRST = /^(?:L|CRP|PV|SR|WP|INF|MISC|Rev|Add|Corr|Amend)\.\d+$/iu;

function splitParts(input: string): Span[] {
  const leading = input.length - input.trimStart().length;
  const text = input.trim();
  const parts: Span[] = [];
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (JOINT_SEPARATORS.has(char) && NEXT_SYMBOL.test(text.slice(index + 1))) {
      parts.push({ text: text.slice(start, index), start: leading + start, separator: char });
      start = index + 1;
    }
  }
  parts.push({ text: text.slice(start), start: leading + start });
  return parts;
}

function checkPart(
  part: Span,
  index: number,
  count: number,
  label: string,
  currentYear: number,
  findings: SymbolFinding[],
): void {
  const prefix = label ? `${label}: ` : '';
  const end = part.start + part.text.length;
  if (part.separator !== undefined && part.separator !== '-') {
    findings.push(
      error('joint-hyphen', end, 1, `"${part.separator}" joins two symbols: write a hyphen "-"`),
    );
  }
  if (part.text.trim() === '') {
    const message =
      index === 0
        ? 'the joint symbol begins with "-"'
        : index === count - 1
          ? 'the joint symbol ends with "-"'
          : `${prefix}there is no symbol between two hyphens`;
    findings.push(error('joint-hyphen', index === 0 ? end : part.start - 1, 1, message));
    return;
  }
  const leading = part.text.length - part.text.trimStart().length;
  const trailing = part.text.length - part.text.trimEnd().length;
  if (leading > 0 || trailing > 0) {
    const at = leading > 0 ? part.start : end - trailing;
    const message = `${prefix}write a joint symbol without spaces around "-"`;
    findings.push(error('space', at, leading > 0 ? leading : trailing, message));
  }
  const symbol = part.text.trim();
  // "A/67-L.9" reads as two symbols; the second cannot begin with a special component.
  const firstComponent = symbol.split('/')[0] ?? '';
  if (index > 0 && SPECIAL_FIRST.test(firstComponent)) {
    const message = `${label} begins with "${firstComponent}": is the "-" before it meant to be "/"?`;
    findings.push(error('stray-hyphen', part.start - 1, 1, message));
  }
  checkOneSymbol(symbol, part.start + leading, label, currentYear, findings);
}

/** The additions UN documents print after a symbol: a year, a volume, a part, a section… */
const KNOWN_ADDITIONS = [
  /^(?:19|20)\d\d$/u,
  /^Vol\. [IVXLC]+$/u,
  /^Part [IVXLC\d]+$/u,
  /^(?:Income )?[Ss]ect\. \d+[A-Z]?$/u,
  /^Prog\. \d+$/u,
  /^Resumption \d+$/u,
  /^Introduction$/u,
];

function checkOneSymbol(
  symbol: string,
  start: number,
  label: string,
  currentYear: number,
  findings: SymbolFinding[],
): void {
  const prefix = label ? `${label}: ` : '';
  const where = (n: number) => (label ? `${label}, component ${n}` : `component ${n}`);
  // The reissue mark may stand before or after the addition: "A/66/L.1*", "S/2012/1* (Part I)".
  let core = symbol.replace(/\*+$/u, '');
  core = peelAddition(core, start, prefix, currentYear, findings).replace(/\*+$/u, '');
  if (core === '') {
    const message = `${prefix}"${symbol}" has no symbol before it`;
    findings.push(error('incomplete', start, symbol.length, message));
    return;
  }
  const misplacedAddition = /\s+\(/u.exec(core);
  if (misplacedAddition) {
    const at = misplacedAddition.index + misplacedAddition[0].length - 1;
    const closing = core.indexOf(')', at);
    const message =
      closing < 0
        ? `${prefix}the "(" after "${core.slice(0, misplacedAddition.index)}" is never closed`
        : `${prefix}the addition "${core.slice(at, closing + 1)}" belongs at the end of the symbol`;
    findings.push(error('parenthetical', start + at, closing < 0 ? 1 : closing + 1 - at, message));
    core = core.slice(0, misplacedAddition.index);
  }
  for (const space of core.matchAll(/\s+/gu)) {
    const message = `${prefix}space after "${core.slice(0, space.index)}": a symbol has no spaces, except before an addition such as "(2002)"`;
    findings.push(error('space', start + space.index, space[0].length, message));
  }
  for (const mark of core.matchAll(/\*+/gu)) {
    const message = `${prefix}the reissue mark "*" after "${core.slice(0, mark.index)}" belongs at the end of the symbol`;
    findings.push(error('misplaced-reissue-mark', start + mark.index, mark[0].length, message));
  }
  checkComponents(core, start, prefix, where, currentYear, findings);
}

/**
 * Checks a final addition such as " (2002)" and returns the symbol without it.
 *
 * "COP(10)" in "ICCD/COP(10)" is a component, not an addition: an addition
 * follows a space, or at least a number ("S/RES/1440(2002)", doubted below).
 */
function peelAddition(
  core: string,
  start: number,
  prefix: string,
  currentYear: number,
  findings: SymbolFinding[],
): string {
  const addition = /(\s*)\(([^()]*)\)$/u.exec(core);
  if (!addition) return core;
  const [whole, space = '', content = ''] = addition;
  if (space === '' && !/[\d*]/u.test(core.charAt(addition.index - 1))) return core;
  const at = start + addition.index + space.length;
  const shown = `(${content})`;
  if (content.trim() === '') {
    const message = `${prefix}the parentheses are empty`;
    findings.push(error('parenthetical', at, whole.length - space.length, message));
  } else if (!KNOWN_ADDITIONS.some((form) => form.test(content))) {
    const message = `${prefix}"${shown}" is not an addition the checker knows, such as "(2002)", "(Vol. I)", "(Part II)" or "(Sect. 16)"`;
    findings.push(warning('parenthetical', at, shown.length, message));
  } else if (/^\d{4}$/u.test(content) && Number(content) > currentYear) {
    const message = `${prefix}the year ${content} is in the future`;
    findings.push(warning('future-year', at + 1, 4, message));
  }
  if (space === '') {
    const message = `${prefix}write a space before "${shown}", as printed documents do`;
    findings.push(warning('parenthetical', at, 1, message));
  } else if (space !== ' ') {
    const message = `${prefix}write one space before "${shown}"`;
    findings.push(warning('space', at - space.length, space.length, message));
  }
  return core.slice(0, addition.index);
}
