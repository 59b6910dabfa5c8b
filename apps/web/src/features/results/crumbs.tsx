import { useTranslation } from 'react-i18next';
import { useDeal } from '../deals/api';
import { useRun } from '../distributions/api';
import { formatInstant } from '../../components/format';
import { useResult } from './api';

// Breadcrumb names of the result, deal and run pages; they share the pages' query keys.

/** The title of the result in the address. */
export function ResultName(props: { id: string | undefined }) {
  const { i18n } = useTranslation();
  const r = useResult(props.id).data;
  const name = r ? (i18n.language === 'en' && r.titleEn ? r.titleEn : r.title) : '…';
  return <span data-testid="crumb-record">{name}</span>;
}

/** The title of the deal in the address. */
export function DealName(props: { id: string | undefined }) {
  const d = useDeal(props.id).data;
  return <span data-testid="crumb-record">{d?.title ?? '…'}</span>;
}

/** The run in the address, named by when it was posted. */
export function RunName(props: { id: string | undefined }) {
  const { t } = useTranslation();
  const r = useRun(props.id).data;
  return (
    <span data-testid="crumb-record">
      {r ? t('distributions.runOf', { date: formatInstant(r.createdAt) }) : '…'}
    </span>
  );
}
