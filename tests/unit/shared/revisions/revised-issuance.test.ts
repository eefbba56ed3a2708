import { describe, expect, it } from 'vitest';
import { checkSymbol, hasSymbolErrors } from '../../../../shared/documents/symbol-check';
import { compareAgendas } from '../../../../shared/revisions/agenda-diff';
import { describeChange } from '../../../../shared/revisions/describe-change';
import {
  issuanceMarks,
  reviseIssuance,
  revisedSymbol,
  type IssuanceKind,
} from '../../../../shared/revisions/revised-issuance';
import { seed } from './revision-cases';

describe('the symbol of a revised issuance', () => {
  it.each<[string, IssuanceKind, string]>([
    ['CTOC/COP/WG.2/2012/1', 'revision', 'CTOC/COP/WG.2/2012/1/Rev.1'],
    ['CTOC/COP/WG.2/2012/1/Rev.1', 'revision', 'CTOC/COP/WG.2/2012/1/Rev.2'],
    ['CTOC/COP/WG.2/2012/1/Corr.1', 'revision', 'CTOC/COP/WG.2/2012/1/Rev.1'],
    ['CTOC/COP/WG.2/2012/1/Rev.1/Corr.2', 'revision', 'CTOC/COP/WG.2/2012/1/Rev.2'],
    ['CTOC/COP/WG.2/2012/1', 'corrigendum', 'CTOC/COP/WG.2/2012/1/Corr.1'],
    ['CTOC/COP/WG.2/2012/1/Corr.1', 'corrigendum', 'CTOC/COP/WG.2/2012/1/Corr.2'],
    ['CTOC/COP/WG.2/2012/1/Rev.1', 'corrigendum', 'CTOC/COP/WG.2/2012/1/Rev.1/Corr.1'],
    ['CTOC/COP/WG.2/2012/1', 'addendum', 'CTOC/COP/WG.2/2012/1/Add.1'],
    ['CTOC/COP/WG.2/2012/1/Add.1', 'addendum', 'CTOC/COP/WG.2/2012/1/Add.2'],
    ['CTOC/COP/WG.2/2012/1', 'reissue', 'CTOC/COP/WG.2/2012/1*'],
    ['CTOC/COP/WG.2/2012/1*', 'reissue', 'CTOC/COP/WG.2/2012/1**'],
    ['CTOC/COP/WG.2/2012/1*', 'revision', 'CTOC/COP/WG.2/2012/1/Rev.1'],
    [
      'CTOC/COP/WG.2/2012/3-CTOC/COP/WG.3/2012/4',
      'revision',
      'CTOC/COP/WG.2/2012/3/Rev.1-CTOC/COP/WG.3/2012/4/Rev.1',
    ],
  ])('%s, %s: %s', (symbol, kind, expected) => {
    expect(revisedSymbol(symbol, kind)).toBe(expected);
    expect(hasSymbolErrors(checkSymbol(expected))).toBe(false);
  });

  it('takes the next free number when the first is issued already', () => {
    const issued = [
      'CTOC/COP/WG.2/2012/1/Rev.1',
      'CTOC/COP/WG.2/2012/1/Add.1',
      'ctoc/cop/wg.2/2012/1/add.2',
    ];
    expect(revisedSymbol('CTOC/COP/WG.2/2012/1', 'revision', issued)).toBe(
      'CTOC/COP/WG.2/2012/1/Rev.2',
    );
    expect(revisedSymbol('CTOC/COP/WG.2/2012/1', 'addendum', issued)).toBe(
      'CTOC/COP/WG.2/2012/1/Add.3',
    );
  });
});

describe('what the masthead shows of an issuance', () => {
  it('reads it from the symbol', () => {
    expect(issuanceMarks('CTOC/COP/WG.2/2012/1')).toEqual({
      kind: 'original',
      subtitle: null,
      footnote: null,
    });
    expect(issuanceMarks('CTOC/COP/WG.2/2012/1/Rev.1').kind).toBe('revision');
    expect(issuanceMarks('CTOC/COP/WG.2/2012/1/Corr.1').subtitle).toBe('Corrigendum');
    expect(issuanceMarks('CTOC/COP/WG.2/2012/1/Add.2').subtitle).toBe('Addendum');
    expect(issuanceMarks('CTOC/COP/WG.2/2012/1*', '2012-08-05')).toEqual({
      kind: 'reissue',
      subtitle: null,
      footnote: 'Reissued for technical reasons on 5 August 2012.',
    });
  });
});

describe('making a revised issuance of the seed', () => {
  it('gives a revision its symbol and new date, and keeps the items for comparison by id', () => {
    const revision = reviseIssuance(seed(), 'revision', { issueDate: '2012-08-14' });
    expect(revision.agenda.id).not.toBe(seed().id);
    expect(revision.agenda.header.symbol).toBe('CTOC/COP/WG.2/2012/1/Rev.1');
    expect(revision.agenda.header.issueDate).toBe('2012-08-14');
    const comparison = compareAgendas(seed(), revision.agenda);
    expect(comparison.matching.mode).toBe('ids');
    expect(comparison.changes.map(describeChange)).toEqual([
      'Symbol: “CTOC/COP/WG.2/2012/1” changed to “CTOC/COP/WG.2/2012/1/Rev.1”',
      'Date of issue: “31 July 2012” changed to “14 August 2012”',
    ]);
  });

  it('keeps the original date on a reissue, the reissue date going to the footnote', () => {
    const reissue = reviseIssuance(seed(), 'reissue', { issueDate: '2012-08-05' });
    expect(reissue.agenda.header.symbol).toBe('CTOC/COP/WG.2/2012/1*');
    expect(reissue.agenda.header.issueDate).toBe('2012-07-31');
    expect(reissue.marks.footnote).toBe('Reissued for technical reasons on 5 August 2012.');
    // The footnote is the agenda's to print and to edit, and a comparison names it.
    expect(reissue.agenda.header.issuanceNote).toBe(reissue.marks.footnote);
    expect(compareAgendas(seed(), reissue.agenda).changes.map(describeChange)).toContain(
      'Note on the issuance added: “Reissued for technical reasons on 5 August 2012.”',
    );
  });

  it('does not carry a reissue’s note into a revision of the reissue', () => {
    const reissue = reviseIssuance(seed(), 'reissue', { issueDate: '2012-08-05' }).agenda;
    const revision = reviseIssuance(reissue, 'revision', { issueDate: '2012-09-01' }).agenda;
    expect(revision.header.symbol).toBe('CTOC/COP/WG.2/2012/1/Rev.1');
    expect(revision.header.issuanceNote).toBeNull();
  });

  it('clears the date of a corrigendum until it is given', () => {
    const corrigendum = reviseIssuance(seed(), 'corrigendum');
    expect(corrigendum.agenda.header.issueDate).toBeNull();
    expect(corrigendum.marks.subtitle).toBe('Corrigendum');
  });
});
