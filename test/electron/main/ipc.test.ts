import { beforeEach, describe, expect, it, vi } from 'vitest';

const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) =>
      handlers.set(channel, fn),
  },
}));

const { handle } = await import('../../../electron/main/ipc');
const { CHANNELS } = await import('../../../electron/shared/api');
const { SaveFileRequestSchema, OpenFileRequestSchema } =
  await import('../../../electron/main/ipc-validation');

const trusted = { senderFrame: { url: 'app://reperes/index.html' } };
const foreign = { senderFrame: { url: 'https://evil.example/' } };

describe('IPC registration', () => {
  beforeEach(() => handlers.clear());

  it('refuses to register a channel twice', () => {
    handle(CHANNELS.catalogueLoad, () => ({ ok: true, value: 1 }) as never);
    expect(() => handle(CHANNELS.catalogueLoad, () => ({ ok: true, value: 2 }) as never)).toThrow(/twice/);
  });

  it('answers our own frame and refuses a foreign one', async () => {
    handle(CHANNELS.documentLoad, () => ({ ok: true, value: 'texte' }));
    const fn = handlers.get(CHANNELS.documentLoad);
    await expect(fn?.(trusted)).resolves.toEqual({ ok: true, value: 'texte' });
    await expect(fn?.(foreign)).resolves.toMatchObject({ ok: false, error: { code: 'ipc-refused' } });
    await expect(fn?.({})).resolves.toMatchObject({ ok: false, error: { code: 'ipc-refused' } });
  });

  it('turns an exception into a French Result instead of a rejection', async () => {
    handle(CHANNELS.fileSave, () => {
      throw new Error('boom');
    });
    const result = (await handlers.get(CHANNELS.fileSave)?.(trusted)) as {
      ok: boolean;
      error: { message: string };
    };
    expect(result.ok).toBe(false);
    expect(result.error.message).toMatch(/erreur inattendue/);
  });
});

describe('IPC argument validation', () => {
  it.each([
    [{ suggestedName: 'notes.json', content: '{}', filters: [] }, true],
    [{ suggestedName: '../../etc/passwd', content: '', filters: [] }, false],
    [{ suggestedName: 'a\\b.json', content: '', filters: [] }, false],
    [{ suggestedName: '', content: '', filters: [] }, false],
    [{ suggestedName: 'x.json', content: 42, filters: [] }, false],
    [{ suggestedName: 'x.json', content: '', filters: [{ name: 'x', extensions: ['../sh'] }] }, false],
    ['not an object', false],
  ])('save request %j valid=%s', (request, valid) => {
    expect(SaveFileRequestSchema.safeParse(request).success).toBe(valid);
  });

  it('bounds the size of files opened', () => {
    expect(OpenFileRequestSchema.safeParse({ filters: [], maxBytes: 1e12 }).success).toBe(false);
    expect(OpenFileRequestSchema.safeParse({ filters: [], maxBytes: 1024 }).success).toBe(true);
  });
});
