// "Mes annotations": every note and highlight, filterable and searchable, each linking back to
// its passage; collections and colours managed here; export, import and wipe.
import { useCallback, useDeferredValue, useEffect, useMemo, useState, type CSSProperties } from 'react';
import { Link } from '../../services/router';
import { renameColor, useAnnotationData, useRecentAnnotationData } from '../../db/annotations';
import {
  createCollection,
  deleteCollection,
  moveCollectionItem,
  removeFromCollection,
  renameCollection,
  useCollectionItems,
  useCollections,
} from '../../db/collections';
import { draftKeys } from '../../db/drafts';
import { useDraftText } from '../../db/useDraftText';
import type { CollectionRow, ColorRow } from '../../db/rows';
import { useCatalogue } from '../../catalogue/CatalogueContext';
import { filterItems, NO_FILTERS, type Filters, type ListItem } from './filter';
import { useListItems } from './useListItems';
import { formatDateTime } from './format';
import { noteLink, passageLink } from './links';
import { Backup, useExporter } from './Backup';
import { useColors, useStorageAction } from './hooks';
import { ColorSelect } from './ColorSelect';
import './annotations.css';
import { CapNotice } from '../../services/CapNotice';
import { TEXT_CAPS } from '../../db/text-caps';
import { plural } from '../../core/plural';
import { afterFirstPaint } from '../../services/after-paint';

const PAGE = 100;

