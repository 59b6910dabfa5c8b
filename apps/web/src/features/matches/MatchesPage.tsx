import { Badge, Card, Empty, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageState } from '../../components/PageState';
import { useMyMatches } from './api';
import { MATCH_STATUSES } from './labels';
import { MatchAccordion } from './MatchPanel';

// Open matches first (they wait for someone), finished ones after.
const ORDER = ['introduced', 'accepted', 'negotiating', 'recommended', 'partnered', 'closed'] as const;

/** /matches: the caller's matches grouped by status, each with its steps and actions. */
export function MatchesPage() {
  const { t } = useTranslation();
  const q = useMyMatches();
  if (q.isLoading || q.error)
    return <PageState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()} />;
  const items = q.data?.items ?? [];
  const groups = ORDER.filter((s) => MATCH_STATUSES.includes(s))
    .map((s) => ({ status: s, matches: items.filter((m) => m.status === s) }))
    .filter((g) => g.matches.length > 0);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('matching.myMatches')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t('matching.myMatchesHint')}
        </Typography.Paragraph>
      </Card>
      {groups.length === 0 ? (
        <Card>
          <Empty description={t('matching.noMyMatches')}>
            <Link to="/demands">{t('matching.browseDemands')}</Link>
          </Empty>
        </Card>
      ) : (
        groups.map((g) => (
          <Card
            key={g.status}
            size="small"
            data-testid={`match-group-${g.status}`}
            title={
              <Space>
                {t(`matching.status.${g.status}`)}
                <Badge count={g.matches.length} color="#8c8c8c" showZero />
              </Space>
            }
          >
            <MatchAccordion matches={g.matches} />
          </Card>
        ))
      )}
    </Space>
  );
}
