// The W3C model counts a TextPositionSelector's start and end in characters (code points), while
// JavaScript strings — and so the positions Repères stores — count UTF-16 code units. They differ
// only after a character outside the Basic Multilingual Plane (an emoji, a rare CJK character), so
// positions are converted against the section's text on export and back on import.

/** Finds the text a highlight's position refers to: its section's text, when still known. */
export type SectionTextLookup = (targetId: string, sectionRef: string) => string | undefined;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** A UTF-16 offset in `text` as a code point offset. */
export function toCodePoints(text: string, offset: number): number {
  let points = 0;
  for (let i = 0; i < offset && i < text.length; i++, points++) {
    if (isHigh(text.charCodeAt(i)) && i + 1 < offset && isLow(text.charCodeAt(i + 1))) i++;
  }
  return points + Math.max(0, offset - text.length);
}

/** A code point offset in `text` as a UTF-16 offset. */
export function fromCodePoints(text: string, points: number): number {
  let i = 0;
  for (let n = 0; n < points && i < text.length; n++) {
    i += isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
  }
  return i + Math.max(0, points - countPoints(text));
}

function countPoints(text: string): number {
  return toCodePoints(text, text.length);
}
