import type { DealKind, DealSummary } from '@huahe/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const kindColors: Record<DealKind, string> = {
  transfer: 'magenta',
  licence: 'blue',
  equity: 'gold',
  self_implementation: 'green',
};
const statusColors: Record<DealSummary['status'], string> = {
  active: 'processing',
  completed: 'success',
  terminated: 'default',
};

/** How a result is commercialised, as a tag. */
export function DealKindTag(props: { kind: DealKind }) {
  const { t } = useTranslation();
  return <Tag color={kindColors[props.kind]}>{t(`deals.kinds.${props.kind}`)}</Tag>;
}

/** A deal's status as a tag. */
export function DealStatusTag(props: { status: DealSummary['status'] }) {
  const { t } = useTranslation();
  return <Tag color={statusColors[props.status]}>{t(`deals.statuses.${props.status}`)}</Tag>;
}
