// On a fiche the user wrote, in the entry view: edit it, delete it.
import { Link, useNavigate } from '../../services/router';
import { DeleteFicheButton } from './DeleteFicheButton';

export function FicheActions({ id, title }: { id: string; title: string }) {
  const navigate = useNavigate();
  return (
    <>
      <Link className="button" to={`/fiches/${id}/modifier`}>
        Modifier la fiche
      </Link>
      <DeleteFicheButton id={id} title={title} onDeleted={() => navigate('/fiches', { replace: true })} />
    </>
  );
}
