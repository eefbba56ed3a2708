import type { SymbolFinding, SymbolFindingKind } from './symbol-check';

/**
 * The rules for the components of one symbol, between its "/": what each may
 * be (a code, a number, a session, a modifier) and where it may stand.
 */

type ComponentKind = 'code' | 'number' | 'session' | 'modifier' | 'unknown';

interface Reading {
  readonly kind: ComponentKind;
  /** "Rev", "Add", "Corr", "Amend" or "Summary" for a modifier. */
  readonly family?: string;
}

interface Component extends Reading {
  readonly text: string;
  readonly start: number;
  /** Its place in the symbol, counted from 1, as messages name it. */
  readonly number: number;
}

const MODIFIER = /^(rev|add|corr|amend)\.?(\d*)$|^(summary)$/iu;
const CODE = /^[A-Z][A-Z0-9]*(?:\.[A-Z0-9]+)*$/u;
/** Codes printed in mixed case by their secretariats: the Ozone Secretariat, the Sub-Commission, UNFCCC. */
const MIXED_CASE_CODE = /^(?:OzL\.(?:Pro|Conv)(?:\.[A-Z0-9]+)*|ExCom|Sub\.\d+|Misc\.\d+)$/u;
/** Dotted components known after a session or year: special series, and a session's committees. */
const KNOWN_SPECIALS = new Set('L CRP PV SR WP INF MISC WG C AC EM NGO'.split(' '));
const NEEDS_NUMBER = new Set(['L', 'CRP', 'PV', 'SR']);

export function checkComponents(
  core: string,
  start: number,
  prefix: string,
  where: (n: number) => string,
  currentYear: number,
  findings: SymbolFinding[],
): void {
  const pieces: { text: string; start: number }[] = [];
  let from = 0;
  for (const piece of core.split('/')) {
    pieces.push({ text: piece, start: start + from });
    from += piece.length + 1;
  }
  if (core.startsWith('/')) {
    findings.push(error('leading-slash', start, 1, `${prefix}the symbol begins with "/"`));
    pieces.shift();
  }
  if (core.endsWith('/') && core.length > 1) {
    const message = `${prefix}the symbol ends with "/": a component is missing after it`;
    findings.push(error('trailing-slash', start + core.length - 1, 1, message));
    pieces.pop();
  }
  const components = pieces.flatMap((piece, index): Component[] => {
    const number = index + 1;
    if (piece.text !== '')
      return [{ ...piece, number, ...classify(piece, where(number), findings) }];
    const previous = pieces[index - 1]?.text ?? '';
    const message = `${where(number)} is empty ("//" after "${previous}")`;
    findings.push(error('empty-component', piece.start - 1, 2, message));
    return [];
  });

  const first = components[0];
  if (first && first.number === 1 && (first.kind === 'number' || /^\d/u.test(first.text))) {
    const message = `${where(1)} "${first.text}" is a number: a symbol begins with its series or body code, as in "A/67/1"`;
    findings.push(error('number-first', first.start, first.text.length, message));
  }
  if (!core.includes('/') && first && first.kind !== 'modifier') {
    const message = `${prefix}"${first.text}" is incomplete: a symbol has at least two components, as in "A/67/1"`;
    findings.push(error('incomplete', first.start, first.text.length, message));
  }
  checkModifiers(components, where, findings);
  checkYearsAndSpecials(components, where, currentYear, findings);
}

/** What a component is, reporting what is wrong with it on the way. */
function classify(
  { text, start }: { readonly text: string; readonly start: number },
  where: string,
  findings: SymbolFinding[],
): Reading {
  const at = `${where} "${text}"`;
  if (/[\s*]/u.test(text)) return { kind: 'unknown' }; // reported for the whole symbol already
  const stray = /[^A-Za-z0-9.()-]/u.exec(text);
  if (stray) {
    const message = `${at} has the character "${stray[0]}", which symbols do not use`;
    findings.push(error('invalid-character', start + stray.index, stray[0].length, message));
    return { kind: 'unknown' };
  }
  const modifier = MODIFIER.exec(text);
  if (modifier) {
    const family = modifier[3] ? 'Summary' : capitalize(modifier[1] ?? '');
    const problem = modifierProblem(text, family, modifier[2] ?? '', at);
    if (problem) findings.push(error(problem.kind, start, text.length, problem.message));
    return { kind: 'modifier', family };
  }
  let upper = text;
  if (/[a-z]/u.test(text) && !MIXED_CASE_CODE.test(text)) {
    upper = text.toUpperCase();
    const state = /[A-Z]/u.test(text) ? 'has lower-case letters' : 'is in lower case';
    findings.push(error('lower-case', start, text.length, `${at} ${state}: write "${upper}"`));
  }
  const range = /^(\d+)-(\d+)$/u.exec(upper);
  if (/^\d+$/u.test(upper)) {
    if (upper.length > 1 && upper.startsWith('0')) {
      findings.push(warning('leading-zero', start, text.length, `${at} has a leading zero`));
    }
    return { kind: 'number' };
  }
  if (range && Number(range[1]) < Number(range[2])) return { kind: 'number' }; // "CRC/C/LUX/3-4"
  // "ES-10", "S-26"; "COP(10)", "EX(41)"
  if (/^[A-Z]+-\d+$/u.test(upper) || /^[A-Z][A-Z0-9]*\(\d+\)$/u.test(upper)) {
    return { kind: 'session' };
  }
  if (CODE.test(upper) || MIXED_CASE_CODE.test(text)) {
    if (NEEDS_NUMBER.has(upper)) {
      const message = `${at} usually carries its number, as in "${upper}.1"`;
      findings.push(warning('missing-number', start, text.length, message));
    }
    return { kind: 'code' };
  }
  if (upper.includes('-')) {
    const message = `${at} has a misplaced "-": a hyphen joins two symbols ("E/2001/28-E/CN.7/2001/12") or sits inside "ES-10", "S-26" or a range such as "3-4"`;
    findings.push(error('stray-hyphen', start + upper.indexOf('-'), 1, message));
  } else if (/^\.|\.$|\.\./u.test(upper)) {
    const message = `${at} has an empty part around "."`;
    findings.push(error('malformed-component', start, text.length, message));
  } else if (/[()]/u.test(upper)) {
    const message = `${at} has parentheses that are not a session number such as "COP(10)"`;
    findings.push(error('malformed-component', start, text.length, message));
  } else {
    const message = `${at} is not a series or body code, a number or a modifier`;
    findings.push(error('malformed-component', start, text.length, message));
  }
  return { kind: 'unknown' };
}

