import {
  type Agenda,
  type AgendaItem,
  AgendaSchema,
  CURRENT_SCHEMA_VERSION,
  type DocumentEntry,
  type MeetingDay,
  type Paragraph,
  type SubItem,
  type TextRun,
  type TimeSlot,
} from '../../shared/model/agenda';

/**
 * Agendas of any size for the benchmark, the same bytes on every run: a
 * seeded PRNG picks the words, ids are derived from it (never randomUUID), so
 * a change in a figure comes from the code, not from the document.
 */

/** Mulberry32: small, fast and good enough to pick words; not for anything secret. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const SUBJECTS = [
  'technical assistance',
  'international cooperation',
  'the review mechanism',
  'trafficking in persons',
  'the smuggling of migrants',
  'firearms',
  'asset recovery',
  'mutual legal assistance',
  'extradition',
  'the protection of witnesses',
  'cybercrime',
  'financial and budgetary matters',
  'the strategic framework',
  'capacity-building',
  'the prevention of corruption',
] as const;

const TITLE_OPENINGS = [
  'Implementation of',
  'Consideration of',
  'Review of',
  'Progress made in',
  'Report on',
  'Follow-up to recommendations on',
  'Coordination of',
] as const;

const WORDS = (
  'the working group conference parties secretariat resolution recommendations ' +
  'implementation convention protocols member states assistance cooperation ' +
  'information report session delegations consider present note annex ' +
  'relevant provisions activities office national strategies requested ' +
  'decided further also inter alia including respect thereto accordance ' +
  'welcomed noted encouraged invited review mechanism capacity good practices'
).split(' ');

interface Generator {
  readonly random: () => number;
  nextId(prefix: string): string;
}

function generator(seed: number): Generator {
  const random = seededRandom(seed);
  let counter = 0;
  return {
    random,
    nextId: (prefix) => {
      counter += 1;
      const noise = Math.floor(random() * 0xffffff)
        .toString(16)
        .padStart(6, '0');
      return `${prefix}-${counter.toString(36)}-${noise}`;
    },
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  const chosen = list[Math.floor(random() * list.length)];
  if (chosen === undefined) throw new Error('pick from an empty list');
  return chosen;
}

function sentence(random: () => number, words: number): string {
  const chosen = Array.from({ length: words }, () => pick(random, WORDS));
  const text = chosen.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** 40–90 words, as a UN annotation paragraph runs; one in four has an italic or bold run. */
function paragraph(gen: Generator): Paragraph {
  const { random } = gen;
  const sentences = Array.from({ length: 2 + Math.floor(random() * 3) }, () =>
    sentence(random, 15 + Math.floor(random() * 15)),
  );
  const runs: TextRun[] = [{ text: sentences.join(' ') }];
  if (random() < 0.25) {
    runs.push({ text: ' See resolution 5/1, entitled ' });
    runs.push({ text: '“Ensuring effective implementation”', italic: true });
    runs.push({ text: '.', bold: random() < 0.5 });
  }
  return { id: gen.nextId('p'), runs };
}

function title(random: () => number): string {
  return `${pick(random, TITLE_OPENINGS)} ${pick(random, SUBJECTS)}`;
}

function entryFields(gen: Generator, documents: readonly DocumentEntry[]) {
  const cited = new Set<string>();
  const count = 1 + Math.floor(gen.random() * 3);
  for (let index = 0; index < count; index += 1) cited.add(pick(gen.random, documents).id);
  return {
    id: gen.nextId('item'),
    title: title(gen.random),
    annotationHeading: gen.random() < 0.1 ? `${title(gen.random)} (annotations)` : null,
    annotations: Array.from({ length: 4 }, () => paragraph(gen)),
    documentIds: [...cited],
  };
}

function documentsFor(gen: Generator, itemCount: number): DocumentEntry[] {
  return Array.from({ length: Math.max(4, Math.ceil(itemCount * 1.2)) }, (_, index) => {
    const number = index + 2;
    const joint = gen.random() < 0.05;
    return {
      id: gen.nextId('doc'),
      symbols: joint
        ? [`CTOC/COP/WG.2/2025/${number}`, `CAC/COSP/WG.1/2025/${number}`]
        : [`CTOC/COP/WG.2/2025/${number}`],
      title: `${pick(gen.random, ['Report', 'Note', 'Background paper'])} of the Secretariat on ${pick(gen.random, SUBJECTS)}`,
      kind: gen.random() < 0.7 ? 'Report of the Secretariat' : null,
    };
  });
}

