// What other features may use of corrections.
export { CorrectableFact, FactCorrectionTool, useFactCorrections } from './FactCorrections';
export { CorrectedMark } from './CorrectedMark';
export { SavedCorrectionEditor } from './CorrectionEditor';
export { usePassageCorrections, CorrectionOrphans } from './PassageCorrections';
