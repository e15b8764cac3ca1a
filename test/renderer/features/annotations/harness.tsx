import { useMemo, type ReactNode } from 'react';
import { MemoryRouter } from '../../../../renderer/src/services/router';
import { CatalogueProvider } from '../../../../renderer/src/catalogue/CatalogueContext';
import type { Catalogue, Entry } from '../../../../electron/shared/schema';
import { ok } from '../../../../electron/shared/result';
import { splitForWindow } from '../../../../electron/shared/window-catalogue';
import { createWebApi } from '../../../../renderer/src/platform/web-adapter';
import { makeEntry } from '../../support/entry';
import {
  AnnotatableSection,
  type AnnotatableSectionProps,
} from '../../../../renderer/src/features/annotations/AnnotatableSection';
import { useEntryHighlights } from '../../../../renderer/src/features/annotations/useEntryHighlights';

export const TEXT =
  'Le PLIE finance un coordinateur à mi-temps. En 2011, 42 % des participants ont trouvé un emploi durable.\n\nLa Maison de l’emploi pilote le dispositif.';

export function entry(text = TEXT): Entry {
  return makeEntry({
    id: 'fu-nantes-plie',
    source: '001_france.txt',
    title: 'Nantes : le PLIE',
    territory: 'Nantes',
    department: 'Loire-Atlantique',
    departmentCode: '44',
    year: 2012,
    sections: [{ key: 'operations', heading: 'Mise en œuvre', text, lines: null }],
    raw: text,
  });
}

export function catalogue(text = TEXT): Catalogue {
  return {
    schemaVersion: 1,
    sources: [
      {
        file: '001_france.txt',
        kind: 'france-urbaine',
        title: 'FU',
        label: 'France urbaine 2012',
        publisher: null,
        year: 2012,
        lineCount: 1,
        sha256: 'x',
      },
    ],
    entries: [entry(text)],
    events: [],
    organisations: [],
    publications: [],
    report: [],
  };
}

/** Installs a platform API serving `cat`, then renders inside the catalogue and a router. */
export function withApp(children: ReactNode, cat: Catalogue = catalogue()) {
  window.reperes = {
    ...createWebApi(),
    loadCatalogue: async () => ok(cat),
    loadCatalogueBodies: async () => ok(splitForWindow(cat).bodies),
  };
  return (
    <CatalogueProvider>
      <MemoryRouter>{children}</MemoryRouter>
    </CatalogueProvider>
  );
}

/**
 * One section as the entry view draws it: its highlights read and placed by the entry's hook
 * (useEntryHighlights), then handed to the section with the colours.
 */
export function EntrySection(props: Omit<AnnotatableSectionProps, 'highlights' | 'colors'>) {
  const { sectionRef, section, targetId } = props;
  const texts = useMemo(() => [{ ref: sectionRef, text: section.text }], [sectionRef, section.text]);
  const read = useEntryHighlights(targetId, texts);
  return (
    <AnnotatableSection {...props} highlights={read?.bySection.get(sectionRef)} colors={read?.colors ?? []} />
  );
}
