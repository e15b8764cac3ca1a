// The comparison's storage, from its gateway in db/: the tray, saved comparisons and the note
// on a saved comparison.
export {
  MAX_COMPARED,
  addToTray,
  clearTray,
  comparisonNoteId,
  comparisonTarget,
  deleteComparison,
  removeFromTray,
  saveComparison,
  saveComparisonNote,
  setTray,
  updateComparison,
  useColumnAnnotations,
  useComparisonNote,
  useHighlightColours,
  useSavedComparison,
  useSavedComparisons,
  useTray,
  type AddResult,
  type ColumnAnnotationRows,
} from '../../db/comparisons';
