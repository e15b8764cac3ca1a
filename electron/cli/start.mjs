// `npm start`: launches the built app with Electron, or explains clearly why it cannot.
// The binary is looked up without require('electron'), which would try to download it.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

function electronBinary() {
  try {
    const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = join(dir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary) {
  console.error(
    [
      '',
      'Impossible de lancer Repères : le binaire Electron n’est pas installé sur cette machine',
      '(il se télécharge pendant « npm ci » quand Internet est accessible).',
      'Le catalogue et l’interface sont construits : essayez l’application dans un navigateur avec',
      '  npm run web   puis ouvrez http://127.0.0.1:5173/',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
const child = spawn(binary, ['.'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
