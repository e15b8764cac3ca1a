export { buildDossier, type Dossier, type DossierEntry, type DossierFact } from './model';
export { dossierMarkdown } from './markdown';
