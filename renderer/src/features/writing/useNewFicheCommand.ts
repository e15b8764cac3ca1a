// The menu's « Nouvelle fiche » (Ctrl+N): opens the editor on a new fiche.
import { useEffect } from 'react';
import { useNavigate } from '../../services/router';
import { registerCommand } from '../../services/commands';

export function useNewFicheCommand(): void {
  const navigate = useNavigate();
  useEffect(() => registerCommand('new-fiche', () => navigate('/fiches/nouvelle')), [navigate]);
}
