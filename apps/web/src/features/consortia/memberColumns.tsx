import type { ConsortiumMember, Lang } from '@huahe/contracts';
import { Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { CreditCode, ExampleTag } from '../../components/ExampleTag';
import { formatDate } from '../../components/format';
import { kindLabel, regionFullLabel } from '../../components/labels';

const roleColors: Record<string, string> = {
  lead: 'red',
  core: 'blue',
  member: 'default',
  supporting: 'purple',
};
const tierColors: Record<string, string> = { core: 'gold', close: 'cyan', general: 'default' };

/** The member table's columns: organisation (linked, examples marked), kind, role, tier, region, dates. */
export function memberColumns(
  t: TFunction,
  lang: Lang,
  publicMode: boolean,
  narrow = false,
): TableColumnsType<ConsortiumMember> {
  return [
    {
      title: t('consortia.member'),
      key: 'organisation',
      fixed: narrow ? undefined : 'left',
      width: narrow ? 220 : 290,
      render: (_, m) => {
        const name = lang === 'en' && m.organisation.nameEn ? m.organisation.nameEn : m.organisation.nameZh;
        return (
          <div>
            {publicMode ? name : <Link to={`/organisations/${m.organisationId}`}>{name}</Link>}
            {m.organisation.isExample && <ExampleTag />}
            {m.organisation.uscc && (
              <div style={{ fontSize: 12, color: '#8c8c8c' }} title={t('organisations.uscc')}>
                <CreditCode code={m.organisation.uscc} isExample={m.organisation.usccIsExample} />
              </div>
            )}
          </div>
        );
      },
    },
    {
      title: t('organisations.kind'),
      key: 'kind',
      width: 110,
      render: (_, m) => kindLabel(m.organisation.kind, lang),
    },
    {
      title: t('consortia.role'),
      dataIndex: 'role',
      width: 90,
      render: (r: string) => <Tag color={roleColors[r]}>{t(`consortia.roles.${r}`)}</Tag>,
    },
    {
      title: t('consortia.tier'),
      dataIndex: 'tier',
      width: 120,
      render: (r: string) => <Tag color={tierColors[r]}>{t(`consortia.tiers.${r}`)}</Tag>,
    },
    {
      title: t('organisations.region'),
      key: 'region',
      width: 150,
      render: (_, m) => regionFullLabel(m.organisation.regionCode, lang) || '-',
    },
    {
      title: t('consortia.joinedOn'),
      dataIndex: 'joinedOn',
      width: 110,
      render: (v: string, m) =>
        m.joinReason ? (
          <Tooltip title={m.joinReason}>
            <Typography.Text underline>{formatDate(v)}</Typography.Text>
          </Tooltip>
        ) : (
          formatDate(v)
        ),
    },
    {
      title: t('consortia.leftOn'),
      dataIndex: 'leftOn',
      width: 120,
      render: (v: string | null, m) =>
        v ? (
          <Tooltip title={m.leaveReason}>
            <Typography.Text type="secondary" underline>
              {formatDate(v)}
            </Typography.Text>
          </Tooltip>
        ) : (
          <Tag color="green">{t('consortia.current')}</Tag>
        ),
    },
  ];
}
