import { useEffect, useState } from 'react';
import { applyTheme, readTheme, type ThemeChoice } from './theme';
import { registerCommand } from './commands';

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
  return (
    <label className="theme-switch">
      <span className="visually-hidden">Thème de l’affichage</span>
      <select
        value={choice}
        onChange={(e) => setChoice(e.target.value as ThemeChoice)}
        aria-label="Thème de l’affichage"
      >
        <option value="system">Thème du système</option>
        <option value="light">Thème clair</option>
        <option value="dark">Thème sombre</option>
      </select>
    </label>
  );
}
