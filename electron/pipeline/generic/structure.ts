// Generic structure for a document no bundled parser recognises: where its cases begin, and
// each case's sections under the common vocabulary. Case boundaries, in order of trust:
//   1. a table of contents whose titles are headings further on;
//   2. a repeated sequence of section headings ("Contexte", "Mise en œuvre", … again and again):
//      each repetition starts a case, titled by the heading just above it;
//   3. one heading level per case: headings of one level that each hold known sections;
// otherwise the whole document is one entry.
import type { Section, SectionKey } from '../../shared/schema';
import type { Block } from '../formats/model';
import { similarity } from '../france-urbaine/toc';
import { sectionKeyOf } from './sections';

export interface CaseRange {
  /** Index of the case's first block (its title heading when it has one). */
  start: number;
  /** Index one past its last block. */
  end: number;
  title: string | null;
  /** Index of the title heading, not repeated in the sections. */
  titleBlock: number | null;
}

export interface Structure {
  cases: CaseRange[];
  how: 'table-of-contents' | 'repeated-sections' | 'heading-level' | 'single';
}

interface Heading {
  index: number;
  level: number;
  text: string;
  key: SectionKey | null;
}

const TOC_LINE = /^(.+?)\t(\d{1,3})$/;

export function findCases(blocks: readonly Block[], renderedLines: readonly string[]): Structure {
  const headings: Heading[] = [];
  blocks.forEach((b, index) => {
    if (b.kind === 'heading')
      headings.push({ index, level: b.level, text: b.text, key: sectionKeyOf(b.text) });
  });
  // The document's own title (its one heading above all others) names no section.
  const title = documentTitleHeading(headings);
  if (title) title.key = null;
  return (
    byTableOfContents(blocks, headings, renderedLines) ??
    byRepeatedSections(blocks, headings) ??
    byHeadingLevel(blocks, headings) ?? {
      how: 'single',
      cases: [
        {
          start: 0,
          end: blocks.length,
          title: title?.text ?? null,
          titleBlock: title?.index ?? null,
        },
      ],
    }
  );
}

function documentTitleHeading(headings: Heading[]): Heading | null {
  const first = headings[0];
  if (!first || headings.length < 2) return first ?? null;
  return headings.slice(1).every((h) => h.level > first.level) ? first : null;
}

function byTableOfContents(
  blocks: readonly Block[],
  headings: readonly Heading[],
  lines: readonly string[],
): Structure | null {
  const toc = lines.map((l) => TOC_LINE.exec(l)?.[1]?.trim()).filter((t): t is string => !!t);
  if (toc.length < 2) return null;
  const starts: { heading: Heading; title: string }[] = [];
  let from = 0;
  for (const title of toc) {
    // A case heading often names only the action, the contents line the place too.
    for (let k = from; k < headings.length; k++) {
      const h = headings[k]!;
      if (h.key === null && (similarity(h.text, title) >= 0.6 || containsWords(title, h.text))) {
        starts.push({ heading: h, title });
        from = k + 1;
        break;
      }
    }
  }
  if (starts.length < 2 || starts.length < toc.length / 2) return null;
  return {
    how: 'table-of-contents',
    cases: rangesFrom(
      blocks,
      starts.map((s) => ({ index: s.heading.index, title: s.title })),
    ),
  };
}

function containsWords(long: string, short: string): boolean {
  const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];
  const l = new Set(words(long));
  const s = words(short);
  return s.length >= 2 && s.every((w) => l.has(w));
}

function byRepeatedSections(blocks: readonly Block[], headings: readonly Heading[]): Structure | null {
  const counts = new Map<SectionKey, number>();
  for (const h of headings) if (h.key) counts.set(h.key, (counts.get(h.key) ?? 0) + 1);
  const repeated = headings.find((h) => h.key !== null && (counts.get(h.key) ?? 0) >= 2);
  if (!repeated) return null;
  const anchors = headings.filter((h) => h.key === repeated.key);
  // The sequence must really repeat: a second known part after each anchor.
  const withParts = anchors.filter((a, k) => {
    const next = anchors[k + 1]?.index ?? blocks.length;
    return headings.some((h) => h.index > a.index && h.index < next && h.key !== null && h.key !== a.key);
  });
  if (withParts.length < Math.max(2, anchors.length * 0.75)) return null;
  const starts: { index: number; title: string | null }[] = [];
  let floor = -1;
  for (const anchor of anchors) {
    const title = [...headings]
      .reverse()
      .find((h) => h.index < anchor.index && h.index > floor && h.key === null && h.level <= anchor.level);
    // Only blocks of text may sit between the title and the first part, not other cases' parts.
    starts.push(title ? { index: title.index, title: title.text } : { index: anchor.index, title: null });
    floor = anchor.index;
  }
  return { how: 'repeated-sections', cases: rangesFrom(blocks, starts) };
}

