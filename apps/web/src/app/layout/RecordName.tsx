import { useQuery } from '@tanstack/react-query';
import type { Consortium, Organisation } from '@huahe/contracts';
import { get } from '../../api/client';
import { nameIn } from '../../components/labels';
import { useLang } from '../i18n';

// The names of records in the interface language (breadcrumbs, links). They share the detail page's
// query key, so the record is fetched once; while it loads the name shows an ellipsis.

function useName(rec: { nameZh: string; nameEn: string | null } | undefined): string {
  const lang = useLang();
  return rec ? nameIn(rec, lang) : '…';
}

/** An organisation's name in the interface language. */
export function OrganisationName(props: { id: string | undefined }) {
  const q = useQuery({
    queryKey: ['organisation', props.id],
    queryFn: () => get<Organisation>(`/api/organisations/${props.id}`),
    enabled: !!props.id,
  });
  return <>{useName(q.data)}</>;
}

/** A consortium's name in the interface language. */
export function ConsortiumName(props: { id: string | undefined }) {
  const q = useQuery({
    queryKey: ['consortium', props.id],
    queryFn: () => get<Consortium>(`/api/consortia/${props.id}`),
    enabled: !!props.id,
  });
  return <>{useName(q.data)}</>;
}
