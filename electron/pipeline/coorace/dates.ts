// French date expressions as they appear in the COORACE chronology and the Cime texts,
// normalised to ISO (YYYY, YYYY-MM, YYYY-MM-DD). Day lists and ranges keep their end.
import { foldForMatch } from '../common/text';

export interface NormalisedDate {
  date: string;
  dateEnd: string | null;
}

const MONTHS: Record<string, number> = {
  janvier: 1,
  janv: 1,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  mars: 3,
  avril: 4,
  avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  juil: 7,
  aout: 8,
  septembre: 9,
  sept: 9,
  octobre: 10,
  oct: 10,
  novembre: 11,
  nov: 11,
  decembre: 12,
  dec: 12,
};

const MONTH_WORD =
  '(?:janvier|janv\\.?|f[ée]vrier|f[ée]vr?\\.?|mars|avril|avr\\.?|mai|juin|juillet|juil\\.?|ao[ûu]t|septembre|sept\\.?|octobre|oct\\.?|novembre|nov\\.?|d[ée]cembre|d[ée]c\\.?)';
const YEAR = '((?:19|20)\\d{2})';
const DAY = '(?:1er|\\d{1,2})';

const at = (m: RegExpExecArray, i: number): string => m[i] ?? '';
const pad = (n: number): string => String(n).padStart(2, '0');

function monthNumber(word: string): number | null {
  return MONTHS[foldForMatch(word).replace(/\.$/, '')] ?? null;
}

function dayNumber(s: string): number {
  return s === '1er' ? 1 : Number(s);
}

function isoDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

interface Rule {
  re: RegExp;
  build(m: RegExpExecArray): NormalisedDate | null;
}

// Most specific first: a bare year would otherwise swallow the start of every other form.
const RULES: Rule[] = [
  {
    // "23/24/25 Septembre 1993", "13-15 octobre 1994", "23-24 et 25 septembre 1993", "19 octobre 1994"
    re: new RegExp(`^(${DAY}(?:\\s*(?:[-/,–]|et)\\s*${DAY})*)\\s+(${MONTH_WORD})\\s+${YEAR}(?![\\d])`, 'iu'),
    build(m) {
      const month = monthNumber(at(m, 2));
      if (month === null) return null;
      const year = Number(at(m, 3));
      const days = at(m, 1)
        .split(/\s*(?:[-/,–]|et)\s*/i)
        .map(dayNumber);
      const start = isoDay(year, month, days[0] ?? 0);
      const end = days.length > 1 ? isoDay(year, month, days[days.length - 1] ?? 0) : null;
      if (!start || (days.length > 1 && !end)) return null;
      return { date: start, dateEnd: end };
    },
  },
  {
    // "25 et 26/11/1994", "25-26/11/1994"
    re: new RegExp(`^(\\d{1,2})\\s*(?:et|-|–)\\s*(\\d{1,2})/(\\d{1,2})/${YEAR}(?!\\d)`, 'iu'),
    build(m) {
      const year = Number(at(m, 4));
      const month = Number(at(m, 3));
      const start = isoDay(year, month, Number(at(m, 1)));
      const end = isoDay(year, month, Number(at(m, 2)));
      return start && end ? { date: start, dateEnd: end } : null;
    },
  },
  {
    // "01/04/1993", "1.4.1993"
    re: new RegExp(`^(\\d{1,2})[/.](\\d{1,2})[/.]${YEAR}(?!\\d)`, 'u'),
    build(m) {
      const iso = isoDay(Number(at(m, 3)), Number(at(m, 2)), Number(at(m, 1)));
      return iso ? { date: iso, dateEnd: null } : null;
    },
  },
  {
    // "04/1993"
    re: new RegExp(`^(\\d{1,2})/${YEAR}(?!\\d)`, 'u'),
    build(m) {
      const month = Number(at(m, 1));
      if (month < 1 || month > 12) return null;
      return { date: `${at(m, 2)}-${pad(month)}`, dateEnd: null };
    },
  },
  {
    // "1992-1994", "1992 à 1994"
    re: new RegExp(`^${YEAR}\\s*(?:-|–|/|à|au)\\s*${YEAR}(?!\\d)`, 'iu'),
    build(m) {
      if (Number(at(m, 2)) < Number(at(m, 1))) return null;
      return { date: at(m, 1), dateEnd: at(m, 2) };
    },
  },
  {
    // "septembre 1993"
    re: new RegExp(`^(${MONTH_WORD})\\s+${YEAR}(?!\\d)`, 'iu'),
    build(m) {
      const month = monthNumber(at(m, 1));
      return month === null ? null : { date: `${at(m, 2)}-${pad(month)}`, dateEnd: null };
    },
  },
  {
    re: new RegExp(`^${YEAR}(?!\\d)`, 'u'),
    build(m) {
      return { date: at(m, 1), dateEnd: null };
    },
  },
];

export interface DateMatch extends NormalisedDate {
  /** The date exactly as written. */
  text: string;
}

/** Reads a date at the very start of `s` (text may follow, glued or not). */
export function readLeadingDate(s: string): DateMatch | null {
  for (const rule of RULES) {
    const m = rule.re.exec(s);
    if (!m) continue;
    const built = rule.build(m);
    if (built) return { ...built, text: at(m, 0) };
  }
  return null;
}

/** Normalises a whole date expression; null when `s` is not exactly a date. */
export function normaliseDate(s: string): NormalisedDate | null {
  const trimmed = s.trim();
  const m = readLeadingDate(trimmed);
  if (!m || m.text.length !== trimmed.length) return null;
  return { date: m.date, dateEnd: m.dateEnd };
}
