import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { startTestHost } from '../host/test-host';

/**
 * The test host in a process of its own, so that its peak RSS is the host's
 * (serving the renderer, loading and saving the agendas the browser opens)
 * and not the benchmark's, which generates and exports agendas itself.
 *
 * Run as a script (forked by `startHostProcess`), it starts the host on the
 * folder named in argv and answers `usage` and `stop` messages.
 */

interface ReadyMessage {
  readonly kind: 'ready';
  readonly url: string;
}

interface UsageMessage {
  readonly kind: 'usage';
  /** process.resourceUsage().maxRSS: kilobytes. */
  readonly maxRssKb: number;
  readonly rssBytes: number;
}

type HostMessage = ReadyMessage | UsageMessage;

export interface HostProcess {
  readonly url: string;
  readonly pid: number;
  usage(): Promise<UsageMessage>;
  stop(): Promise<void>;
}

function nextMessage<K extends HostMessage['kind']>(
  child: ChildProcess,
  kind: K,
): Promise<Extract<HostMessage, { kind: K }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: HostMessage) => {
      if (message.kind !== kind) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message as Extract<HostMessage, { kind: K }>);
    };
    const onExit = (code: number | null) =>
      reject(new Error(`The test host process exited (${code ?? 'signal'})`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** `extraNodeArgs`: e.g. --cpu-prof, to profile the host. */
export async function startHostProcess(
  dataFolder: string,
  extraNodeArgs: readonly string[] = [],
): Promise<HostProcess> {
  const child = fork(join(import.meta.dirname, 'host-process.ts'), [dataFolder], {
    // tsx's loader, which runs this benchmark, runs the host too.
    execArgv: [...process.execArgv, ...extraNodeArgs],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await nextMessage(child, 'ready');
  return {
    url: ready.url,
    pid: child.pid ?? -1,
    usage: () => {
      const answer = nextMessage(child, 'usage');
      child.send('usage');
      return answer;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.send('stop');
      }),
  };
}

async function runHost(dataFolder: string): Promise<void> {
  const host = await startTestHost(dataFolder);
  const send = (message: HostMessage) => process.send?.(message);
  process.on('message', (message) => {
    if (message === 'usage') {
      send({
        kind: 'usage',
        maxRssKb: process.resourceUsage().maxRSS,
        rssBytes: process.memoryUsage().rss,
      });
    } else if (message === 'stop') {
      // A normal exit, so that --cpu-prof writes its profile.
      void host.close().then(() => process.disconnect());
    }
  });
  send({ kind: 'ready', url: host.url });
}

const folderArgument = process.argv[2];
if (process.send && folderArgument && process.argv[1]?.endsWith('host-process.ts')) {
  void runHost(folderArgument);
}
