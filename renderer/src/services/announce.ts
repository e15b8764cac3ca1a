// A polite live region for short confirmations ("Sauvegarde enregistrée."), read by screen
// readers and shown briefly on screen. Layout renders the region.
export const ANNOUNCER_ID = 'annonces';
let timer: ReturnType<typeof setTimeout> | undefined;

export function announce(text: string): void {
  const region = document.getElementById(ANNOUNCER_ID);
  if (!region) return;
  region.textContent = text;
  region.dataset.visible = 'true';
  clearTimeout(timer);
  timer = setTimeout(() => {
    region.dataset.visible = 'false';
    region.textContent = '';
  }, 4000);
}
