// Theme precision and recall against a hand labelling of the documents
// (test/fixtures/themes-labels.json): which thesaurus themes each item is substantially about.
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { buildCatalogue } from '../../electron/pipeline';
import { readDocuments } from '../../electron/cli/documents';
import { THEMES } from '../../electron/pipeline/common/themes';
import { importDocument } from '../../electron/pipeline/generic';
import { record } from './report';

export interface ThemeLabel {
  id: string;
  themes: string[];
  reason: string;
  /** Labelled after the thresholds were set and never used to set them. */
  holdout?: boolean;
  /**
   * Labelled from reading the item before the rules were rewritten. Their errors under the former
   * rule were read once for the review (rule or label wrong); thresholds are never set on them.
   */
  blind?: boolean;
  /**
   * Labelled from reading the item against the themes' written definitions, and committed
   * before the rule was ever run on it (the commit order is the proof): a second blind set.
   */
  fresh?: boolean;
  /**
   * Labelled from reading the item against the definitions after the third review (which read
   * the blind and fresh errors), committed before the rule's output on it was looked at: the
   * only items left unlabelled then (the commit order is the proof).
   */
  unseen?: boolean;
  /** A document outside the bundled catalogue the item comes from (read as a user's import). */
  document?: string;
  /** Corrections after reading the item again against the themes' definitions, with the reason. */
  corrections?: { before: string[]; after: string[]; why: string }[];
}

/** An item with the themes the pipeline gave it. */
export interface ThemedItem {
  id: string;
  themes: readonly string[];
}

export interface ThemeScore {
  precision: number;
  recall: number;
  labelled: number;
  /** "id: theme" pairs the catalogue gives and the labelling does not. */
  falsePositives: string[];
  /** "id: theme" pairs the labelling gives and the catalogue does not. */
  falseNegatives: string[];
}

export const TARGET = 0.9;

