import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

/**
 * The top frames of a V8 CPU profile (the format of CDP's Profiler.stop and
 * of node --cpu-prof), by self time and by total time.
 *
 * The renderer bundle is minified, so its frames are mapped back through
 * dist/renderer's source maps (with @jridgewell/trace-mapping, which the
 * build tools already bring) to the source file, line and the line's text.
 */

export interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: {
      readonly functionName: string;
      readonly url: string;
      readonly lineNumber: number;
      readonly columnNumber: number;
    };
    readonly children?: readonly number[];
  }[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

export interface FrameTime {
  readonly frame: string;
  readonly selfMs: number;
  readonly totalMs: number;
  /** For the top frames by self time: who called them, heaviest chains first. */
  readonly callers?: readonly { readonly chain: string; readonly ms: number }[];
}

export interface ProfileSummary {
  readonly totalMs: number;
  readonly bySelf: readonly FrameTime[];
  readonly byTotal: readonly FrameTime[];
}

const ROOT = join(import.meta.dirname, '../..');
const RENDERER_ASSETS = join(ROOT, 'dist/renderer/assets');

/** Frames that are the engine, not a function of ours: shown by self time, never as a total. */
const ENGINE_FRAMES = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);

const maps = new Map<string, TraceMap | null>();

function rendererMap(url: string): TraceMap | null {
  const file = /\/assets\/([^/?#]+\.js)/.exec(url)?.[1];
  if (!file) return null;
  if (!maps.has(file)) {
    try {
      maps.set(file, new TraceMap(readFileSync(join(RENDERER_ASSETS, `${file}.map`), 'utf8')));
    } catch {
      maps.set(file, null);
    }
  }
  return maps.get(file) ?? null;
}

/**
 * Reads the source maps of the renderer as built now. Other engineers rebuild
 * dist/renderer while the benchmark runs; a profile is mapped with the build
 * it was taken on, so call this just before profiling the renderer.
 */
export function loadRendererMaps(): void {
  for (const name of readdirSync(RENDERER_ASSETS)) {
    if (!name.endsWith('.js.map')) continue;
    const file = name.slice(0, -'.map'.length);
    if (maps.get(file)) continue;
    maps.set(file, new TraceMap(readFileSync(join(RENDERER_ASSETS, name), 'utf8')));
  }
}

interface FrameName {
  /** "renderer/features/agenda/agenda-tree.tsx:31 ItemCard `const ItemCard = memo(…`" */
  readonly full: string;
  /** "agenda-tree.tsx:31 ItemCard", for caller chains. */
  readonly short: string;
}

function describeFrame(frame: CpuProfile['nodes'][number]['callFrame']): FrameName {
  const { functionName, url, lineNumber, columnNumber } = frame;
  const name = functionName || '(anonymous)';
  if (url === '') return { full: name, short: name };
  const map = rendererMap(url);
  if (map) {
    const original = originalPositionFor(map, { line: lineNumber + 1, column: columnNumber });
    if (original.source !== null) {
      const source = original.source.replace(/^(\.\.\/)+/, '');
      const index = map.sources.indexOf(original.source);
      const text = map.sourcesContent?.[index]?.split('\n')[original.line - 1]?.trim() ?? '';
      const shortText = text.length > 70 ? `${text.slice(0, 69)}…` : text;
      const where = `${source}:${original.line} ${original.name ?? name}`;
      return {
        full: `${where} \`${shortText}\``,
        short: `${source.split('/').at(-1) ?? source}:${original.line} ${original.name ?? name}`,
      };
    }
  }
  const path = url.startsWith('file:') ? relative(ROOT, fileURLToPath(url)) : url;
  return {
    full: `${name} ${path}:${lineNumber + 1}`,
    short: `${name} (${path.split('/').at(-1) ?? path})`,
  };
}

export function summarizeProfile(profile: CpuProfile, top = 12): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  }
  const names = new Map<number, FrameName>();
  const frameName = (id: number): FrameName => {
    let name = names.get(id);
    if (name === undefined) {
      const node = byId.get(id);
      name = node ? describeFrame(node.callFrame) : { full: '(unknown)', short: '(unknown)' };
      names.set(id, name);
    }
    return name;
  };
  const nameOf = (id: number): string => frameName(id).full;

  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const callers = new Map<string, Map<string, number>>();
  for (const [index, sample] of samples.entries()) {
    // The time up to the next sample belongs to this one, as DevTools counts it.
    const ms = (deltas[index + 1] ?? 0) / 1000;
    const leaf = nameOf(sample);
    self.set(leaf, (self.get(leaf) ?? 0) + ms);
    const chain: string[] = [];
    for (
      let id = parentOf.get(sample);
      id !== undefined && chain.length < 4;
      id = parentOf.get(id)
    ) {
      const caller = frameName(id).short;
      if (caller !== chain.at(-1) && !ENGINE_FRAMES.has(caller)) chain.push(caller);
    }
    const chains = callers.get(leaf) ?? new Map<string, number>();
    const key = chain.join(' ← ');
    chains.set(key, (chains.get(key) ?? 0) + ms);
    callers.set(leaf, chains);
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parentOf.get(id)) {
      const frame = nameOf(id);
      if (seen.has(frame) || ENGINE_FRAMES.has(frame)) continue;
      seen.add(frame);
      total.set(frame, (total.get(frame) ?? 0) + ms);
    }
  }
  const rows = (source: Map<string, number>, withCallers: boolean): FrameTime[] =>
    [...source.entries()]
      .toSorted((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([frame]) => ({
        frame,
        selfMs: self.get(frame) ?? 0,
        totalMs: total.get(frame) ?? 0,
        callers:
          withCallers && !ENGINE_FRAMES.has(frame)
            ? [...(callers.get(frame) ?? new Map<string, number>()).entries()]
                .toSorted((a, b) => b[1] - a[1])
                .slice(0, 2)
                .map(([chain, ms]) => ({ chain, ms }))
            : undefined,
      }));
  return {
    totalMs: (profile.endTime - profile.startTime) / 1000,
    bySelf: rows(self, true),
    byTotal: rows(total, false),
  };
}

export function formatProfileSummary(title: string, summary: ProfileSummary): string {
  const line = (row: FrameTime) =>
    `    ${row.selfMs.toFixed(1).padStart(8)} ${row.totalMs.toFixed(1).padStart(8)}  ${row.frame}`;
  const withCallers = (row: FrameTime) => [
    line(row),
    ...(row.callers ?? []).map(
      (caller) => `${' '.repeat(24)}${caller.ms.toFixed(0).padStart(6)} ms ← ${caller.chain}`,
    ),
  ];
  return [
    `${title} (${summary.totalMs.toFixed(0)} ms profiled)`,
    '  by self time:      self ms  total ms  frame',
    ...summary.bySelf.flatMap(withCallers),
    '  by total time:     self ms  total ms  frame',
    ...summary.byTotal.map(line),
  ].join('\n');
}
