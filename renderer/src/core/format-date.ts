// French display of the catalogue's ISO dates (YYYY, YYYY-MM or YYYY-MM-DD).
const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

export function formatIsoDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year ?? iso;
  if (!day) return `${monthName} ${year}`;
  const d = Number(day);
  return `${d === 1 ? '1er' : d} ${monthName} ${year}`;
}

export function formatDateRange(start: string | null, end: string | null): string | null {
  if (!start) return null;
  if (!end || end === start) return formatIsoDate(start);
  return `du ${formatIsoDate(start)} au ${formatIsoDate(end)}`;
}
