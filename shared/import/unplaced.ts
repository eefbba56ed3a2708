import type { UnplacedText } from '../model/agenda';
import type { SourceLine } from './import-lines';

/**
 * The text an import could not place, gathered as the parts of the document
 * are read and handed back in the order of the file, so the user goes
 * through it from top to bottom.
 */
export class UnplacedCollector {
  private readonly pieces: { position: number; text: string; source: string; reason: string }[] =
    [];

  add(line: SourceLine, text: string, reason: string): void {
    this.pieces.push({ position: line.position, text, source: line.source, reason });
  }

  /** The whole line, as the user wrote it. */
  addLine(line: SourceLine, reason: string): void {
    this.add(line, line.text, reason);
  }

  get count(): number {
    return this.pieces.length;
  }

  list(newId: () => string): UnplacedText[] {
    return [...this.pieces]
      .sort((a, b) => a.position - b.position)
      .map(({ text, source, reason }) => ({ id: newId(), text, source, reason }));
  }
}
