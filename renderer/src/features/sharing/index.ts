// What other features may use of sharing. The « Partage » view is loaded by the router.
export { ConflictChooser, type ConflictChooserProps } from './ConflictChooser';
export { FicheVersions } from './FicheVersions';
export { CorrectionVersions } from './CorrectionVersions';
