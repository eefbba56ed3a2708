import { describe, expect, it } from 'vitest';
import { parseDateRange, parseVenueAndDates } from '../../../../shared/import/date-text';
import { importMarkdown, importPlainText } from '../../../../shared/import/from-markdown';

const LIST = '\n1. Opening of the session.\n2. Other matters.\n';

describe('the masthead and title block', () => {
  it('reads every field of a typed masthead, in any order', () => {
    const { agenda, notes } = importPlainText(`United Nations
E/CN.7/2023/1*
Economic and Social Council
Distr.: Limited
20 December 2022
Original: French

Commission on Narcotic Drugs
Sixty-sixth session
Palais des Nations, Geneva, 13–17 March 2023

Provisional agenda and annotations
${LIST}`);
    expect(agenda.header).toEqual({
      body: 'Economic and Social Council',
      symbol: 'E/CN.7/2023/1',
      distribution: 'Limited',
      issueDate: '2022-12-20',
      originalLanguage: 'fr',
      documentLanguage: 'en',
    });
    expect(agenda.meeting).toEqual({
      title: 'Commission on Narcotic Drugs',
      session: 'Sixty-sixth session',
      venue: 'Palais des Nations, Geneva',
      startDate: '2023-03-13',
      endDate: '2023-03-17',
      documentTitle: 'Provisional agenda and annotations',
    });
    expect(notes).toEqual([]);
  });

  it('reads "Distr.: General" and the date kept in one paragraph, as pandoc writes them', () => {
    const { agenda } = importMarkdown(
      `# Human Rights Council\n\nDistr.: General  \n18 October 2024\n\nOriginal: Spanish\n\n## Working group\n\nTenth session\n\nGeneva, 16-20 December 2024\n\n### Provisional agenda\n${LIST}`,
    );
    expect(agenda.header).toMatchObject({
      distribution: 'General',
      issueDate: '2024-10-18',
      originalLanguage: 'es',
    });
    expect(agenda.meeting).toMatchObject({ title: 'Working group', session: 'Tenth session' });
  });

  it('takes a lone name under the distribution for the meeting, and says the symbol is missing', () => {
    const { agenda, notes } = importPlainText(
      `Distr.: General\n1 March 2024\n\nCommittee on Science\nSeventh meeting\nNairobi, 4 and 5 March 2024\n\nProvisional agenda\n${LIST}`,
    );
    expect(agenda.header.body).toBe('');
    expect(agenda.meeting.title).toBe('Committee on Science');
    expect(agenda.meeting.session).toBe('Seventh meeting');
    expect(notes).toEqual(["The file does not print the agenda's symbol: type it in the header."]);
  });

  it('keeps masthead lines it has no field for', () => {
    const { unplaced } = importPlainText(
      `Body\nMeeting\nA third name\n\nProvisional agenda\n${LIST}`,
    );
    expect(unplaced.map((piece) => [piece.text, piece.source])).toEqual([
      ['A third name', 'line 3'],
    ]);
  });
});

describe('meeting dates as agendas write them', () => {
  it.each([
    ['17 October 2012', '2012-10-17', '2012-10-17'],
    ['17 and 18 October 2012', '2012-10-17', '2012-10-18'],
    ['17-19 October 2012', '2012-10-17', '2012-10-19'],
    ['17–19 October 2012', '2012-10-17', '2012-10-19'],
    ['from 17 to 19 October 2012', '2012-10-17', '2012-10-19'],
    ['30 November-4 December 2015', '2015-11-30', '2015-12-04'],
    ['28 December 2015-2 January 2016', '2015-12-28', '2016-01-02'],
    ['October 17-19, 2012', '2012-10-17', '2012-10-19'],
  ])('%s', (text, start, end) => {
    expect(parseDateRange(text)).toEqual({ start, end });
  });

  it('refuses what is not a range of days', () => {
    expect(parseDateRange('19-17 October 2012')).toBeNull();
    expect(parseDateRange('17 October')).toBeNull();
    expect(parseDateRange('Sixty-sixth session')).toBeNull();
  });

  it('finds the venue before the dates, commas and all', () => {
    expect(parseVenueAndDates('Vienna, 17 and 18 October 2012')).toEqual({
      venue: 'Vienna',
      start: '2012-10-17',
      end: '2012-10-18',
    });
    expect(parseVenueAndDates('Vienna International Centre, Vienna, 17 October 2012')?.venue).toBe(
      'Vienna International Centre, Vienna',
    );
  });
});
