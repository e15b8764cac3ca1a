// Unexpected errors go to a local log file the user can open from the Aide menu.
import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';

const MAX_BYTES = 1024 * 1024;

export function logFilePath(userData: string): string {
  return join(userData, 'logs', 'reperes.log');
}

export function appendLog(userData: string, origin: 'main' | 'renderer', message: string): void {
  try {
    const file = logFilePath(userData);
    mkdirSync(join(userData, 'logs'), { recursive: true });
    try {
      if (statSync(file).size > MAX_BYTES) renameSync(file, `${file}.1`);
    } catch {
      // no log yet
    }
    appendFileSync(file, `${new Date().toISOString()} [${origin}] ${message}\n`);
  } catch {
    // Logging must never take the app down.
  }
}
