// Toggle that puts a catalogue item in the comparison tray or takes it out.
import { useState } from 'react';
import { addToTray, MAX_COMPARED, removeFromTray, useTray } from './tray';
import './compare.css';

export function AddToCompareButton({ targetId }: { targetId: string }) {
  const tray = useTray();
  const [message, setMessage] = useState('');
  if (tray === undefined) return null;
  const inTray = tray.includes(targetId);
  const full = !inTray && tray.length >= MAX_COMPARED;

  const count = tray.length;
  async function toggle() {
    if (inTray) {
      await removeFromTray(targetId);
      setMessage('Fiche retirée de la comparaison.');
      return;
    }
    const result = await addToTray(targetId);
    setMessage(
      result === 'full'
        ? `La comparaison est complète (${MAX_COMPARED} fiches au maximum) : retirez-en une d’abord.`
        : `Fiche ajoutée à la comparaison (${Math.min(count + 1, MAX_COMPARED)} sur ${MAX_COMPARED}).`,
    );
  }

  return (
    <span className="compare-add">
      <button
        type="button"
        className={inTray ? 'compare-add__button compare-add__button--on' : 'compare-add__button'}
        aria-pressed={inTray}
        aria-disabled={full || undefined}
        title={full ? `La comparaison est complète (${MAX_COMPARED} fiches au maximum)` : undefined}
        onClick={() => void toggle()}
      >
        {inTray ? 'Retirer de la comparaison' : 'Ajouter à la comparaison'}
      </button>
      <span className="visually-hidden" role="status">
        {message}
      </span>
    </span>
  );
}
