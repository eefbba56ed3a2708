/** What a CLI verb may touch: its arguments, standard streams and exit status. */
export interface CliIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
  /** Standard input as text, read only when a verb asks for it. */
  readonly readStdin: () => Promise<string>;
}

/** A failure the user caused (bad file, bad flag): printed as one line, exit 1, no stack trace. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

export type CliVerb = (args: readonly string[], io: CliIo) => Promise<number>;
