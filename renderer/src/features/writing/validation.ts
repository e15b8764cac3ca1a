// What the editor says about the fields as they are typed: nothing is refused (the words stay
// in the fiche as typed), but what the catalogue cannot use yet is said, in French, by the field.
import type { FicheFields } from '../../db/fiche-rows';
import { lines, parseYear } from '../../core/fiche-entry';

export type FieldMessages = Partial<
  Record<'title' | 'year' | 'budgetYear' | 'emails' | 'websites' | 'phones', string>
>;

const YEAR = 'une année en quatre chiffres, entre 1900 et 2100 (par exemple 2019)';

export function fieldMessages(f: FicheFields): FieldMessages {
  const out: FieldMessages = {};
  if (!f.title.trim()) out.title = 'Sans titre, la fiche s’appelle « Fiche sans titre » dans le catalogue.';
  if (f.year.trim() && parseYear(f.year) === null) out.year = `Année non comprise : écrivez ${YEAR}.`;
  if (f.budgetYear.trim() && parseYear(f.budgetYear) === null)
    out.budgetYear = `Année des chiffres non comprise : écrivez ${YEAR}.`;
  const badEmail = lines(f.emails).find((e) => !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e));
  if (badEmail) out.emails = `« ${badEmail} » ne ressemble pas à une adresse de courriel (nom@domaine.fr).`;
  const badPhone = lines(f.phones).find((p) => p.replace(/\D/g, '').length < 6);
  if (badPhone) out.phones = `« ${badPhone} » : trop peu de chiffres pour un numéro de téléphone.`;
  const badSite = lines(f.websites).find((w) => /\s/.test(w) || !/\.[a-z]{2,}/i.test(w));
  if (badSite) out.websites = `« ${badSite} » ne ressemble pas à une adresse de site (www.exemple.fr).`;
  return out;
}
