import type { CliIo } from '../../../../electron/cli/cli-io';

export interface FakeIo extends CliIo {
  readonly out: string[];
  readonly err: string[];
}

/** Standard streams as arrays of lines, for calling verbs without a process. */
export function fakeIo(stdin = ''): FakeIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    readStdin: () => Promise.resolve(stdin),
  };
}
