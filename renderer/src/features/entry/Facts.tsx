// The key facts panel: where, who, how to reach them, and where in which document it comes from.
import { useState, type ReactNode } from 'react';
import {
  STAGE_LABELS,
  type CatalogueEvent,
  type Entry,
  type EntryPages,
  type Person,
} from '../../../../electron/shared/schema';
import { FICHES_SOURCE_FILE } from '../../db/fiche-rows';
import { useCatalogue } from '../../catalogue/CatalogueContext';
import { formatDateRange, formatIsoDate } from '../../core/format-date';
import type { CatalogueItem } from '../../../../electron/shared/items';
import { unattributedContacts } from './contacts';
import { printedPagesLabel } from './printed-pages';
import { CopyText } from '../../services/CopyText';
import { ThemesFact } from './ThemesFact';
import { CorrectedFlag } from '../../services/CorrectedFlag';
import { CorrectableFact, FactCorrectionTool, useFactCorrections } from '../corrections';
import type { FactField } from '../../db/correction-rows';

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function People({ people }: { people: Person[] }) {
  return (
    <ul className="facts__list">
      {people.map((p, i) => (
        <li key={`${p.name}-${i}`}>
          <span className="facts__name">{p.name}</span>
          {p.role && <span className="facts__role">, {p.role}</span>}
          {p.phone && <div className="facts__contact">Tél. {p.phone}</div>}
          {p.email && (
            <div className="facts__contact">
              <CopyText text={p.email} what="le courriel" />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

function SourceFact({
  item,
  lines,
  row,
  pages,
}: {
  item: CatalogueItem;
  lines: [number, number];
  row?: number | null;
  pages?: EntryPages;
}) {
  const { catalogue, documents } = useCatalogue();
  if (item.source === FICHES_SOURCE_FILE)
    return (
      <Fact label="Source">
        <span className="facts__source-title">Mes fiches</span>
        <div className="facts__muted">Fiche écrite dans Repères</div>
      </Fact>
    );
  const source = catalogue.sources.find((s) => s.file === item.source);
  // A user's document is named by its file, not by the internal name of its source.
  const fileName = documents.find((d) => d.source.file === item.source)?.fileName ?? item.source;
  const printed = printedPagesLabel(pages);
  return (
    <Fact label="Source">
      <span className="facts__source-title">{source?.title ?? item.sourceLabel}</span>
      {source?.publisher && <span className="facts__muted">, {source.publisher}</span>}
      {source?.year && <span className="facts__muted">, {source.year}</span>}
      <div className="facts__muted">
        {fileName}, lignes {lines[0]}–{lines[1]}
        {row != null && <>, ligne {row} du tableau</>}
        {printed && <>, {printed}</>}
      </div>
    </Fact>
  );
}

/** `entry` as its source has it (the corrections show over it); `item` as the catalogue has it, corrected. */
export function EntryFacts({ entry, item }: { entry: Entry; item: CatalogueItem }) {
  const place = [
    entry.address,
    entry.postcode && !entry.address?.includes(entry.postcode) ? entry.postcode : null,
  ]
    .filter(Boolean)
    .join(' ');
  const { emails, phones } = unattributedContacts(entry);
  // The user's corrections (issue 17): a corrected fact shows even when the entry had none.
  const fixes = useFactCorrections(entry.id);
  const [correcting, setCorrecting] = useState<FactField | null>(null);
  const fixed = (field: FactField, has: unknown, label: string, children: ReactNode) =>
    (Boolean(has) || fixes.has(field)) && (
      <Fact label={label}>
        <CorrectableFact field={field} correction={fixes.get(field)} onEdit={setCorrecting}>
          {has ? children : null}
        </CorrectableFact>
      </Fact>
    );
  return (
    <section className="facts" aria-labelledby="reperes-cles">
      <h2 id="reperes-cles" className="facts__title">
        Repères clés
      </h2>
      <dl>
        {fixed('territory', entry.territory, 'Territoire', entry.territory)}
        {fixed(
          'department',
          entry.department,
          'Département',
          <>
            {entry.department}
            {entry.departmentCode && <span className="facts__muted"> ({entry.departmentCode})</span>}
          </>,
        )}
        {/* The item's region: where a corrected department places the entry. */}
        {item.region && (
          <Fact label="Région">
            {item.region}
            {fixes.has('department') && <CorrectedFlag fields={['department']} />}
          </Fact>
        )}
        {fixed('organisation', entry.organisation, 'Structure', entry.organisation)}
        {entry.group && <Fact label="Groupe de travail">{entry.group}</Fact>}
        {fixed(
          'people',
          entry.people.length > 0,
          entry.people.length > 1 ? 'Contacts' : 'Contact',
          <People people={entry.people} />,
        )}
        {entry.officials.length > 0 && (
          <Fact label="Élus">
            <People people={entry.officials} />
          </Fact>
        )}
        {fixes.has('emails') ? (
          fixed(
            'emails',
            entry.emails.length > 0,
            'Courriels',
            <CopyItems items={entry.emails} what="le courriel" />,
          )
        ) : (
          <CopyList items={emails} one="Courriel" many="Courriels" what="le courriel" />
        )}
        {fixed(
          'phones',
          fixes.has('phones') ? entry.phones.length > 0 : phones.length > 0,
          phones.length > 1 ? 'Téléphones' : 'Téléphone',
          <ul className="facts__list">
            {(fixes.has('phones') ? entry.phones : phones).map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>,
        )}
        {fixes.has('websites') ? (
          fixed(
            'websites',
            entry.websites.length > 0,
            'Sites web',
            <CopyItems items={entry.websites} what="l’adresse du site" />,
          )
        ) : (
          <CopyList items={entry.websites} one="Site web" many="Sites web" what="l’adresse du site" />
        )}
        {fixed('address', place, 'Adresse', place)}
        {fixed('year', entry.year !== null, 'Année', entry.year)}
        {entry.stage && <Fact label="Stade">{STAGE_LABELS[entry.stage]}</Fact>}
        {entry.audience && <Fact label="Public visé">{entry.audience}</Fact>}
        {entry.funding && entry.funding.funders.length > 0 && (
          <Fact label={entry.funding.funders.length > 1 ? 'Financeurs' : 'Financeur'}>
            <ul className="facts__list">
              {entry.funding.funders.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
          </Fact>
        )}
        {entry.funding?.budget && (
          <Fact label="Budget">
            {entry.funding.budget}
            {entry.funding.year !== null && (
              <span className="facts__muted"> (chiffres de {entry.funding.year})</span>
            )}
          </Fact>
        )}
        {entry.results && entry.results.length > 0 && (
          <Fact label="Résultats et mesure">
            <ul className="facts__list">
              {entry.results.map((r, i) => (
                <li key={i}>
                  {r.result}
                  {r.measure && <div className="facts__muted">Mesuré par : {r.measure}</div>}
                </li>
              ))}
            </ul>
          </Fact>
        )}
        {entry.prerequisites && (
          <Fact label="Conditions de transfert">
            <span className="facts__pre">{entry.prerequisites}</span>
          </Fact>
        )}
        <ThemesFact themes={entry.themes} evidence={entry.themeEvidence ?? []} />
        <SourceFact item={item} lines={entry.lines} pages={entry.pages} />
      </dl>
      <FactCorrectionTool entry={entry} corrections={fixes} field={correcting} onField={setCorrecting} />
    </section>
  );
}

export function EventFacts({ event, item }: { event: CatalogueEvent; item: CatalogueItem }) {
  const date = formatDateRange(event.date, event.dateEnd);
  return (
    <section className="facts" aria-labelledby="reperes-cles">
      <h2 id="reperes-cles" className="facts__title">
        Repères clés
      </h2>
      <dl>
        <Fact label="Date">
          {date ?? <span className="facts__undated">Non datée</span>}
          {event.undated && date && (
            <span className="facts__undated"> (date de la période, la ligne n’en porte pas)</span>
          )}
        </Fact>
        {event.dateText && <Fact label="Date dans le document">« {event.dateText} »</Fact>}
        {event.period && event.period !== event.date && (
          <Fact label={event.undated ? 'Période (rattachée à la ligne précédente)' : 'Période'}>
            {formatIsoDate(event.period)}
          </Fact>
        )}
        <ThemesFact themes={event.themes} evidence={event.themeEvidence ?? []} />
        <SourceFact item={item} lines={event.lines} row={event.row} />
      </dl>
    </section>
  );
}

/** Addresses shown as text with a copy button: never as links, the app opens nothing outside. */
function CopyList({ items, one, many, what }: { items: string[]; one: string; many: string; what: string }) {
  if (items.length === 0) return null;
  return (
    <Fact label={items.length > 1 ? many : one}>
      <CopyItems items={items} what={what} />
    </Fact>
  );
}

function CopyItems({ items, what }: { items: string[]; what: string }) {
  return (
    <ul className="facts__list">
      {items.map((item) => (
        <li key={item}>
          <CopyText text={item} what={what} />
        </li>
      ))}
    </ul>
  );
}
