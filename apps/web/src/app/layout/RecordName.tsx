import { useQuery } from '@tanstack/react-query';
import type { Consortium, Organisation } from '@huahe/contracts';
import { useTranslation } from 'react-i18next';
import { get } from '../../api/client';

// The breadcrumb names of detail pages. They share the detail page's query key, so the record is
// fetched once; while it loads the crumb shows an ellipsis.

function useName(rec: { nameZh: string; nameEn: string | null } | undefined): string {
  const { i18n } = useTranslation();
  if (!rec) return '…';
  return i18n.language === 'en' && rec.nameEn ? rec.nameEn : rec.nameZh;
}

/** The name of the organisation in the address. */
export function OrganisationName(props: { id: string | undefined }) {
  const q = useQuery({
    queryKey: ['organisation', props.id],
    queryFn: () => get<Organisation>(`/api/organisations/${props.id}`),
    enabled: !!props.id,
  });
  return <span data-testid="crumb-record">{useName(q.data)}</span>;
}

/** The name of the consortium in the address. */
export function ConsortiumName(props: { id: string | undefined }) {
  const q = useQuery({
    queryKey: ['consortium', props.id],
    queryFn: () => get<Consortium>(`/api/consortia/${props.id}`),
    enabled: !!props.id,
  });
  return <span data-testid="crumb-record">{useName(q.data)}</span>;
}
