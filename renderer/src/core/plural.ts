// French counts: "0 note", "1 note", "2 notes" (French treats 0 and 1 as singular).
const rules = new Intl.PluralRules('fr-FR');

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${rules.select(count) === 'one' ? singular : pluralForm}`;
}
