import { type Agenda, type AgendaItem, CURRENT_SCHEMA_VERSION } from './agenda';
import { newId } from './ids';

export type AgendaTemplate = 'blank' | 'standard';

export function newAgendaItem(title: string, subTitles: readonly string[] = []): AgendaItem {
  return {
    id: newId(),
    title,
    annotationHeading: null,
    annotations: [],
    documentIds: [],
    subItems: subTitles.map((subTitle) => ({
      id: newId(),
      title: subTitle,
      annotationHeading: null,
      annotations: [],
      documentIds: [],
    })),
  };
}

/** The items nearly every UN provisional agenda opens and closes with. */
function standardItems(): AgendaItem[] {
  return [
    newAgendaItem('Organizational matters', [
      'Opening of the session',
      'Adoption of the agenda and organization of work',
    ]),
    newAgendaItem('Other matters'),
    newAgendaItem('Adoption of the report'),
  ];
}

export function createAgenda(template: AgendaTemplate, id: string = newId()): Agenda {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    header: {
      body: '',
      symbol: '',
      distribution: 'General',
      issueDate: null,
      originalLanguage: 'en',
      documentLanguage: 'en',
    },
    meeting: {
      title: '',
      session: null,
      venue: '',
      startDate: null,
      endDate: null,
      documentTitle: 'Provisional agenda and annotations',
    },
    items: template === 'standard' ? standardItems() : [],
    documents: [],
    organization: { days: [] },
    settings: { numberParagraphs: false, documentsAnnex: false },
  };
}
