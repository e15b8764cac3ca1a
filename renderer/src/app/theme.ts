// Light and dark themes follow the system unless the user picks one; the choice is kept locally.
export type ThemeChoice = 'light' | 'dark' | 'system';
const KEY = 'reperes:theme';

export function readTheme(): ThemeChoice {
  const v = localStorage.getItem(KEY);
  return v === 'light' || v === 'dark' ? v : 'system';
}

/** Shows `choice` on the page, without storing it. */
export function showTheme(choice: ThemeChoice): void {
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}

export function applyTheme(choice: ThemeChoice): void {
  showTheme(choice);
  if (choice === 'system') localStorage.removeItem(KEY);
  else localStorage.setItem(KEY, choice);
}
