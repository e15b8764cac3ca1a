// How many entries a comparison holds: the tray's limit, in a module without zod or Dexie so the
// tray on the first screen can show it before storage loads.
export const MAX_COMPARED = 4;