function byHeadingLevel(blocks: readonly Block[], headings: readonly Heading[]): Structure | null {
  const levels = [...new Set(headings.filter((h) => h.key === null).map((h) => h.level))].sort(
    (a, b) => a - b,
  );
  for (const level of levels) {
    const tops = headings.filter((h) => h.level === level && h.key === null);
    if (tops.length < 2) continue;
    const holding = tops.filter((t, k) => {
      const next = tops[k + 1]?.index ?? blocks.length;
      const keys = new Set(
        headings
          .filter((h) => h.index > t.index && h.index < next && h.level > level && h.key)
          .map((h) => h.key),
      );
      return keys.size >= 2;
    });
    if (holding.length >= 2 && holding.length >= tops.length * 0.6)
      return {
        how: 'heading-level',
        cases: rangesFrom(
          blocks,
          holding.map((h) => ({ index: h.index, title: h.text })),
        ),
      };
  }
  return null;
}

function rangesFrom(
  blocks: readonly Block[],
  starts: readonly { index: number; title: string | null }[],
): CaseRange[] {
  return starts.map((s, k) => ({
    start: s.index,
    end: starts[k + 1]?.index ?? blocks.length,
    title: s.title,
    titleBlock: s.title !== null && blocks[s.index]?.kind === 'heading' ? s.index : null,
  }));
}

/** A run of blocks with its section key, heading and block indices. */
export interface SectionRange {
  key: SectionKey;
  heading: string;
  blocks: number[];
}

/**
 * The sections of one case: each known heading opens a section; an unknown heading deeper than
 * the open section stays inside it as text; other unknown headings open a "Texte" section.
 * Text before any heading is the presentation, unless the case has a presentation of its own.
 */
export function sectionsOf(blocks: readonly Block[], range: CaseRange): SectionRange[] {
  const out: SectionRange[] = [];
  let current: (SectionRange & { level: number }) | null = null;
  const hasPresentation = blocks
    .slice(range.start, range.end)
    .some((b) => b.kind === 'heading' && sectionKeyOf(b.text) === 'presentation');
  for (let i = range.start; i < range.end; i++) {
    if (i === range.titleBlock) continue;
    const block = blocks[i]!;
    if (block.kind === 'heading') {
      const key = sectionKeyOf(block.text);
      if (key || !current || block.level <= current.level) {
        current = { key: key ?? 'body', heading: block.text, blocks: [], level: block.level };
        out.push(current);
        continue;
      }
    }
    if (!current) {
      current = {
        key: hasPresentation ? 'body' : 'presentation',
        heading: hasPresentation ? 'Texte' : 'Présentation',
        blocks: [],
        level: 7,
      };
      out.push(current);
    }
    current.blocks.push(i);
  }
  return out.filter((s) => s.blocks.length > 0 || s.key !== 'body');
}

/** Section text: paragraphs apart, a paragraph's wrapped lines joined, list items as "- ". */
export function sectionText(blocks: readonly Block[], indices: readonly number[]): string {
  return indices
    .map((i) => {
      const b = blocks[i]!;
      if (b.kind === 'list-item') return `- ${b.text.replace(/\s*\n\s*/g, ' ')}`;
      if (b.kind === 'heading') return b.text;
      return b.text
        .split('\n')
        .map((l) => l.trim())
        .reduce((acc, line) => {
          if (!acc) return line;
          if (/^[-•*–]\s/.test(line)) return `${acc}\n${line}`;
          if (/\p{L}-$/u.test(acc) && /^\p{Ll}/u.test(line)) return acc.slice(0, -1) + line;
          return `${acc} ${line}`;
        }, '');
    })
    .filter(Boolean)
    .join('\n\n');
}

export type { Section };
