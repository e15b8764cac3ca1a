// `npm start`: launches the built app with Electron, or explains clearly why it cannot.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let electronPath;
try {
  electronPath = require('electron');
} catch {
  electronPath = undefined;
}
if (typeof electronPath !== 'string') {
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
const child = spawn(electronPath, ['.'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