export function readLabels(): ThemeLabel[] {
  const file = resolve(__dirname, '../fixtures/themes-labels.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { labels: ThemeLabel[] }).labels;
}

/** The bundled catalogue's entries and events. */
export function bundledItems(): ThemedItem[] {
  const { catalogue } = buildCatalogue(readDocuments());
  return [...catalogue.entries, ...catalogue.events];
}

/** The entries of the other documents labels name, read through the import pipeline as a user's file. */
export async function importedItems(labels: readonly ThemeLabel[]): Promise<ThemedItem[]> {
  const items: ThemedItem[] = [];
  const root = resolve(__dirname, '../..');
  for (const document of new Set(labels.flatMap((l) => (l.document ? [l.document] : [])))) {
    const path = resolve(root, document);
    const result = await importDocument(new Uint8Array(readFileSync(path)), basename(path));
    if (!result.ok) throw new Error(`Document étiqueté illisible : ${document} (${result.error.message})`);
    items.push(...result.value.entries);
  }
  return items;
}

/** Micro-averaged over (item, theme) pairs; only thesaurus themes count (not a document's own). */
export function scoreThemes(themed: readonly ThemedItem[], labels: readonly ThemeLabel[]): ThemeScore {
  const thesaurus = new Set(THEMES.map((t) => t.label));
  const items = new Map(themed.map((i) => [i.id, i.themes]));
  let tp = 0;
  const falsePositives: string[] = [];
  const falseNegatives: string[] = [];
  for (const label of labels) {
    const given = items.get(label.id);
    if (!given) throw new Error(`Fiche étiquetée absente du catalogue : ${label.id}`);
    const predicted = new Set(given.filter((t) => thesaurus.has(t)));
    const gold = new Set(label.themes);
    for (const t of predicted) {
      if (gold.has(t)) tp++;
      else falsePositives.push(`${label.id}: ${t}`);
    }
    for (const t of gold) if (!predicted.has(t)) falseNegatives.push(`${label.id}: ${t}`);
  }
  const precision = tp / (tp + falsePositives.length || 1);
  const recall = tp / (tp + falseNegatives.length || 1);
  return { precision, recall, labelled: labels.length, falsePositives, falseNegatives };
}

export async function run(): Promise<void> {
  const labels = readLabels();
  const bundled = bundledItems();
  const items = [...bundled, ...(await importedItems(labels))];
  const score = scoreThemes(
    items,
    labels.filter((l) => !l.holdout && !l.blind && !l.fresh && !l.unseen),
  );
  const unseen = scoreThemes(
    items,
    labels.filter((l) => l.unseen),
  );
  const blind = scoreThemes(
    items,
    labels.filter((l) => l.blind),
  );
  const fresh = scoreThemes(
    items,
    labels.filter((l) => l.fresh),
  );
  const all = scoreThemes(items, labels);
  const holdout = scoreThemes(
    items,
    labels.filter((l) => l.holdout),
  );
  const mark = (v: number) => `[cible ≥ ${TARGET}${v >= TARGET ? ' ✓' : ' ✗'}]`;
  const line = (label: string, value: string, suffix = '') =>
    console.log(`  ${label.padEnd(52)} ${value.padStart(10)}${suffix ? `  ${suffix}` : ''}`);
  console.log('\n== Thèmes (étiquetage manuel)');
  line('fiches étiquetées pour le réglage', String(score.labelled));
  line('précision', score.precision.toFixed(2), mark(score.precision));
  line('rappel', score.recall.toFixed(2), mark(score.recall));
  line('fiches mises de côté (étiquetées après réglage)', String(holdout.labelled));
  line('  précision sur celles-ci', holdout.precision.toFixed(2));
  line('  rappel sur celles-ci', holdout.recall.toFixed(2));
  line('à l’aveugle (erreurs lues aux 2e et 3e revues)', String(blind.labelled));
  line('  précision sur celles-ci', blind.precision.toFixed(2), mark(blind.precision));
  line('  rappel sur celles-ci', blind.recall.toFixed(2), mark(blind.recall));
  line('2e série à l’aveugle (erreurs lues à la 3e revue)', String(fresh.labelled));
  line('  précision sur celles-ci', fresh.precision.toFixed(2), mark(fresh.precision));
  line('  rappel sur celles-ci', fresh.recall.toFixed(2), mark(fresh.recall));
  line('3e série à l’aveugle (erreurs jamais lues)', String(unseen.labelled));
  line('  précision sur celles-ci', unseen.precision.toFixed(2), mark(unseen.precision));
  line('  rappel sur celles-ci', unseen.recall.toFixed(2), mark(unseen.recall));
  line('toutes les fiches étiquetées', String(all.labelled));
  line('  précision', all.precision.toFixed(2), mark(all.precision));
  line('  rappel', all.recall.toFixed(2), mark(all.recall));
  const byTheme = new Map<string, number>();
  for (const e of bundled) for (const t of e.themes) byTheme.set(t, (byTheme.get(t) ?? 0) + 1);
  console.log('  fiches par thème :');
  for (const theme of THEMES)
    console.log(`    ${theme.label.padEnd(50)} ${String(byTheme.get(theme.label) ?? 0).padStart(10)}`);
  // The detail lists the labels used for setting the rules only: the blind ones stay unread.
  if (process.argv.includes('--detail')) {
    const seen = scoreThemes(
      items,
      labels.filter((l) => !l.blind && !l.fresh && !l.unseen),
    );
    for (const fp of seen.falsePositives) console.log(`    en trop : ${fp}`);
    for (const fn of seen.falseNegatives) console.log(`    manquant : ${fn}`);
  }
  await record('themes', {
    precision: score.precision,
    recall: score.recall,
    'holdout precision': holdout.precision,
    'holdout recall': holdout.recall,
    'blind precision': blind.precision,
    'blind recall': blind.recall,
    'fresh precision': fresh.precision,
    'fresh recall': fresh.recall,
    'unseen precision': unseen.precision,
    'unseen recall': unseen.recall,
    'all precision': all.precision,
    'all recall': all.recall,
  });
}
