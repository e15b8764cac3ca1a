// Remembers the window's size and position between runs, and ignores a saved position that
// no longer lies on any display (a monitor was unplugged).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const WindowState = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(10_000),
  height: z.number().int().min(300).max(10_000),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof WindowState>;

interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function readWindowState(userData: string): WindowState | null {
  try {
    const parsed = WindowState.safeParse(
      JSON.parse(readFileSync(join(userData, 'window-state.json'), 'utf8')),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeWindowState(userData: string, state: WindowState): void {
  try {
    writeFileSync(join(userData, 'window-state.json'), JSON.stringify(state));
  } catch {
    // Losing the window position is not worth an error dialog.
  }
}

/** Keeps the saved bounds only if their top-left corner is visible on some display. */
export function visibleOn(state: WindowState, displays: Area[]): WindowState | null {
  const ok = displays.some(
    (d) =>
      state.x >= d.x - 50 &&
      state.y >= d.y - 50 &&
      state.x < d.x + d.width - 100 &&
      state.y < d.y + d.height - 100,
  );
  return ok ? state : null;
}
