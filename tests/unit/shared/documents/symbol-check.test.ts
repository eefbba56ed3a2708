import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkSymbol,
  formatJointSymbol,
  hasSymbolErrors,
  splitJointSymbol,
  type SymbolCheck,
} from '../../../../shared/documents/symbol-check';

/** Rows of a fixture table: tab-separated, a header line first, "#" lines are notes. */
function readTable(name: string): [string, string][] {
  const text = readFileSync(new URL(`../../../fixtures/symbols/${name}`, import.meta.url), 'utf8');
  return text
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [symbol = '', second = ''] = line.split('\t');
      return [symbol, second];
    });
}

const validSymbols = readTable('valid-symbols.tsv');
const malformedSymbols = readTable('malformed-symbols.tsv');
// Fixed, so that a fixture's year never drifts into "the future" or out of it.
const CURRENT_YEAR = 2025;

function errors(check: SymbolCheck): string[] {
  return check.findings.filter((f) => f.severity === 'error').map((f) => f.message);
}

function warnings(check: SymbolCheck): string[] {
  return check.findings.filter((f) => f.severity === 'warning').map((f) => f.message);
}

describe('the fixture tables', () => {
  it('hold at least 150 real symbols, each with its source, and no duplicates', () => {
    expect(validSymbols.length).toBeGreaterThanOrEqual(150);
    for (const [symbol, source] of validSymbols) expect(source, symbol).not.toBe('');
    expect(new Set(validSymbols.map(([symbol]) => symbol)).size).toBe(validSymbols.length);
  });

  it('cover many series', () => {
    const series = new Set(validSymbols.map(([symbol]) => symbol.split('/')[0]));
    for (const expected of [
      'A',
      'S',
      'E',
      'CTOC',
      'UNODC',
      'CRC',
      'CEDAW',
      'TD',
      'UNEP',
      'FCCC',
      'ECE',
      'ST',
    ]) {
      expect(series).toContain(expected);
    }
  });

  it('hold at least 40 malformed symbols, each with its expected message', () => {
    expect(malformedSymbols.length).toBeGreaterThanOrEqual(40);
    for (const [symbol, expected] of malformedSymbols) expect(expected, symbol).not.toBe('');
  });
});

describe('checkSymbol on real UN symbols', () => {
  it.each(validSymbols)('accepts %s (%s)', (symbol) => {
    const check = checkSymbol(symbol, { currentYear: CURRENT_YEAR });
    expect(check.findings).toEqual([]);
    expect(formatJointSymbol(check.symbols)).toBe(symbol);
  });
});

describe('checkSymbol on malformed symbols', () => {
  it.each(malformedSymbols)('rejects %s with "%s"', (symbol, expected) => {
    const check = checkSymbol(symbol, { currentYear: CURRENT_YEAR });
    expect(hasSymbolErrors(check)).toBe(true);
    expect(
      errors(check).some((message) => message.includes(expected)),
      errors(check).join(' | '),
    ).toBe(true);
  });

  it('rejects an empty or blank input', () => {
    for (const input of ['', '   ']) {
      const check = checkSymbol(input);
      expect(check.symbols).toEqual([]);
      expect(check.findings).toEqual([
        {
          severity: 'error',
          kind: 'empty',
          position: 0,
          length: input.length,
          message: 'the symbol is empty',
        },
      ]);
    }
  });

  it('points at the component that is wrong', () => {
    const check = checkSymbol('CTOC/COP/wg.2/2012/3');
    expect(check.findings).toEqual([
      {
        severity: 'error',
        kind: 'lower-case',
        position: 9,
        length: 4,
        message: 'component 3 "wg.2" is in lower case: write "WG.2"',
      },
    ]);
  });

  it('gives positions in the input, counting the second symbol of a joint symbol from the start', () => {
    const input = 'E/2012/28-E/cn.15/2012/24';
    const [finding] = checkSymbol(input).findings;
    expect(finding?.kind).toBe('lower-case');
    expect(input.slice(finding?.position, (finding?.position ?? 0) + (finding?.length ?? 0))).toBe(
      'cn.15',
    );
    expect(finding?.message).toBe('symbol 2, component 2 "cn.15" is in lower case: write "CN.15"');
  });

  it('ignores the blanks a text field leaves around the symbol', () => {
    const check = checkSymbol('  A/67/L.9/Rev.1 ');
    expect(check.symbols).toEqual(['A/67/L.9/Rev.1']);
    expect(check.findings).toEqual([]);
  });

  it('gives each error of a symbol with several faults', () => {
    const kinds = checkSymbol('a//67 /rev.1/L.9').findings.map((f) => f.kind);
    expect(kinds).toEqual(expect.arrayContaining(['lower-case', 'empty-component', 'space']));
  });
});

