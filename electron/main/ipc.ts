// Registers IPC handlers through one helper that refuses duplicate channels, checks the sender
// frame and turns any exception into a French Result instead of a rejected promise.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Channel } from '../shared/api';
import { fail, type Result } from '../shared/result';
import { isTrustedSender } from './security';

const registered = new Set<string>();

export function handle<T>(
  channel: Channel,
  fn: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<Result<T>> | Result<T>,
): void {
  if (registered.has(channel)) throw new Error(`IPC channel registered twice: ${channel}`);
  registered.add(channel);
  ipcMain.handle(channel, async (event, ...args) => {
    if (!isTrustedSender(event.senderFrame?.url, process.env.ELECTRON_RENDERER_URL)) {
      return fail('ipc-refused', 'Requête refusée : origine non autorisée.');
    }
    try {
      return await fn(event, ...args);
    } catch (error) {
      return fail('unexpected', 'Une erreur inattendue est survenue.', String(error));
    }
  });
}
