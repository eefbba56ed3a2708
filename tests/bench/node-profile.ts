import { Session } from 'node:inspector/promises';
import type { CpuProfile } from './profile-summary';

/**
 * A CPU profile of this process around `action`, through the inspector's
 * Profiler (what `node --cpu-prof` writes), so that only the profiled part of
 * the benchmark is in it.
 */
export async function profileNode(
  action: () => Promise<void>,
  intervalMicroseconds = 200,
): Promise<CpuProfile> {
  const session = new Session();
  let stopped: { profile: CpuProfile };
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: intervalMicroseconds });
    await session.post('Profiler.start');
    try {
      await action();
    } finally {
      // Stopped even when the action failed, so that a later profile can start.
      stopped = await session.post('Profiler.stop');
    }
    return stopped.profile;
  } finally {
    session.disconnect();
  }
}
