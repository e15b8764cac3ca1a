// Launches the real desktop app where an Electron binary exists (a machine with internet);
// elsewhere every test here is skipped with a message saying why.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const root = resolve(__dirname, '../..');

function electronBinary(): string | null {
  try {
    const require = createRequire(__filename);
    const pathFile = resolve(require.resolve('electron/package.json'), '../path.txt');
    if (!existsSync(pathFile)) return null;
    const bin = resolve(
      require.resolve('electron/package.json'),
      '../dist',
      require('node:fs').readFileSync(pathFile, 'utf8').trim(),
    );
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

// `npm run dist:e2e` packages the app with the release fuses except the inspector, which
// Playwright needs; REPERES_E2E_APP=dist/e2e/linux-unpacked/reperes runs these tests on that build.
const packaged = process.env.REPERES_E2E_APP;
const binary = packaged ?? electronBinary();
const built = packaged !== undefined || existsSync(resolve(root, 'out/main/main.js'));
if (!binary) {
  console.warn(
    '\n[bureau] Binaire Electron absent (pas d’accès Internet pendant npm ci) : les tests de l’application de bureau sont ignorés.\n',
  );
}

test.describe('desktop app (real Electron)', () => {
  test.skip(
    !binary,
    'Electron binary not installed on this machine (no internet during npm ci): desktop-app tests skipped.',
  );
  test.skip(!built, 'App not built: run `npm run build` first.');

  test('opens a sandboxed window that lists the catalogue', async () => {
    const app = await electron.launch(
      packaged ? { executablePath: packaged } : { executablePath: binary ?? undefined, args: [root] },
    );
    const window = await app.firstWindow();
    await expect(window.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const w = BrowserWindow.getAllWindows()[0];
      // Not in the typings of every Electron version, but present at run time since v11.
      const p = (
        w?.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> } | undefined
      )?.getLastWebPreferences();
      return {
        sandbox: p?.sandbox,
        contextIsolation: p?.contextIsolation,
        nodeIntegration: p?.nodeIntegration,
      };
    });
    expect(prefs).toEqual({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe(
      'undefined',
    );
    await window.goto('https://example.org/').catch(() => undefined);
    expect(window.url()).toMatch(/^app:\/\/reperes\//);
    await app.close();
  });
});
