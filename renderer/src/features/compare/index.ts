// What other features may use of the comparison. The views themselves are loaded by the router.
export { AddToCompareButton } from './AddToCompareButton';
export { CompareTray } from './CompareTray';
