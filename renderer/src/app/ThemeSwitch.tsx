import { useEffect, useState } from 'react';
import { applyTheme, readTheme, type ThemeChoice } from './theme';
import { registerCommand } from '../services/commands';

export function ThemeSwitch() {
  const [choice, setChoice] = useState<ThemeChoice>(readTheme);
  useEffect(() => applyTheme(choice), [choice]);
  useEffect(() => {
    const off = [
      registerCommand('theme-light', () => setChoice('light')),
      registerCommand('theme-dark', () => setChoice('dark')),
      registerCommand('theme-system', () => setChoice('system')),
    ];
    return () => off.forEach((f) => f());
  }, []);
  // Short option names keep the header on one line in the default 1280 px window; the icon and
  // the accessible name say what they choose.
  return (
    <label className="theme-switch">
      <svg className="theme-switch__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <circle cx="10" cy="10" r="7" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M10 3a7 7 0 0 1 0 14z" fill="currentColor" />
      </svg>
      <span className="visually-hidden">Thème de l’affichage</span>
      <select
        value={choice}
        onChange={(e) => setChoice(e.target.value as ThemeChoice)}
        aria-label="Thème de l’affichage"
      >
        <option value="system">Système</option>
        <option value="light">Clair</option>
        <option value="dark">Sombre</option>
      </select>
    </label>
  );
}
