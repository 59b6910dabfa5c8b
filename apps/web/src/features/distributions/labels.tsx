import type { DistributionRun } from '@huahe/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

type Account = DistributionRun['lines'][number]['account'];

const accountColors: Record<Account, string> = {
  distributable_income: 'default',
  member_share: 'blue',
  inventor_reward: 'purple',
};
const runColors: Record<DistributionRun['status'], string> = {
  posted: 'success',
  reversed: 'default',
  reversal: 'warning',
};

/** A ledger account as a tag. */
export function AccountTag(props: { account: Account }) {
  const { t } = useTranslation();
  return <Tag color={accountColors[props.account]}>{t(`distributions.accounts.${props.account}`)}</Tag>;
}

/** A run's status (posted, reversed, or itself a reversal) as a tag. */
export function RunStatusTag(props: { status: DistributionRun['status'] }) {
  const { t } = useTranslation();
  return <Tag color={runColors[props.status]}>{t(`distributions.statuses.${props.status}`)}</Tag>;
}
