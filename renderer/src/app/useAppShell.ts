// Shell behaviour shared by every view: menu commands, global shortcuts, last view restored.
import { useEffect } from 'react';
import { useLocation, useNavigate } from '../services/router';
import { getApi } from '../platform/api';
import { registerCommand, runCommand } from '../services/commands';

const LAST_VIEW = 'reperes:last-view';

export function useAppShell(): void {
  const navigate = useNavigate();
  const location = useLocation();

  // Restore the last view once, when the app opens on its home without an explicit route.
  useEffect(() => {
    const last = localStorage.getItem(LAST_VIEW);
    if (window.location.hash === '' && last && last !== '/') navigate(last, { replace: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    localStorage.setItem(LAST_VIEW, location.pathname + location.search);
  }, [location]);

  useEffect(() => getApi().onMenuCommand((command) => void runCommand(command)), []);

  useEffect(() => {
    const off = [
      registerCommand('show-shortcuts', () => navigate('/aide')),
      registerCommand('show-about', () => navigate('/aide?section=a-propos')),
      registerCommand('export-annotations', () => navigate('/annotations?action=export')),
      registerCommand('import-annotations', () => navigate('/annotations?action=import')),
      registerCommand('restore-backup', () => navigate('/annotations?action=restore')),
      registerCommand('open-sharing', () => navigate('/partage')),
      registerCommand('focus-search', () => {
        document
          .querySelector<HTMLInputElement>('header input[type="search"], header [role="combobox"]')
          ?.focus();
      }),
      registerCommand('print', async () => {
        await getApi().printToPdf('reperes.pdf');
      }),
    ];
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'F1') {
        event.preventDefault();
        navigate('/aide');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      off.forEach((f) => f());
      window.removeEventListener('keydown', onKey);
    };
  }, [navigate]);
}
