import { useParams } from 'react-router';
import { ConsortiumDetail } from './ConsortiumDetail';

/** /consortia/:id */
export function ConsortiumDetailPage() {
  const { id } = useParams();
  return <ConsortiumDetail id={id ?? ''} key={id} />;
}

/** /public/consortia/:id: the same page for visitors, without management or internal links. */
export function PublicConsortiumPage() {
  const { id } = useParams();
  return <ConsortiumDetail id={id ?? ''} key={id} publicMode />;
}
