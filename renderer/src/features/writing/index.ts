// The user's own fiches (issue 17): what other views use of them.
export { FicheActions } from './FicheActions';
export { NewFicheLinks } from './NewFicheLink';
export { useNewFicheCommand } from './useNewFicheCommand';
