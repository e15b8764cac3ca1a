import type { Entry, SectionKey } from '../../../../electron/shared/schema';
import type { CatalogueItem } from '../../../../electron/shared/items';
import { makeEntry } from '../../support/entry';

/** A catalogue item from an entry written in a few fields; the rest are the schema's defaults. */
export function item(
  id: string,
  fields: Partial<Omit<Entry, 'sections'>> & { sections?: [SectionKey, string][]; sourceLabel?: string },
): CatalogueItem {
  const { sections = [], sourceLabel = 'Source A', ...rest } = fields;
  const entry = makeEntry({
    id,
    ...rest,
    sections: sections.map(([key, text]) => ({ key, heading: key, text, lines: null })),
  });
  return {
    id,
    kind: entry.kind,
    title: entry.title,
    territory: entry.territory,
    department: entry.department,
    departmentCode: entry.departmentCode,
    region: entry.region,
    organisation: entry.organisation,
    group: entry.group,
    source: entry.source,
    sourceLabel,
    year: entry.year,
    themes: entry.themes,
    summary: entry.summary,
    entry,
    event: null,
  };
}
