// The two Cime documents: its history (1993–2007) and the notice of its closure.
export { cimeHistoryParser, recogniseCimeHistory, programmeId } from './history';
export { cimeClosureParser, recogniseCimeClosure } from './closure';