/**
 * Every item and sub-item placed in the organization of work: two meetings a
 * weekday (10 a.m.–1 p.m., 3–6 p.m.), six entries each, weekends skipped.
 */
function organizationFor(gen: Generator, items: readonly AgendaItem[]): MeetingDay[] {
  const entries = items.flatMap((item) =>
    item.subItems.length > 0 ? item.subItems.map((subItem) => subItem.id) : [item.id],
  );
  const perSlot = 6;
  const days: MeetingDay[] = [];
  const date = new Date(Date.UTC(2025, 9, 6));
  for (let next = 0; next < entries.length;) {
    const slots: TimeSlot[] = [];
    for (const [start, end] of [
      ['10:00', '13:00'],
      ['15:00', '18:00'],
    ] as const) {
      if (next >= entries.length) break;
      const slotEntries = entries.slice(next, next + perSlot).map((itemId) => ({
        id: gen.nextId('entry'),
        itemId,
        description: null,
      }));
      next += slotEntries.length;
      slots.push({
        id: gen.nextId('slot'),
        start,
        end,
        kind: 'meeting',
        note: null,
        entries: slotEntries,
      });
    }
    days.push({ date: date.toISOString().slice(0, 10), slots });
    do date.setUTCDate(date.getUTCDate() + 1);
    while (date.getUTCDay() === 0 || date.getUTCDay() === 6);
  }
  return days;
}

/** The meeting title is what the library lists the agenda by; the benchmark clicks "Open <title>". */
export function benchAgendaTitle(itemCount: number): string {
  return `Benchmark agenda of ${itemCount} items`;
}

/**
 * An agenda of `itemCount` items; one item in three has two or three
 * sub-items, every item and sub-item four paragraphs and one to three
 * documents, and the whole agenda is scheduled. Checked against AgendaSchema.
 */
export function generateAgenda(itemCount: number, seed = itemCount): Agenda {
  const gen = generator(0x5eed ^ seed);
  const documents = documentsFor(gen, itemCount);
  const items: AgendaItem[] = Array.from({ length: itemCount }, (_, index) => {
    const fields = entryFields(gen, documents);
    const subItems: SubItem[] =
      index % 3 === 1
        ? Array.from({ length: 2 + Math.floor(gen.random() * 2) }, () =>
            entryFields(gen, documents),
          )
        : [];
    return { ...fields, subItems };
  });
  const days = organizationFor(gen, items);
  const agenda: Agenda = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: gen.nextId('agenda'),
    header: {
      body: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
      symbol: `CTOC/COP/WG.2/2025/${itemCount}`,
      distribution: 'General',
      issueDate: '2025-07-31',
      originalLanguage: 'en',
      documentLanguage: 'en',
    },
    meeting: {
      title: benchAgendaTitle(itemCount),
      session: 'Fourteenth session',
      venue: 'Vienna',
      startDate: days[0]?.date ?? null,
      endDate: days.at(-1)?.date ?? null,
      documentTitle: 'Provisional agenda and annotations',
    },
    items,
    documents,
    organization: { days },
    settings: { numberParagraphs: true, documentsAnnex: true },
  };
  // A generator that drifts from the schema would measure files the app refuses.
  return AgendaSchema.parse(agenda);
}

/** One edit, as a keystroke makes it: the first paragraph of the middle item gets a new text. */
export function withOneEdit(agenda: Agenda, revision: number): Agenda {
  const middle = Math.floor(agenda.items.length / 2);
  const items = agenda.items.map((item, index) => {
    if (index !== middle) return item;
    const [first, ...rest] = item.annotations;
    if (!first) return item;
    const runs = [{ text: `${first.runs[0]?.text ?? ''} Edit ${revision}.` }];
    return { ...item, annotations: [{ ...first, runs }, ...rest] };
  });
  return { ...agenda, items };
}
