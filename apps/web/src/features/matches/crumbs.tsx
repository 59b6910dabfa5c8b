import { useTranslation } from 'react-i18next';
import { useDemand, useMatch } from './api';

// Breadcrumb names of the demand and match pages; they share the pages' query keys.

/** The title of the demand in the address. */
export function DemandName(props: { id: string | undefined }) {
  const d = useDemand(props.id).data;
  return <span data-testid="crumb-record">{d?.title ?? '…'}</span>;
}

/** The match in the address, named by its demand (or its consortium) and candidate. */
export function MatchName(props: { id: string | undefined }) {
  const { t } = useTranslation();
  const m = useMatch(props.id).data;
  const name = m
    ? `${m.demand?.title ?? t('matching.partnerFor', { consortium: m.consortium?.nameZh ?? '' })} · ${m.candidate.nameZh}`
    : '…';
  return <span data-testid="crumb-record">{name}</span>;
}
