// Application commands, reachable from the desktop menu, keyboard shortcuts and buttons alike.
// Features register what they can do; the menu only names commands.
import type { MenuCommand } from '../../../electron/shared/api';

type Handler = () => void | Promise<void>;
const handlers = new Map<MenuCommand, Handler>();

export function registerCommand(command: MenuCommand, handler: Handler): () => void {
  handlers.set(command, handler);
  return () => {
    if (handlers.get(command) === handler) handlers.delete(command);
  };
}

export async function runCommand(command: MenuCommand): Promise<boolean> {
  const handler = handlers.get(command);
  if (!handler) return false;
  await handler();
  return true;
}
