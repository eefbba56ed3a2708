import { readdir, readFile } from 'node:fs/promises';

/**
 * Memory of processes, read from /proc (Linux): VmHWM is the peak resident
 * set of the process's life, VmRSS what it holds now, both in kilobytes.
 */

export interface ProcessMemory {
  readonly pid: number;
  readonly peakKb: number;
  readonly residentKb: number;
}

export async function processMemory(pid: number): Promise<ProcessMemory | null> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => null);
  if (status === null) return null;
  const field = (name: string) =>
    Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
  return { pid, peakKb: field('VmHWM'), residentKb: field('VmRSS') };
}

async function parentOf(pid: number): Promise<number | null> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  if (stat === null) return null;
  // The command name in parentheses may hold spaces; the fields after it do not.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[1]);
}

/**
 * Chromium renderer processes (`--type=renderer`) descended from `ancestor`:
 * other engineers' browsers on this machine are not ours to count.
 */
export async function rendererProcesses(ancestor: number = process.pid): Promise<number[]> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name)).map(Number);
  const parents = new Map<number, number>();
  for (const pid of pids) {
    const parent = await parentOf(pid);
    if (parent !== null) parents.set(pid, parent);
  }
  const descends = (pid: number): boolean => {
    for (let current = parents.get(pid); current !== undefined; current = parents.get(current)) {
      if (current === ancestor) return true;
      if (current <= 1) return false;
    }
    return false;
  };
  const renderers: number[] = [];
  for (const pid of pids) {
    if (!descends(pid)) continue;
    const commandLine = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    // Zygote children rewrite their command line as one space-separated string.
    if (/(^|[\s\0])--type=renderer([\s\0]|$)/.test(commandLine)) renderers.push(pid);
  }
  return renderers;
}
