// French counts: "0 note", "1 note", "2 notes". French treats 0 and 1 as singular: CLDR's "one"
// is an integer part of 0 or 1 (so 1,5 too), which is what Intl.PluralRules('fr') selects.
// Written out rather than asked of Intl: a page's first Intl.PluralRules costs milliseconds, and
// the catalogue counts its fiches in its first frame.
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${Math.abs(count) < 2 ? singular : pluralForm}`;
}
