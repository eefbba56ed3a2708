import { describe, expect, it } from 'vitest';
import {
  MAX_BASE_NAME_BYTES,
  chooseBaseName,
  defaultBaseName,
  exportFileName,
  namingSourceOf,
  sanitizeBaseName,
} from '../../../../shared/export/file-names';
import { loadSeedAgenda } from './support/seed-document';

const source = {
  symbol: 'CTOC/COP/WG.2/2012/1',
  language: 'en',
  documentTitle: 'Provisional agenda',
} as const;

describe('file names of an export', () => {
  it('come from the symbol: "/" becomes "_", then the language letter', () => {
    expect(defaultBaseName(namingSourceOf(loadSeedAgenda()))).toBe('CTOC_COP_WG.2_2012_1_E');
    expect(exportFileName('CTOC_COP_WG.2_2012_1_E', 'docx')).toBe('CTOC_COP_WG.2_2012_1_E.docx');
    expect(defaultBaseName({ ...source, language: 'fr' })).toBe('CTOC_COP_WG.2_2012_1_F');
    expect(defaultBaseName({ ...source, language: 'zh' })).toBe('CTOC_COP_WG.2_2012_1_C');
    expect(defaultBaseName({ ...source, symbol: 'E/CN.15/2012/L.5/Rev.1', language: 'es' })).toBe(
      'E_CN.15_2012_L.5_Rev.1_S',
    );
    expect(defaultBaseName({ ...source, symbol: 'A/67/1*' })).toBe('A_67_1_E');
  });

  it('fall back on the document title, then on "Agenda", while there is no symbol', () => {
    expect(defaultBaseName({ ...source, symbol: '  ' })).toBe('Provisional agenda_E');
    expect(defaultBaseName({ ...source, symbol: '', documentTitle: '' })).toBe('Agenda_E');
  });

  it('take the user’s name, made safe, or the default when nothing usable is left', () => {
    expect(chooseBaseName(source, 'WG2 draft for editing')).toBe('WG2 draft for editing');
    expect(chooseBaseName(source, 'WG2 draft.docx')).toBe('WG2 draft');
    expect(chooseBaseName(source, ' ../.. ')).toBe('CTOC_COP_WG.2_2012_1_E');
    expect(chooseBaseName(source, null)).toBe('CTOC_COP_WG.2_2012_1_E');
  });

  it.each([
    ['..\\..\\Windows\\system32', '_.._Windows_system32'],
    ['/etc/passwd', '_etc_passwd'],
    ['draft: version 2?', 'draft version 2'],
    ['a<b>c"d|e*f', 'abcdef'],
    ['tab\tand\nnewline', 'tab and newline'],
    ['.hidden', 'hidden'],
    ['ends with dots...', 'ends with dots'],
    ['ends with space ', 'ends with space'],
    ['CON', '_CON'],
    ['nul.txt', '_nul.txt'],
    ['com1', '_com1'],
    ['LPT9', '_LPT9'],
    ['Console', 'Console'],
    ['', null],
    ['???', null],
  ])('make %j safe as %j', (typed, safe) => {
    expect(sanitizeBaseName(typed)).toBe(safe);
  });

  it('are cut to a length every file system accepts, at a whole character', () => {
    const long = sanitizeBaseName('é'.repeat(300)) ?? '';
    expect(new TextEncoder().encode(long).length).toBeLessThanOrEqual(MAX_BASE_NAME_BYTES);
    expect(long).toBe('é'.repeat(MAX_BASE_NAME_BYTES / 2));
    const emoji = sanitizeBaseName(`a${'😀'.repeat(100)}`) ?? '';
    expect(emoji.endsWith('\uD83D')).toBe(false);
  });
});