describe('checkSymbol warnings, which let the user go on', () => {
  const options = { currentYear: CURRENT_YEAR };

  it('doubts a year in the future', () => {
    const check = checkSymbol('E/CN.15/2031/1', options);
    expect(hasSymbolErrors(check)).toBe(false);
    expect(check.findings).toMatchObject([{ kind: 'future-year', position: 8, length: 4 }]);
    expect(warnings(check)).toEqual(['component 3 "2031" is a year in the future']);
  });

  it('doubts a future year in a parenthetical addition', () => {
    const check = checkSymbol('S/RES/2999 (2031)', options);
    expect(hasSymbolErrors(check)).toBe(false);
    expect(warnings(check)).toEqual(['the year 2031 is in the future']);
  });

  it('accepts this year and takes the current year from the clock by default', () => {
    expect(checkSymbol('E/CN.15/2025/1', options).findings).toEqual([]);
    const thisYear = new Date().getFullYear();
    expect(checkSymbol(`E/CN.15/${thisYear}/1`).findings).toEqual([]);
    expect(warnings(checkSymbol(`E/CN.15/${thisYear + 1}/1`))).toHaveLength(1);
  });

  it('does not take a final document number for a year', () => {
    expect(checkSymbol('A/59/2005', { currentYear: 2000 }).findings).toEqual([]);
  });

  it('doubts an unknown special component after the session', () => {
    const check = checkSymbol('E/CN.7/2012/CRX.3', options);
    expect(hasSymbolErrors(check)).toBe(false);
    expect(check.findings).toMatchObject([
      { kind: 'unknown-special-component', position: 12, length: 5 },
    ]);
    expect(warnings(check)[0]).toContain(
      'component 4 "CRX.3" is not a special component the checker knows',
    );
  });

  it('doubts a special series without its number', () => {
    expect(warnings(checkSymbol('A/67/L', options))).toEqual([
      'component 3 "L" usually carries its number, as in "L.1"',
    ]);
  });

  it('doubts a parenthetical addition written without its space, or of an unknown form', () => {
    expect(warnings(checkSymbol('S/RES/1440(2002)', options))).toEqual([
      'write a space before "(2002)", as printed documents do',
    ]);
    expect(warnings(checkSymbol('A/67/5 (Annex)', options))[0]).toContain(
      '"(Annex)" is not an addition the checker knows',
    );
  });

  it('doubts a number with a leading zero', () => {
    expect(checkSymbol('A/67/01', options).findings).toMatchObject([{ kind: 'leading-zero' }]);
  });
});

describe('joint symbols', () => {
  it('splits at the hyphen that joins two symbols', () => {
    expect(splitJointSymbol('CTOC/COP/WG.2/2012/3-CTOC/COP/WG.3/2012/4')).toEqual([
      'CTOC/COP/WG.2/2012/3',
      'CTOC/COP/WG.3/2012/4',
    ]);
    expect(splitJointSymbol('E/2012/28-E/CN.15/2012/24')).toEqual(['E/2012/28', 'E/CN.15/2012/24']);
    expect(splitJointSymbol('A/55/305-S/2000/809')).toEqual(['A/55/305', 'S/2000/809']);
  });

  it('keeps the hyphens inside a component', () => {
    for (const symbol of [
      'A/ES-10/19',
      'A/S-26/2',
      'A/RES/ES-10/19',
      'A/HRC/S-17/2',
      'CRC/C/LUX/CO/3-4',
    ]) {
      expect(splitJointSymbol(symbol)).toEqual([symbol]);
    }
    expect(splitJointSymbol('A/ES-10/19-S/2017/1')).toEqual(['A/ES-10/19', 'S/2017/1']);
  });

  it('splits three symbols and symbols with additions', () => {
    expect(splitJointSymbol('A/1-E/2-S/3')).toEqual(['A/1', 'E/2', 'S/3']);
    expect(splitJointSymbol('S/RES/1440 (2002)-A/66/L.1*')).toEqual([
      'S/RES/1440 (2002)',
      'A/66/L.1*',
    ]);
  });

  it('drops the empty parts a stray hyphen leaves, and reads nothing from blank text', () => {
    expect(splitJointSymbol('A/67/1-')).toEqual(['A/67/1']);
    expect(splitJointSymbol(' E/2012/28 - E/CN.15/2012/24 ')).toEqual([
      'E/2012/28',
      'E/CN.15/2012/24',
    ]);
    expect(splitJointSymbol('')).toEqual([]);
  });

  it('formats a joint symbol with a hyphen and no spaces', () => {
    expect(formatJointSymbol(['CTOC/COP/WG.2/2012/3', 'CTOC/COP/WG.3/2012/4'])).toBe(
      'CTOC/COP/WG.2/2012/3-CTOC/COP/WG.3/2012/4',
    );
    expect(formatJointSymbol([' A/67/1 ', '', 'S/2012/1'])).toBe('A/67/1-S/2012/1');
    expect(formatJointSymbol([])).toBe('');
  });

  it('round-trips every real symbol through split and format', () => {
    for (const [symbol] of validSymbols)
      expect(formatJointSymbol(splitJointSymbol(symbol))).toBe(symbol);
  });

  it('returns the symbols of a joint symbol from checkSymbol', () => {
    const check = checkSymbol('CTOC/COP/WG.2/2012/3-CTOC/COP/WG.3/2012/4');
    expect(check.symbols).toEqual(['CTOC/COP/WG.2/2012/3', 'CTOC/COP/WG.3/2012/4']);
    expect(check.findings).toEqual([]);
  });
});
