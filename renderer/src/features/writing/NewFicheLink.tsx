// « Nouvelle fiche » and « Mes fiches » for the catalogue's header.
import { Link } from '../../services/router';

export function NewFicheLinks({ className }: { className?: string }) {
  return (
    <>
      <Link className={className} to="/fiches/nouvelle">
        Nouvelle fiche
      </Link>
      <Link className={className} to="/fiches">
        Mes fiches
      </Link>
    </>
  );
}
