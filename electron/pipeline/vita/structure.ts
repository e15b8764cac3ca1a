// Finds the blocks of the VITA collection: general introduction, the five chapters (one per
// working group, each with an introduction and a conclusion around its experiences) and the
// 27 experiences. The OCR keeps two reliable landmarks: every experience has its
// "NOTRE EXPERIENCE" heading, and every chapter opening or closing page carries the box
// "Groupe de travail VITA accompagné par ...". A page begins with a line indented by one space.
import { foldForMatch, mayFoldTo } from '../common/text';
import { isPageMarker } from './ocr-repair';

export interface GroupDef {
  /** Readable chapter title. */
  name: string;
  /** Folded keywords that identify the chapter heading even when garbled. */
  keys: string[];
}

/** The five working groups, in the order the introduction announces them. */
export const GROUPS: readonly GroupDef[] = [
  // "tefl": the OCR's "teﬂ'ltorlal", ligature folded.
  { name: 'Pôles de développement territorial', keys: ['developpement territorial', 'poles de', 'tefl'] },
  { name: 'Commande publique responsable', keys: ['commande publique', 'commande'] },
  {
    name: 'Services de proximité, emploi et territoire',
    keys: ['services de proximite', 'services de', 'emp 0'],
  },
  {
    name: 'Égalité des chances femmes / hommes et territoire',
    keys: ['egalite des chances', 'femmes / hommes'],
  },
  {
    name: 'Spécificités de l’IAE dans la création d’activités',
    keys: ['specificites de', 'creation d activite', 'specificites'],
  },
];

/** Folded words of the chapter running titles, skipped when they precede an experience title. */
export const RUNNING_TITLE_WORDS: ReadonlySet<string> = new Set(
  GROUPS.flatMap((g) => foldForMatch(g.name).split(/[\s/,]+/))
    .concat([
      'proximite',
      'specificites',
      'uiae',
      'iae',
      "l'iae",
      "d'activite",
      "d'activites",
      'poles',
      'peles',
    ])
    .filter(Boolean),
);

export type BlockKind =
  'introduction' | 'group-introduction' | 'group-conclusion' | 'experience' | 'conclusion';

export interface Block {
  kind: BlockKind;
  /** 0-based inclusive line indexes. */
  start: number;
  end: number;
  /** Index into GROUPS, -1 outside chapters. */
  group: number;
  /** For experiences: the index of the "NOTRE EXPERIENCE" line. */
  anchor: number;
}

export interface StructureIssue {
  line: number;
  code: string;
  message: string;
}

const EXPERIENCE_HEADING = /^\s*NOTRE\s+EXP[EÉ]RIENCE\s*$/;
const GROUP_BOX = /groupe de travail vita accompagn/;
const FINAL_CONCLUSION = /^\s*Conclusion\s*$/;

export function isExperienceHeading(line: string): boolean {
  return EXPERIENCE_HEADING.test(line);
}

function isPageStart(lines: readonly string[], i: number): boolean {
  return i === 0 || /^ \S/.test(lines[i] ?? '');
}

/** Which chapter a group page belongs to, from the garbled heading around the group box. */
export function identifyGroup(lines: readonly string[], from: number, to: number): number {
  // The chapter heading opens the page: the group named earliest wins.
  const text = foldForMatch(lines.slice(from, to + 1).join(' '));
  let best = -1;
  let bestAt = Infinity;
  for (const [gi, g] of GROUPS.entries()) {
    for (const key of g.keys) {
      const at = text.indexOf(key);
      if (at >= 0 && at < bestAt) {
        best = gi;
        bestAt = at;
      }
    }
  }
  return best;
}

export function findStructure(lines: readonly string[]): { blocks: Block[]; issues: StructureIssue[] } {
  const issues: StructureIssue[] = [];
  const pageStarts: number[] = [];
  for (let i = 0; i < lines.length; i++) if (isPageStart(lines, i)) pageStarts.push(i);
  const lastPageStartAtOrBefore = (i: number): number => {
    let best = 0;
    for (const p of pageStarts) {
      if (p > i) break;
      best = p;
    }
    return best;
  };

  interface Mark {
    kind: 'group' | 'experience' | 'final';
    start: number;
    anchor: number;
  }
  const marks: Mark[] = [];

  let previousAnchor = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (isExperienceHeading(line)) {
      let start = Math.max(lastPageStartAtOrBefore(i), previousAnchor + 1);
      // A page marker just before or inside the header: the title starts after it (the OCR
      // sometimes puts the first title line before the page's first line).
      for (let j = Math.max(previousAnchor + 1, start - 8); j < i; j++) {
        if (isPageMarker(lines[j] ?? '')) start = j + 1;
      }
      marks.push({ kind: 'experience', start, anchor: i });
      previousAnchor = i;
    } else if (mayFoldTo(line, 'v') && mayFoldTo(line, 'g') && GROUP_BOX.test(foldForMatch(line))) {
      const start = Math.max(lastPageStartAtOrBefore(i), previousAnchor + 1);
      const last = marks[marks.length - 1];
      if (last?.kind === 'group' && last.start === start) continue;
      marks.push({ kind: 'group', start, anchor: i });
    } else if (FINAL_CONCLUSION.test(line) && marks.some((m) => m.kind === 'experience')) {
      marks.push({ kind: 'final', start: i, anchor: i });
    }
  }
  marks.sort((a, b) => a.start - b.start);

  const blocks: Block[] = [];
  const firstStart = marks[0]?.start ?? lines.length;
  if (firstStart > 0 && lines.slice(0, firstStart).some((l) => l.trim())) {
    blocks.push({ kind: 'introduction', start: 0, end: firstStart - 1, group: -1, anchor: 0 });
  }
  let group = -1;
  let groupHasExperiences = false;
  let announced = 0;
  for (const [k, mark] of marks.entries()) {
    const next = marks[k + 1];
    const end = (next ? next.start : lines.length) - 1;
    if (end < mark.start) continue;
    if (mark.kind === 'experience') {
      if (group < 0) {
        issues.push({
          line: mark.anchor + 1,
          code: 'experience-without-group',
          message: 'Expérience trouvée avant tout chapitre : groupe de travail inconnu.',
        });
      }
      groupHasExperiences = true;
      blocks.push({ kind: 'experience', start: mark.start, end, group, anchor: mark.anchor });
    } else if (mark.kind === 'group') {
      const identified = identifyGroup(lines, mark.start, Math.min(end, mark.anchor + 4));
      const closesCurrent =
        group >= 0 &&
        groupHasExperiences &&
        (identified === group || identified < 0) &&
        next?.kind !== 'experience';
      if (closesCurrent) {
        blocks.push({ kind: 'group-conclusion', start: mark.start, end, group, anchor: mark.anchor });
        groupHasExperiences = false;
      } else {
        group = identified >= 0 ? identified : Math.min(announced, GROUPS.length - 1);
        if (identified < 0) {
          issues.push({
            line: mark.anchor + 1,
            code: 'group-unidentified',
            message: `Titre de chapitre illisible : rattaché au groupe « ${GROUPS[group]?.name ?? '?'} » d’après l’ordre du recueil.`,
          });
        }
        announced = group + 1;
        groupHasExperiences = false;
        blocks.push({ kind: 'group-introduction', start: mark.start, end, group, anchor: mark.anchor });
      }
    } else {
      blocks.push({ kind: 'conclusion', start: mark.start, end, group: -1, anchor: mark.anchor });
    }
  }
  return { blocks, issues };
}
