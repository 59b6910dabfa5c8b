import type { ConsortiumStatus } from '@huahe/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const colors: Record<ConsortiumStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  formal_check: 'processing',
  expert_review: 'processing',
  approved: 'cyan',
  rejected: 'error',
  returned: 'warning',
  operating: 'success',
  rectification: 'orange',
  revoked: 'error',
  concluded: 'purple',
};

/** A consortium's lifecycle state as a coloured tag. */
export function StatusTag(props: { status: ConsortiumStatus }) {
  const { t } = useTranslation();
  return <Tag color={colors[props.status]}>{t(`consortia.status.${props.status}`)}</Tag>;
}
