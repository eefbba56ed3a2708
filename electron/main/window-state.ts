import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from './library/durable-file';

const WindowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 860, maximized: false };

interface Area {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The saved size and place, or the default if unreadable or off every screen now. */
export async function loadWindowState(
  dataFolder: string,
  screens: readonly Area[],
): Promise<WindowState> {
  const saved = await readFile(join(dataFolder, 'window-state.json'), 'utf8')
    .then((text) => WindowStateSchema.safeParse(JSON.parse(text)))
    .catch(() => undefined);
  if (!saved?.success) return DEFAULT_WINDOW_STATE;
  const state = saved.data;
  if (state.x === undefined || state.y === undefined) return state;
  const { x, y } = state;
  const visible = screens.some(
    (area) => x >= area.x && y >= area.y && x < area.x + area.width && y < area.y + area.height,
  );
  return visible ? state : { width: state.width, height: state.height, maximized: state.maximized };
}

export function saveWindowState(dataFolder: string, state: WindowState): Promise<void> {
  return writeFileDurably(join(dataFolder, 'window-state.json'), JSON.stringify(state));
}
