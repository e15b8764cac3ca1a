// « 2 versions » of a fiche: the fields in which versions written on two machines differ, each
// as plain text with its French label, so the user compares them side by side before keeping one.
import { SECTION_LABELS, STAGE_LABELS, type Stage } from '../../../electron/shared/schema';
import { FICHE_SECTION_KEYS, FicheFields } from '../db/fiche-rows';

export interface FieldDifference {
  /** Stable key of the field (`sections.context`, `people`…). */
  key: string;
  label: string;
  /** The field's text in each version, in the order the versions were given. */
  values: string[];
}

const FIELD_LABELS: [keyof FicheFields, string][] = [
  ['title', 'Titre'],
  ['organisation', 'Structure porteuse'],
  ['territory', 'Territoire'],
  ['departmentCode', 'Département'],
  ['year', 'Année'],
  ['audience', 'Public visé'],
  ['stage', 'Stade'],
  ['themes', 'Thèmes'],
  ['people', 'Personnes'],
  ['emails', 'Courriels'],
  ['phones', 'Téléphones'],
  ['websites', 'Sites web'],
  ['funders', 'Financeurs'],
  ['budget', 'Budget'],
  ['budgetYear', 'Année des chiffres'],
  ['results', 'Résultats et mesure'],
  ['prerequisites', 'Conditions de transfert'],
];

function asText(key: keyof FicheFields, fields: FicheFields): string {
  switch (key) {
    case 'people':
      return fields.people
        .map((p) => [p.name, p.role, p.email, p.phone].filter(Boolean).join(' · '))
        .join('\n');
    case 'results':
      return fields.results.map((r) => (r.measure ? `${r.result} (${r.measure})` : r.result)).join('\n');
    case 'themes':
      return fields.themes.join(', ');
    case 'stage':
      return fields.stage ? STAGE_LABELS[fields.stage as Stage] : '';
    default: {
      const value = fields[key];
      return typeof value === 'string' ? value : '';
    }
  }
}

/** The fields of a fiche row (as replicated); a row this version cannot read counts as empty. */
export function ficheFieldsOf(row: Record<string, unknown>): FicheFields {
  const parsed = FicheFields.safeParse(row.fields);
  return parsed.success ? parsed.data : FicheFields.parse({});
}

/** The fields in which the versions differ, in the editor's order; none when they agree. */
export function ficheDifferences(rows: readonly Record<string, unknown>[]): FieldDifference[] {
  const all = rows.map(ficheFieldsOf);
  const out: FieldDifference[] = [];
  const push = (key: string, label: string, values: string[]) => {
    if (new Set(values).size > 1) out.push({ key, label, values });
  };
  for (const [key, label] of FIELD_LABELS) {
    push(
      key,
      label,
      all.map((f) => asText(key, f)),
    );
  }
  for (const key of FICHE_SECTION_KEYS) {
    push(
      `sections.${key}`,
      SECTION_LABELS[key],
      all.map((f) => f.sections[key]),
    );
  }
  return out;
}

/**
 * The fiche merged field by field: `picks` says, for a field key of ficheDifferences, which
 * version (index) to take it from; fields not picked come from the first version.
 */
export function mergeFicheVersions(
  rows: readonly Record<string, unknown>[],
  picks: Readonly<Record<string, number>>,
  now = Date.now(),
): Record<string, unknown> {
  const base = rows[0];
  if (!base) throw new Error('Aucune version à fusionner');
  const all = rows.map(ficheFieldsOf);
  const fields: FicheFields = structuredClone(all[0]!);
  for (const [key, index] of Object.entries(picks)) {
    const from = all[index];
    if (!from) continue;
    if (key.startsWith('sections.')) {
      const section = key.slice('sections.'.length) as (typeof FICHE_SECTION_KEYS)[number];
      if (FICHE_SECTION_KEYS.includes(section)) fields.sections[section] = from.sections[section];
    } else if (Object.hasOwn(fields, key) && key !== 'sections') {
      (fields as Record<string, unknown>)[key] = structuredClone(from[key as keyof FicheFields]);
    }
  }
  const updatedAt = Math.max(
    now,
    ...rows.map((r) => (typeof r.updatedAt === 'number' ? r.updatedAt + 1 : 0)),
  );
  return { ...base, fields, updatedAt };
}
