// One written form for every phone number of the catalogue, whatever the source printed
// ("0139962618", "02.41.72.02.08", "+33 (0) 581 91 72 08"): the French national form in
// pairs, "01 39 96 26 18", so that numbers compare and read the same everywhere.

/**
 * The national form of a French number, or null when the digits do not make one. Digits
 * glued in front by a misread phone icon ("40056214 49 96") are dropped: the last ten
 * digits starting with 0 are the number.
 */
export function formatPhone(printed: string): string | null {
  let digits = printed.replace(/\D/g, '');
  // International form: +33 then the number without its leading 0, or with it in brackets.
  if (/^\s*(?:\+|00)\s*33/.test(printed)) {
    digits = digits.replace(/^(?:00)?33/, '');
    if (!digits.startsWith('0')) digits = `0${digits}`;
  }
  if (digits.length < 10) return null;
  const ten = digits.slice(-10);
  if (!/^0[1-9]/.test(ten)) return null;
  return ten.replace(/(\d{2})(?=\d)/g, '$1 ');
}
