// « Mes documents »: adding (button, drop, menu), the review of what is being added, and the
// documents already in the catalogue.
import { useCatalogue } from '../../catalogue/CatalogueContext';
import { AddDocumentsButton } from './AddDocumentsButton';
import { DocumentsList } from './DocumentsList';
import { ImportReview } from './ImportReview';
import './documents.css';

export default function DocumentsView() {
  const { documents } = useCatalogue();
  return (
    <div className="documents">
      <h1>Mes documents</h1>
      <p className="documents__intro">
        Vos rapports rejoignent le catalogue : ajoutez-les avec ce bouton, par le menu Fichier, ou en les
        déposant sur la fenêtre. Ils sont lus sur cet ordinateur, sans connexion.
      </p>
      <AddDocumentsButton className="primary" />
      <ImportReview />
      <h2>Vos documents</h2>
      <DocumentsList documents={documents} />
    </div>
  );
}
