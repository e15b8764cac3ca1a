// Which parts and facts an entry has: the same checklist for a bundled entry, an imported one
// and a user's fiche, so a reader sees at a glance what a case study leaves out, and the
// catalogue can list the entries that lack a fact (the « Complétude » facet). Pure.
import type { Entry, SectionKey } from '../../../electron/shared/schema';
import { extractFigures } from './compare/figures';

export type CheckGroup = 'facts' | 'parts' | 'decision';

export interface Check {
  key: string;
  label: string;
  group: CheckGroup;
  has: boolean;
}

/**
 * True when the text states a counted result (« 907 demandeurs », « 63 % », « 18,7 M€ »): the
 * comparison's key figures, so the facet and the « Chiffres clés » row agree. A bare number is
 * not a result (a year, a phone number, a part's number).
 */
export function hasFigure(text: string): boolean {
  return extractFigures(text).length > 0;
}

const PARTS: { key: SectionKey; label: string }[] = [
  { key: 'context', label: 'Contexte' },
  { key: 'presentation', label: 'Présentation' },
  { key: 'operations', label: 'Mise en œuvre' },
  { key: 'governance', label: 'Gouvernance et partenariats' },
  { key: 'effects', label: 'Effets et résultats' },
  { key: 'obstacles', label: 'Freins et leviers' },
  { key: 'innovation', label: 'Innovation et transférabilité' },
];

function hasContact(e: Entry): boolean {
  return (
    e.emails.length > 0 ||
    e.phones.length > 0 ||
    [...e.people, ...e.officials].some((p) => Boolean(p.email || p.phone))
  );
}

/**
 * Results stated with figures: in the results the user wrote, or in the part that reports
 * results (« Effets et résultats »). Figures elsewhere describe the means (« 455 heures de
 * formation »), not what came of them, so an entry without such a part has no figured result.
 */
export function hasFiguredResults(e: Entry): boolean {
  if ((e.results ?? []).some((r) => hasFigure(r.result))) return true;
  return e.sections.some((s) => s.key === 'effects' && hasFigure(s.text));
}

/** The checklist of an entry, in the order the entry view shows it. */
export function completeness(e: Entry): Check[] {
  const part = (key: SectionKey) => e.sections.some((s) => s.key === key && s.text.trim() !== '');
  return [
    {
      key: 'territory',
      label: 'Territoire',
      group: 'facts',
      has: Boolean(e.territory || e.department || e.region),
    },
    { key: 'organisation', label: 'Structure', group: 'facts', has: Boolean(e.organisation) },
    {
      key: 'people',
      label: 'Personnes et rôles',
      group: 'facts',
      has: e.people.length + e.officials.length > 0,
    },
    { key: 'contact', label: 'Contact (courriel ou téléphone)', group: 'facts', has: hasContact(e) },
    { key: 'website', label: 'Site web', group: 'facts', has: e.websites.length > 0 },
    { key: 'year', label: 'Année', group: 'facts', has: e.year !== null },
    { key: 'themes', label: 'Thèmes', group: 'facts', has: e.themes.length > 0 },
    ...PARTS.map(({ key, label }): Check => ({ key, label, group: 'parts', has: part(key) })),
    { key: 'figures', label: 'Résultats chiffrés', group: 'decision', has: hasFiguredResults(e) },
    { key: 'audience', label: 'Public visé', group: 'decision', has: Boolean(e.audience) },
    { key: 'stage', label: 'Stade', group: 'decision', has: Boolean(e.stage) },
    {
      key: 'funding',
      label: 'Financeurs et budget',
      group: 'decision',
      has: Boolean(e.funding && (e.funding.funders.length > 0 || e.funding.budget)),
    },
    {
      key: 'prerequisites',
      label: 'Conditions de transfert',
      group: 'decision',
      has: Boolean(e.prerequisites),
    },
  ];
}

/** The « Complétude » facet: the gaps a reader filters on, value → label. */
export const COMPLETENESS_GAPS = {
  contact: 'sans contact',
  figures: 'sans résultats chiffrés',
  year: 'sans année',
  territory: 'sans territoire',
  organisation: 'sans structure',
  website: 'sans site web',
  funding: 'sans financement connu',
} as const;
export type CompletenessGap = keyof typeof COMPLETENESS_GAPS;
export const GAP_KEYS = Object.keys(COMPLETENESS_GAPS) as CompletenessGap[];

/** The facet values of an entry: each gap it has, in the order above. */
export function completenessGaps(e: Entry): CompletenessGap[] {
  const has = new Map(completeness(e).map((c) => [c.key, c.has]));
  return GAP_KEYS.filter((k) => has.get(k) === false);
}