export default function AnnotationsView() {
  const { byId, catalogue } = useCatalogue();
  // The first page from the newest rows, then all of them once it is painted (25,000 take a
  // second): counts, orphan totals and the « Chargement… » status wait for the full read.
  const recent = useRecentAnnotationData(PAGE);
  const [readEverything, setReadEverything] = useState(false);
  const recentRead = recent !== undefined;
  useEffect(() => (recentRead ? afterFirstPaint(() => setReadEverything(true)) : undefined), [recentRead]);
  const data = useAnnotationData(readEverything);
  const shownData = data ?? recent;
  const { items, current } = useListItems(shownData, byId);
  // Counts and totals speak of every annotation: only once the full read is built into the list.
  const complete = data !== undefined && current;
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const deferred = useDeferredValue(filters);
  const shown = useMemo(() => filterItems(items, deferred), [items, deferred]);
  const [limit, setLimit] = useState(PAGE);
  const tags = useMemo(
    () => [...new Set(items.flatMap((i) => i.tags))].sort((a, b) => a.localeCompare(b, 'fr')),
    [items],
  );
  const set = (patch: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setLimit(PAGE);
  };
  const colors = shownData?.colors ?? [];
  const colorOf = new Map(colors.map((c) => [c.id, c]));
  const orphanCount = complete ? items.filter((i) => i.orphan && i.kind === 'highlight').length : 0;
  const orphanCorrections = complete ? items.filter((i) => i.orphan && i.kind === 'correction').length : 0;

  return (
    <div className="annotations-view">
      <h1>Mes annotations</h1>
      {data && (
        <p className="muted">
          {plural(data.notes.filter((n) => n.body.trim()).length, 'note')},{' '}
          {plural(data.highlights.length, 'surlignage')}, {plural(data.corrections.length, 'correction')},{' '}
          {plural(data.favourites.length, 'favori')}, {plural(data.collections.length, 'collection')}
          {orphanCount > 0 && <> — {plural(orphanCount, 'surlignage orphelin', 'surlignages orphelins')}</>}
          {orphanCorrections > 0 && (
            <> — {plural(orphanCorrections, 'correction orpheline', 'corrections orphelines')}</>
          )}
          .
        </p>
      )}
      <div className="annotations-view__grid">
        <div>
          <form
            className="filters"
            role="search"
            aria-label="Filtrer mes annotations"
            onSubmit={(e) => e.preventDefault()}
          >
            <label className="filters__query">
              Rechercher
              <input
                type="search"
                value={filters.query}
                placeholder="Mot d’une note, d’une citation, d’une étiquette…"
                onChange={(e) => set({ query: e.target.value })}
              />
            </label>
            <label>
              Type
              <select value={filters.kind} onChange={(e) => set({ kind: e.target.value as Filters['kind'] })}>
                <option value="">Tout</option>
                <option value="note">Notes</option>
                <option value="highlight">Surlignages</option>
                <option value="favourite">Favoris</option>
                <option value="correction">Corrections</option>
                <option value="orphan">Orphelins (passages introuvables)</option>
              </select>
            </label>
            <label>
              Couleur
              <ColorSelect
                colors={colors}
                value={filters.colorId}
                onChange={(colorId) => set({ colorId })}
                anyLabel="Toutes"
              />
            </label>
            <label>
              Étiquette
              <select value={filters.tag} onChange={(e) => set({ tag: e.target.value })}>
                <option value="">Toutes</option>
                {tags.map((t) => (
                  <option key={t} value={t}>
                    {t}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Collection
              <select value={filters.collectionId} onChange={(e) => set({ collectionId: e.target.value })}>
                <option value="">Toutes</option>
                {shownData?.collections.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Source
              <select value={filters.source} onChange={(e) => set({ source: e.target.value })}>
                <option value="">Toutes</option>
                {catalogue.sources.map((s) => (
                  <option key={s.file} value={s.file}>
                    {s.label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Modifiée depuis le
              <input type="date" value={filters.from} onChange={(e) => set({ from: e.target.value })} />
            </label>
            <label>
              jusqu’au
              <input type="date" value={filters.to} onChange={(e) => set({ to: e.target.value })} />
            </label>
            <button type="button" onClick={() => set(NO_FILTERS)}>
              Réinitialiser
            </button>
          </form>
          <p role="status" className="annotations-view__count">
            {complete ? `${shown.length} annotation${shown.length > 1 ? 's' : ''}` : 'Chargement…'}
          </p>
          {complete && items.length === 0 && (
            <p className="annotations-view__empty">
              Vous n’avez encore rien annoté. Ouvrez une fiche du <Link to="/catalogue">catalogue</Link> pour
              écrire une note, surligner un passage ou l’ajouter à une collection.
            </p>
          )}
          <ul className="annotation-list">
            {shown.slice(0, limit).map((i) => (
              <AnnotationCard key={i.id} item={i} color={i.colorId ? colorOf.get(i.colorId) : undefined} />
            ))}
          </ul>
          {complete && shown.length > limit && (
            <button type="button" onClick={() => setLimit((l) => l + PAGE)}>
              Afficher {Math.min(PAGE, shown.length - limit)} de plus
            </button>
          )}
        </div>
        <div className="annotations-view__side">
          <Collections />
          <Colors />
          <Backup />
        </div>
      </div>
    </div>
  );
}

function AnnotationCard({
  item,
  color,
}: {
  item: ListItem;
  color: { name: string; value: string } | undefined;
}) {
  const to =
    item.kind === 'note'
      ? noteLink(item.targetId, item.id)
      : item.kind === 'favourite' || item.kind === 'correction'
        ? `/fiche/${encodeURIComponent(item.targetId)}`
        : passageLink(item.targetId, item.id);
  return (
    <li className={`annotation-card annotation-card--${item.kind}`}>
      <div className="annotation-card__head">
        {item.kind === 'note' ? (
          <span className="annotation-badge">Note</span>
        ) : item.kind === 'correction' ? (
          <span className="annotation-badge annotation-badge--correction">Correction</span>
        ) : item.kind === 'favourite' ? (
          <span className="annotation-badge annotation-badge--favourite">
            <span aria-hidden="true">★ </span>Favori
          </span>
        ) : (
          <span
            className="annotation-badge annotation-badge--color"
            style={{ '--hl': color?.value ?? '#ffe38a' } as CSSProperties}
          >
            {color?.name ?? 'Surlignage'}
          </span>
        )}
        {item.orphan && (
          <span className="annotation-badge annotation-badge--warn">Orphelin : passage introuvable</span>
        )}
        <Link to={to} className="annotation-card__title">
          {item.targetTitle}
        </Link>
        <span className="muted">{item.sourceLabel}</span>
      </div>
      {item.kind === 'note' || item.kind === 'favourite' || item.kind === 'correction' ? (
        item.text && (
          <p className="annotation-card__text">
            {item.text.length > 400 ? `${item.text.slice(0, 399)}…` : item.text}
          </p>
        )
      ) : (
        <blockquote className="annotation-card__quote">{item.text}</blockquote>
      )}
      {item.comment && <p className="annotation-card__comment">{item.comment}</p>}
      <div className="annotation-card__foot">
        {item.tags.length > 0 && (
          <ul className="chips" aria-label="Étiquettes">
            {[...new Set(item.tags)].map((t) => (
              <li key={t} className="tag">
                {t}
              </li>
            ))}
          </ul>
        )}
        <span className="muted">
          {item.kind === 'favourite' ? 'Ajoutée aux favoris' : 'Créée'} le {formatDateTime(item.createdAt)}
          {item.updatedAt - item.createdAt > 1000 && ` · modifiée le ${formatDateTime(item.updatedAt)}`}
        </span>
        {item.kind === 'favourite' || item.kind === 'correction' ? (
          <Link to={to} aria-label={`Ouvrir la fiche « ${item.targetTitle} »`}>
            Ouvrir la fiche →
          </Link>
        ) : (
          <Link to={to} aria-label={`Aller au passage dans « ${item.targetTitle} »`}>
            Aller au passage →
          </Link>
        )}
      </div>
    </li>
  );
}

function Collections() {
  const { byId } = useCatalogue();
  const [run, error] = useStorageAction();
  const { exportData, message } = useExporter();
  const collections = useCollections();
  const items = useCollectionItems();
  const name = useDraftText({ draftKey: draftKeys.pending('new-collection'), saved: '' });
  return (
    <section aria-labelledby="collections-title" className="collections">
      <h2 id="collections-title">Collections</h2>
      {error && (
        <p className="annotations-error" role="alert">
          {error}
        </p>
      )}
      {message && (
        <p
          className={message.ok ? 'annotations-ok' : 'annotations-error'}
          role={message.ok ? 'status' : 'alert'}
        >
          {message.text}
        </p>
      )}
      {collections.length === 0 && (
        <p className="muted">Aucune collection. Créez-en une, puis ajoutez-y des fiches depuis leur page.</p>
      )}
      {collections.map((c) => {
        const mine = items.filter((i) => i.collectionId === c.id);
        return (
          <details key={c.id} className="collection" open={collections.length <= 3}>
            <summary>
              <span className="collection__name">{c.name}</span>{' '}
              <span className="muted">({mine.length})</span>
            </summary>
            <ol>
              {mine.map((i, n) => (
                <li key={i.id}>
                  <Link to={`/fiche/${encodeURIComponent(i.targetId)}`}>
                    {byId.get(i.targetId)?.title ?? i.targetId}
                  </Link>
                  <span className="collection__actions">
                    <button
                      type="button"
                      disabled={n === 0}
                      aria-label="Monter"
                      onClick={() => void run(() => moveCollectionItem(i.id, -1))}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      disabled={n === mine.length - 1}
                      aria-label="Descendre"
                      onClick={() => void run(() => moveCollectionItem(i.id, 1))}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      aria-label="Retirer de la collection"
                      onClick={() => void run(() => removeFromCollection(i.id))}
                    >
                      ×
                    </button>
                  </span>
                </li>
              ))}
            </ol>
            <div className="collection__tools">
              <CollectionName collection={c} />
              <Link to={`/dossier/${encodeURIComponent(c.id)}`}>
                Dossier (impression, Markdown, contacts)
              </Link>
              <button type="button" onClick={() => void exportData('json', c.id)}>
                Exporter (JSON)
              </button>
              <button type="button" onClick={() => void exportData('md', c.id)}>
                Exporter (Markdown)
              </button>
              <button
                type="button"
                className="danger"
                onClick={() => {
                  if (
                    window.confirm(
                      `Supprimer la collection « ${c.name} » ? Les fiches et leurs annotations restent.`,
                    )
                  ) {
                    void run(() => deleteCollection(c.id));
                  }
                }}
              >
                Supprimer
              </button>
            </div>
          </details>
        );
      })}
      <form
        className="collections__new"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.text.trim())
            void run(() => createCollection(name.text)).then((row) => row && name.reset());
        }}
      >
        <label>
          Nouvelle collection
          <input
            type="text"
            value={name.text}
            maxLength={TEXT_CAPS.collectionName}
            placeholder="Idées pour notre PLIE"
            onChange={(e) => name.change(e.target.value)}
          />
          <CapNotice kind="collectionName" length={name.text.length} />
        </label>
        {name.recovered && (
          <p className="field-recovered" role="status">
            {name.recovered}
          </p>
        )}
        <button type="submit">Créer</button>
      </form>
    </section>
  );
}

function Colors() {
  const colors = useColors();
  return (
    <section aria-labelledby="colors-title" className="colors">
      <h2 id="colors-title">Couleurs</h2>
      <p className="muted">Donnez à chaque couleur le sens qui vous sert.</p>
      <ul>
        {colors.map((c) => (
          <li key={c.id}>
            <span className="swatch" style={{ '--hl': c.value } as CSSProperties} aria-hidden="true" />
            <ColorName color={c} />
          </li>
        ))}
      </ul>
    </section>
  );
}

const cleanName = (name: string) => name.replace(/\s+/g, ' ').trim();

/** A collection's name, renamed as it is typed (drafts, then saved within a second). */
function CollectionName({ collection }: { collection: CollectionRow }) {
  const { id } = collection;
  const commit = useCallback(
    async (name: string) => {
      if (name.trim()) await renameCollection(id, name);
    },
    [id],
  );
  const field = useDraftText({
    draftKey: draftKeys.collectionName(id),
    saved: collection.name,
    savedAt: collection.updatedAt,
    commit,
    normalise: cleanName,
  });
  return (
    <>
      <label>
        <span className="visually-hidden">Nom de la collection</span>
        <input
          type="text"
          value={field.text}
          maxLength={TEXT_CAPS.collectionName}
          aria-label={`Renommer la collection ${collection.name}`}
          onChange={(e) => field.change(e.target.value)}
          onBlur={() => void field.flush()}
          onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
        />
      </label>
      <CapNotice kind="collectionName" length={field.text.length} />
      {field.recovered && (
        <p className="field-recovered" role="status">
          {field.recovered}
        </p>
      )}
      {field.error && (
        <p className="annotations-error" role="alert">
          {field.error}
        </p>
      )}
    </>
  );
}

/** A colour's name, renamed as it is typed (drafts, then saved within a second). */
function ColorName({ color }: { color: ColorRow }) {
  const { id } = color;
  const commit = useCallback(
    async (name: string) => {
      if (name.trim()) await renameColor(id, name);
    },
    [id],
  );
  const field = useDraftText({
    draftKey: draftKeys.colorName(id),
    saved: color.name,
    commit,
    normalise: cleanName,
  });
  return (
    <>
      <label className="visually-hidden" htmlFor={`color-${id}`}>
        Nom de la couleur {id}
      </label>
      <input
        id={`color-${id}`}
        type="text"
        value={field.text}
        maxLength={TEXT_CAPS.colourName}
        onChange={(e) => field.change(e.target.value)}
        onBlur={() => void field.flush()}
        onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
      />
      <CapNotice kind="colourName" length={field.text.length} />
      {field.recovered && (
        <p className="field-recovered" role="status">
          {field.recovered}
        </p>
      )}
      {field.error && (
        <p className="annotations-error" role="alert">
          {field.error}
        </p>
      )}
    </>
  );
}
