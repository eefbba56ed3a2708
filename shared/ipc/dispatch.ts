import {
  type Channel,
  type HandlerTable,
  type IpcResult,
  ipcContract,
  isChannel,
} from './contract';
import { AgendumError } from './agendum-error';

/**
 * Runs one request against the handler table, whatever the transport.
 *
 * Arguments are `unknown` until the channel's schema has parsed them; any
 * failure comes back as data with a message fit for the user.
 */
export async function dispatch(
  handlers: HandlerTable,
  channel: string,
  rawArgs: unknown,
  trustedSender: boolean,
): Promise<IpcResult<unknown>> {
  if (!trustedSender) {
    return failure('untrusted-sender', 'Request refused: it did not come from an Agendum window.');
  }
  if (!isChannel(channel)) {
    return failure('invalid-request', `Unknown operation "${channel}".`);
  }
  const parsed = ipcContract[channel].args.safeParse(rawArgs);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return failure(
      'invalid-request',
      `Invalid request to ${channel}${where}: ${issue?.message ?? 'malformed'}.`,
    );
  }
  try {
    const handler = handlers[channel] as (...args: unknown[]) => Promise<unknown>;
    const value = await handler(...(parsed.data as unknown[]));
    return { ok: true, value };
  } catch (error) {
    if (error instanceof AgendumError) return failure(error.code, error.message);
    const message = error instanceof Error ? error.message : String(error);
    return failure('internal', `Unexpected error in ${channel}: ${message}`);
  }
}

function failure(code: AgendumError['code'], message: string): IpcResult<never> {
  return { ok: false, error: { code, message } };
}

export type { Channel };
