import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  InsertedTextRun,
  Paragraph,
  TextRun,
  type ICommentOptions,
  type IParagraphOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { assertNever } from '../schedule/assert-never';
import {
  revisionOfSegments,
  segmentsInForm,
  type Segments,
  type TrackedForm,
} from './comparison-blocks';

/**
 * Runs and paragraphs carrying Word revisions: the pieces the tracked-changes
 * document is made of.
 */

/**
 * Numbers the revisions (Word wants every w:ins and w:del id unique in the
 * package) and keeps the comments that say where a moved item went.
 */
export class RevisionMarks {
  private next = 1;
  private readonly notes: ICommentOptions[] = [];
  constructor(
    private readonly author: string,
    private readonly date: Date,
  ) {}

  mark(): { id: number; author: string; date: string } {
    const id = this.next;
    this.next += 1;
    return { id, author: this.author, date: wordDate(this.date) };
  }

  /** A comment by the author, e.g. "Moved from item 3"; returns its id. */
  comment(text: string): number {
    const id = this.notes.length;
    this.notes.push({
      id,
      author: this.author,
      initials: initials(this.author),
      date: this.date,
      children: [new Paragraph({ text })],
    });
    return id;
  }

  comments(): readonly ICommentOptions[] {
    return this.notes;
  }
}

function initials(author: string): string {
  return author
    .split(/\s+/u)
    .map((word) => word.charAt(0).toUpperCase())
    .join('')
    .slice(0, 9);
}

/** Word writes revision dates to the second, without fractions. */
export function wordDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/u, 'Z');
}

/** Segments as runs: unchanged text plain, the rest as insertions and deletions. */
export function runs(
  segments: Segments,
  marks: RevisionMarks,
  base: IRunOptions = {},
): ParagraphChild[] {
  return segments.flatMap((segment) =>
    segment.text.split(/\r?\n/u).map((line, index): ParagraphChild => {
      const options: IRunOptions = {
        ...base,
        text: line,
        ...(segment.bold === true ? { bold: true } : {}),
        ...(segment.italic === true ? { italics: true } : {}),
        ...(index > 0 ? { break: 1 } : {}),
      };
      switch (segment.change) {
        case 'same':
          return new TextRun(options);
        case 'inserted':
          return new InsertedTextRun({ ...options, ...marks.mark() });
        case 'deleted':
          return new DeletedTextRun({ ...options, ...marks.mark() });
        default:
          return assertNever(segment.change);
      }
    }),
  );
}

/**
 * A paragraph in a tracked form. An inserted paragraph also has its mark
 * inserted, so that rejecting it leaves no empty paragraph; a deleted one
 * has its mark deleted, so that accepting joins nothing to the next.
 */
export function tracked(
  form: TrackedForm,
  segments: Segments,
  marks: RevisionMarks,
  properties: Omit<IParagraphOptions, 'children' | 'text'>,
  note: string | null = null,
): Paragraph[] {
  if (form === 'absent') return [];
  const shown = segmentsInForm(segments, form);
  const paragraphMark =
    form === 'new'
      ? { run: { insertion: marks.mark() } }
      : form === 'old'
        ? { run: { deletion: marks.mark() } }
        : {};
  const children =
    note === null ? runs(shown, marks) : commented(runs(shown, marks), note, form, marks);
  return [new Paragraph({ ...properties, ...paragraphMark, children })];
}

/**
 * Runs with a comment on them. Its reference goes with the runs, inserted or
 * deleted, so that accepting or rejecting leaves no stray mark behind.
 */
export function commented(
  children: readonly ParagraphChild[],
  note: string,
  form: TrackedForm,
  marks: RevisionMarks,
): ParagraphChild[] {
  const id = marks.comment(note);
  const reference = { children: [new CommentReference(id)] };
  const referenceRun =
    form === 'new'
      ? new InsertedTextRun({ ...reference, ...marks.mark() })
      : form === 'old'
        ? new DeletedTextRun({ ...reference, ...marks.mark() })
        : new TextRun(reference);
  return [new CommentRangeStart(id), ...children, new CommentRangeEnd(id), referenceRun];
}

/** A line of the masthead or title, tracked as a whole when only one version has it. */
export function line(
  segments: Segments,
  marks: RevisionMarks,
  properties: Omit<IParagraphOptions, 'children' | 'text'>,
): Paragraph[] {
  if (segments.every((segment) => segment.text === '')) return [];
  const revision = revisionOfSegments(segments);
  const form: TrackedForm =
    revision === 'inserted' ? 'new' : revision === 'deleted' ? 'old' : 'marked';
  return tracked(form, segments, marks, properties);
}

/** The tab between a label and its text, in both versions. */
const SAME_TAB: Segments = [{ change: 'same', text: '\t' }];

export function labelled(label: Segments, text: Segments): Segments {
  return [...label, ...SAME_TAB, ...text];
}
