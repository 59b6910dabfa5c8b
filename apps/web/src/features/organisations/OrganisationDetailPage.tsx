import { useParams } from 'react-router';
import { OrganisationDetail } from './OrganisationDetail';

/** /organisations/:id */
export function OrganisationDetailPage() {
  const { id } = useParams();
  return <OrganisationDetail id={id ?? ''} key={id} />;
}
