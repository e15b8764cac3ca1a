// The search field in the header: a combobox whose list is the catalogue's result list.
// Typing writes the query to the URL (replacing the history entry, so back/forward moves
// between real steps, not keystrokes); arrows and Enter drive the list from here.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation, useNavigate } from '../../services/router';
import { registerCommand } from '../../services/commands';
import { toSearch } from '../../core/url-state';
import {
  effectiveActive,
  optionId,
  requestActive,
  RESULTS_LIST_ID,
  step,
  usePublishedResults,
} from './results-store';
import { useCatalogueState, useOpenEntry } from './useCatalogueState';
import './SearchBox.css';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

export function SearchBox() {
  const { state, update } = useCatalogueState();
  const location = useLocation();
  const navigate = useNavigate();
  const openEntry = useOpenEntry();
  const published = usePublishedResults();
  const { ids, active } = published;
  // Enter pressed before the results of the last keystroke arrived: open once they do.
  const [openWhenReady, setOpenWhenReady] = useState(false);
  const onCatalogue = location.pathname === '/catalogue';
  const input = useRef<HTMLInputElement>(null);

  // The field follows the URL when it changes from elsewhere (back/forward, a suggestion button).
  // URL writes land asynchronously and may lag behind fast typing, so the queries written from
  // here are remembered and their arrival is not mistaken for an outside change.
  const [value, setValue] = useState(state.q);
  const written = useRef<string[]>([]);
  useEffect(() => {
    const at = written.current.indexOf(state.q);
    if (at >= 0) written.current = written.current.slice(at + 1);
    else {
      written.current = [];
      setValue(state.q);
    }
  }, [state.q]);

  useEffect(() => {
    function onKey(event: globalThis.KeyboardEvent) {
      const ctrlK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
      const slash =
        event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isEditable(event.target);
      if (!ctrlK && !slash) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    }
    document.addEventListener('keydown', onKey);
    // The desktop menu's "Rechercher" item.
    const off = registerCommand('focus-search', () => {
      input.current?.focus();
      input.current?.select();
    });
    return () => {
      document.removeEventListener('keydown', onKey);
      off();
    };
  }, []);

  useEffect(() => {
    if (!openWhenReady || published.pending || published.query !== value) return;
    setOpenWhenReady(false);
    if (onCatalogue && published.active) openEntry(published.active, { ...state, q: value });
  }, [openWhenReady, published, value, onCatalogue, openEntry, state]);

  function change(q: string) {
    setOpenWhenReady(false);
    setValue(q);
    written.current.push(q.trim() ? q.slice(0, 300) : '');
    const next = { ...state, q, selected: null };
    if (onCatalogue) update(next, { replace: true });
    else navigate({ pathname: '/catalogue', search: toSearch(next) });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const moves: Record<string, 'next' | 'prev'> = { ArrowDown: 'next', ArrowUp: 'prev' };
    const move = moves[event.key];
    if (move) {
      if (!onCatalogue) return;
      event.preventDefault();
      const next = step(ids, effectiveActive(), move);
      if (next) {
        requestActive(next);
        update({ ...state, q: value, selected: next }, { replace: true });
      }
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      if (onCatalogue && (published.pending || published.query !== value)) setOpenWhenReady(true);
      else if (onCatalogue && effectiveActive()) openEntry(effectiveActive()!, { ...state, q: value });
      else if (!onCatalogue)
        navigate({ pathname: '/catalogue', search: toSearch({ ...state, q: value, selected: null }) });
      return;
    }
    if (event.key === 'Escape' && value) {
      event.preventDefault();
      event.stopPropagation();
      // Off the catalogue, clearing must not navigate away from the page being read.
      if (onCatalogue) change('');
      else setValue('');
    }
  }

  const expanded = onCatalogue && ids.length > 0;
  return (
    <div className="searchbox" role="search">
      <label htmlFor="recherche" className="visually-hidden">
        Rechercher dans le catalogue
      </label>
      <svg className="searchbox__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <input
        ref={input}
        id="recherche"
        className="searchbox__input"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder="Lieu, structure, thème"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={onCatalogue ? RESULTS_LIST_ID : undefined}
        aria-activedescendant={expanded && active ? optionId(active) : undefined}
        aria-describedby="recherche-aide"
        value={value}
        onChange={(e) => change(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <kbd className="searchbox__hint" aria-hidden="true">
        Ctrl K
      </kbd>
      <span id="recherche-aide" className="visually-hidden">
        Raccourci : Ctrl+K ou barre oblique. Flèches pour parcourir les résultats, Entrée pour ouvrir la
        fiche, Échap pour effacer. Guillemets pour une expression exacte, signe moins pour exclure un mot.
      </span>
    </div>
  );
}
