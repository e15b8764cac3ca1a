// Where bundled resources live: next to the sources in development, in the package's
// resources folder (outside the asar, see electron-builder.yml extraResources) once installed.
import { join, resolve } from 'node:path';

export function resourcesDir(isPackaged: boolean, processResourcesPath: string): string {
  return isPackaged ? join(processResourcesPath, 'resources') : resolve(__dirname, '../../resources');
}