/** "Rev.1", "Add.2", "Summary" are the only mixed-case components; anything else is a slip. */
function modifierProblem(
  text: string,
  family: string,
  digits: string,
  at: string,
): { kind: SymbolFindingKind; message: string } | undefined {
  const form = (message: string) => ({ kind: 'modifier-form' as const, message });
  if (family === 'Summary')
    return text === 'Summary' ? undefined : form(`${at} is written "Summary"`);
  if (digits === '') return form(`${at} needs its number, as in "${family}.1"`);
  const canonical = `${family}.${String(Number(digits))}`;
  if (text === text.toLowerCase()) {
    return { kind: 'lower-case', message: `${at} is in lower case: write "${canonical}"` };
  }
  if (Number(digits) === 0) return form(`${at}: "${family}." is numbered from 1`);
  return text === canonical ? undefined : form(`${at} is written "${canonical}"`);
}

function checkModifiers(
  components: readonly Component[],
  where: (n: number) => string,
  findings: SymbolFinding[],
): void {
  const firstModifier = components.findIndex((component) => component.kind === 'modifier');
  if (firstModifier < 0) return;
  const misplaced = components
    .slice(firstModifier)
    .find((component) => component.kind !== 'modifier' && component.kind !== 'unknown');
  const modifier = components[firstModifier];
  if (misplaced && modifier) {
    const message = `${where(modifier.number)} "${modifier.text}" is a modifier in the middle: /Rev., /Add., /Corr., /Amend. and /Summary come last`;
    findings.push(error('misplaced-modifier', modifier.start, modifier.text.length, message));
  }
  components.forEach((component, index) => {
    const previous = components[index - 1];
    if (component.kind !== 'modifier' || previous?.kind !== 'modifier') return;
    if (component.family !== previous.family) return;
    const message = `${where(component.number)} "${component.text}" follows "${previous.text}": write only the latest ${component.family ?? ''}.`;
    findings.push(error('repeated-modifier', component.start, component.text.length, message));
  });
}

function checkYearsAndSpecials(
  components: readonly Component[],
  where: (n: number) => string,
  currentYear: number,
  findings: SymbolFinding[],
): void {
  let afterSession = false;
  components.forEach((component, index) => {
    const later = components.slice(index + 1);
    const followed = later.some((next) => next.kind !== 'modifier');
    if (component.kind === 'number' && followed && /^(?:19|20)\d\d$/u.test(component.text)) {
      if (Number(component.text) > currentYear) {
        const message = `${where(component.number)} "${component.text}" is a year in the future`;
        findings.push(warning('future-year', component.start, 4, message));
      }
    }
    if (component.kind === 'code' && afterSession && component.text.includes('.')) {
      const series = component.text.slice(0, component.text.indexOf('.')).toUpperCase();
      if (!KNOWN_SPECIALS.has(series) && !MIXED_CASE_CODE.test(component.text)) {
        const message = `${where(component.number)} "${component.text}" is not a special component the checker knows (L., CRP., PV., SR., WP., INF., MISC.)`;
        findings.push(
          warning('unknown-special-component', component.start, component.text.length, message),
        );
      }
    }
    if (component.kind === 'number' || component.kind === 'session') afterSession = true;
  });
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

export function error(
  kind: SymbolFindingKind,
  position: number,
  length: number,
  message: string,
): SymbolFinding {
  return { severity: 'error', kind, position, length, message };
}

export function warning(
  kind: SymbolFindingKind,
  position: number,
  length: number,
  message: string,
): SymbolFinding {
  return { severity: 'warning', kind, position, length, message };
}
