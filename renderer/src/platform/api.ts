// The renderer's single door to the platform: the preload's `window.reperes` in the desktop
// app, the web adapter in a browser. Nothing else in the renderer knows which one it runs in.
import type { ReperesApi } from '../../../electron/shared/api';
import { createWebApi } from './web-adapter';

let api: ReperesApi | null = null;

export function getApi(): ReperesApi {
  api ??= window.reperes ?? createWebApi();
  return api;
}
