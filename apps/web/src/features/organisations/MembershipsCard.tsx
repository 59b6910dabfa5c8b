import type { Organisation } from '@huahe/contracts';
import { Card, Empty, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConsortiumName } from '../../app/layout/RecordName';
import { formatDate } from '../../components/format';

/** The consortia an organisation belongs to, or belonged to, with role, tier and dates. */
export function MembershipsCard(props: { organisation: Organisation }) {
  const { t } = useTranslation();
  const memberships = [...props.organisation.memberships].sort(
    (a, b) => Number(!!a.leftOn) - Number(!!b.leftOn) || b.joinedOn.localeCompare(a.joinedOn),
  );
  return (
    <Card title={t('organisations.memberships')} style={{ height: '100%' }}>
      {memberships.length === 0 ? (
        <Empty description={t('organisations.noMemberships')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <div data-testid="memberships">
          {memberships.map((m) => (
            <div
              key={`${m.consortiumId}-${m.joinedOn}`}
              style={{ padding: '10px 0', borderBottom: '1px solid #f0f0f0' }}
            >
              <Link to={`/consortia/${m.consortiumId}`}>
                <ConsortiumName id={m.consortiumId} />
              </Link>
              <div style={{ marginTop: 6 }}>
                <Tag color={m.role === 'lead' ? 'red' : 'blue'}>{t(`consortia.roles.${m.role}`)}</Tag>
                <Tag>{t(`consortia.tiers.${m.tier}`)}</Tag>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDate(m.joinedOn)} ~ {m.leftOn ? formatDate(m.leftOn) : t('consortia.current')}
                </Typography.Text>
              </div>
            </div>
          ))}
        </div>
      )}
    </Card>
  );
}
