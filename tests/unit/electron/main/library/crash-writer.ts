/**
 * The writer the crash test kills: saves one agenda in a loop through the
 * real LibraryStore and, after each save resolves, prints `saved <n>`.
 *
 * Usage: crash-writer <library folder> <seed fixture>
 * Prints `ready <n>` once it holds the agenda, n being the save on disk.
 */
import { readFileSync, writeSync } from 'node:fs';
import { LibraryStore } from '../../../../../electron/main/library/library-store';
import { AgendaSchema } from '../../../../../shared/model/agenda';
import { CRASH_AGENDA_ID, agendaAtSequence, sequenceOf } from './crash-agenda';

// writeSync: when the line is out, the test reads it even if a SIGKILL comes next.
const say = (line: string): void => {
  writeSync(1, `${line}\n`);
};

async function main(): Promise<void> {
  const [folder, fixture] = process.argv.slice(2);
  if (!folder || !fixture) throw new Error('usage: crash-writer <library folder> <seed fixture>');
  const seed = AgendaSchema.parse(JSON.parse(readFileSync(fixture, 'utf8')));
  const store = new LibraryStore(folder);
  const access = await store.openForEditing(CRASH_AGENDA_ID);
  if (access.readOnly) throw new Error(`the agenda is held by ${access.heldBy}`);
  const current = await store.load(CRASH_AGENDA_ID);
  let sequence = sequenceOf(current.meeting.title);
  if (sequence === null) throw new Error(`not a crash-test agenda: ${current.meeting.title}`);
  say(`ready ${sequence}`);
  for (;;) {
    sequence += 1;
    await store.save(agendaAtSequence(seed, sequence));
    say(`saved ${sequence}`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(3);
});
