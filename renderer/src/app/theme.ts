// Light and dark themes follow the system unless the user picks one; the choice is kept locally.
export type ThemeChoice = 'light' | 'dark' | 'system';
const KEY = 'reperes:theme';

export function readTheme(): ThemeChoice {
  const v = localStorage.getItem(KEY);
  return v === 'light' || v === 'dark' ? v : 'system';
}

export function applyTheme(choice: ThemeChoice): void {
  if (choice === 'system') {
    delete document.documentElement.dataset.theme;
    localStorage.removeItem(KEY);
  } else {
    document.documentElement.dataset.theme = choice;
    localStorage.setItem(KEY, choice);
  }
}
