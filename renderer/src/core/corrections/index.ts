export { placeCorrections } from './anchoring';
export type { CorrectionPlacement, PlacedCorrection, SectionText } from './anchoring';
export { FACT_LABELS, MULTILINE_FIELDS, factLines, factText, personLine } from './facts';
