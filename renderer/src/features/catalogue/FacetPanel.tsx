import { useState } from 'react';
import type { Facet, FacetKey } from '../../core/facets';

const SHOWN = 8;

function FacetGroup({ facet, onToggle }: { facet: Facet; onToggle: (key: FacetKey, value: string) => void }) {
  const [open, setOpen] = useState(false);
  // Selected values always show, even beyond the first few.
  const visible = open ? facet.values : facet.values.filter((v, i) => i < SHOWN || v.selected);
  const hidden = facet.values.length - visible.length;
  const legendId = `facette-${facet.key}`;
  return (
    <fieldset className="facet" aria-labelledby={legendId}>
      <legend id={legendId} className="facet__legend">
        {facet.label}
      </legend>
      <ul className="facet__values">
        {visible.map((v) => (
          <li key={v.value}>
            <label className={`facet__value${v.count === 0 ? ' facet__value--empty' : ''}`}>
              <input type="checkbox" checked={v.selected} onChange={() => onToggle(facet.key, v.value)} />
              <span className="facet__label">{v.label}</span>
              <span className="facet__count">
                <span className="visually-hidden">, </span>
                {v.count}
                <span className="visually-hidden"> fiche{v.count > 1 ? 's' : ''}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {(hidden > 0 || open) && facet.values.length > SHOWN && (
        <button type="button" className="facet__more" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Afficher moins' : `Afficher ${hidden} de plus`}
        </button>
      )}
    </fieldset>
  );
}

export function FacetPanel({
  facets,
  onToggle,
  onClear,
  anySelected,
  favourites,
}: {
  facets: Facet[];
  onToggle: (key: FacetKey, value: string) => void;
  onClear: () => void;
  anySelected: boolean;
  favourites: { on: boolean; count: number; onToggle: () => void };
}) {
  return (
    <div className="facets">
      <div className="facets__head">
        <h2 className="facets__title">Filtrer</h2>
        {anySelected && (
          <button type="button" className="link-button" onClick={onClear}>
            Tout effacer
          </button>
        )}
      </div>
      <fieldset className="facet" aria-labelledby="facette-favoris">
        <legend id="facette-favoris" className="facet__legend">
          Mes fiches
        </legend>
        <label className={`facet__value${favourites.count === 0 ? ' facet__value--empty' : ''}`}>
          <input type="checkbox" checked={favourites.on} onChange={favourites.onToggle} />
          <span className="facet__label">Favoris</span>
          <span className="facet__count">
            <span className="visually-hidden">, </span>
            {favourites.count}
            <span className="visually-hidden"> fiche{favourites.count > 1 ? 's' : ''}</span>
          </span>
        </label>
      </fieldset>
      {facets
        .filter((f) => f.values.length > 0)
        .map((f) => (
          <FacetGroup key={f.key} facet={f} onToggle={onToggle} />
        ))}
    </div>
  );
}
