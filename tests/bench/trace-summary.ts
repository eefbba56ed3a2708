/**
 * The top events of a Chrome trace by self time, per thread: what a CPU
 * profile shows only as "(program)" (style, layout, paint, printing) is
 * named here.
 */

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string };
}

export interface TraceRow {
  readonly thread: string;
  readonly event: string;
  readonly selfMs: number;
  readonly totalMs: number;
  readonly count: number;
}

interface Span {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/** Complete spans per thread, from `X` events and matched `B`/`E` pairs. */
function spansByThread(events: readonly TraceEvent[]): Map<string, Span[]> {
  const spans = new Map<string, Span[]>();
  const open = new Map<string, TraceEvent[]>();
  const add = (thread: string, span: Span) => {
    const list = spans.get(thread) ?? [];
    list.push(span);
    spans.set(thread, list);
  };
  for (const event of events) {
    const thread = `${event.pid}:${event.tid}`;
    if (event.ph === 'X' && event.dur !== undefined) {
      add(thread, { name: event.name, start: event.ts, end: event.ts + event.dur });
    } else if (event.ph === 'B') {
      const stack = open.get(thread) ?? [];
      stack.push(event);
      open.set(thread, stack);
    } else if (event.ph === 'E') {
      const begin = open.get(thread)?.pop();
      if (begin) add(thread, { name: begin.name, start: begin.ts, end: event.ts });
    }
  }
  return spans;
}

export function summarizeTrace(trace: unknown, top = 15): TraceRow[] {
  const events: readonly TraceEvent[] = Array.isArray(trace)
    ? (trace as TraceEvent[])
    : ((trace as { traceEvents?: TraceEvent[] }).traceEvents ?? []);
  const threadNames = new Map<string, string>();
  for (const event of events) {
    if (event.ph === 'M' && event.name === 'thread_name' && event.args?.name) {
      threadNames.set(`${event.pid}:${event.tid}`, event.args.name);
    }
  }
  const rows = new Map<
    string,
    { thread: string; event: string; self: number; total: number; count: number }
  >();
  for (const [thread, spans] of spansByThread(events)) {
    // Parents before children: earlier start first, the longer of two that start together.
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    const stack: { span: Span; key: string }[] = [];
    const threadName = threadNames.get(thread) ?? thread;
    for (const span of spans) {
      while (stack.length > 0 && (stack.at(-1)?.span.end ?? 0) <= span.start) stack.pop();
      const key = `${threadName}\u0000${span.name}`;
      const row = rows.get(key) ?? {
        thread: threadName,
        event: span.name,
        self: 0,
        total: 0,
        count: 0,
      };
      const duration = span.end - span.start;
      row.self += duration;
      row.count += 1;
      // A span nested in one of the same name (recursion) is counted in total once.
      if (!stack.some((open) => open.key === key)) row.total += duration;
      rows.set(key, row);
      const parent = stack.at(-1);
      if (parent) {
        const parentRow = rows.get(parent.key);
        if (parentRow) parentRow.self -= Math.min(duration, parent.span.end - span.start);
      }
      stack.push({ span, key });
    }
  }
  return [...rows.values()]
    .toSorted((a, b) => b.self - a.self)
    .slice(0, top)
    .map((row) => ({
      thread: row.thread,
      event: row.event,
      selfMs: row.self / 1000,
      totalMs: row.total / 1000,
      count: row.count,
    }));
}

export function formatTraceSummary(title: string, rows: readonly TraceRow[]): string {
  return [
    title,
    '  trace events by self time:  self ms  total ms  count  thread: event',
    ...rows.map(
      (row) =>
        `    ${row.selfMs.toFixed(1).padStart(24)} ${row.totalMs.toFixed(1).padStart(9)} ${String(row.count).padStart(6)}  ${row.thread}: ${row.event}`,
    ),
  ].join('\n');
}

/** Top-level task time per process and thread: which process of Chromium is busy, and how long. */
export function busyThreads(trace: unknown, top = 8): { thread: string; ms: number }[] {
  const events: readonly TraceEvent[] = Array.isArray(trace)
    ? (trace as TraceEvent[])
    : ((trace as { traceEvents?: TraceEvent[] }).traceEvents ?? []);
  const processes = new Map<number, string>();
  const threads = new Map<string, string>();
  for (const event of events) {
    if (event.ph !== 'M' || !event.args?.name) continue;
    if (event.name === 'process_name') processes.set(event.pid, event.args.name);
    if (event.name === 'thread_name') threads.set(`${event.pid}:${event.tid}`, event.args.name);
  }
  const loaded = originsByProcess(trace);
  const label = (pid: number) => {
    const origins = [...(loaded.get(pid)?.entries() ?? [])].toSorted((a, b) => b[1] - a[1]);
    if (origins.some(([origin]) => origin === 'file:')) return ' (the document)';
    // A WebUI page loads most of its files from the shared chrome://resources; name the page.
    const shared = new Set(['data:', 'chrome://resources', 'chrome://theme']);
    const main = origins.find(([origin]) => !shared.has(origin))?.[0] ?? origins[0]?.[0];
    return main ? ` (${main})` : '';
  };
  const busy = new Map<string, number>();
  for (const event of events) {
    // The schedulers' task events: every piece of work a thread does runs inside one.
    if (event.ph !== 'X' || event.dur === undefined) continue;
    if (event.name !== 'ThreadControllerImpl::RunTask' && event.name !== 'ThreadPool_RunTask') {
      continue;
    }
    const process = `${processes.get(event.pid) ?? 'process'} ${event.pid}${label(event.pid)}`;
    const thread = `${process} / ${threads.get(`${event.pid}:${event.tid}`) ?? event.tid}`;
    busy.set(thread, (busy.get(thread) ?? 0) + event.dur / 1000);
  }
  return [...busy.entries()]
    .toSorted((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([thread, ms]) => ({ thread, ms }));
}

interface UrlEvent {
  readonly pid?: number;
  readonly args?: { readonly data?: { readonly url?: unknown } };
}

/** "chrome://omnibox-popup.top-chrome", "https://update.googleapis.com", "file:" */
function originOf(url: unknown): string | null {
  if (typeof url !== 'string' || !URL.canParse(url)) return null;
  const { protocol, host } = new URL(url);
  return protocol === 'file:' || protocol === 'data:' ? protocol : `${protocol}//${host}`;
}

/** What each process loaded, by origin, with how many resources. */
export function originsByProcess(trace: unknown): Map<number, Map<string, number>> {
  const events = (trace as { traceEvents?: UrlEvent[] }).traceEvents ?? [];
  const byProcess = new Map<number, Map<string, number>>();
  for (const event of events) {
    const origin = originOf(event.args?.data?.url);
    if (origin === null || event.pid === undefined) continue;
    const origins = byProcess.get(event.pid) ?? new Map<string, number>();
    origins.set(origin, (origins.get(origin) ?? 0) + 1);
    byProcess.set(event.pid, origins);
  }
  return byProcess;
}

/** The origins Chromium loaded besides the document (its own WebUI, Google's hosts), with counts. */
export function otherPagesLoaded(trace: unknown): string[] {
  const totals = new Map<string, number>();
  for (const origins of originsByProcess(trace).values()) {
    for (const [origin, count] of origins) {
      if (origin === 'file:' || origin === 'data:') continue;
      totals.set(origin, (totals.get(origin) ?? 0) + count);
    }
  }
  return [...totals.entries()]
    .toSorted((a, b) => b[1] - a[1])
    .map(([origin, count]) => `${origin} (${count} events)`);
}
