import { Card, Col, Descriptions, Empty, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatInstant } from '../../components/format';
import { PageState } from '../../components/PageState';
import { useMatch } from './api';
import { MatchStatusTag } from './labels';
import { MatchBody, MatchParties, MatchSubject } from './MatchPanel';
import { MatchHistory } from './MatchProgress';
import { ReasonList } from './Reasons';

/** /matches/:id: one match with its progress, the steps the caller may take, its history and reasons. */
export function MatchDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const q = useMatch(id);
  if (q.isLoading || q.error || !q.data)
    return <PageState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()} />;
  const m = q.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} key={id}>
      <Card>
        <Space wrap align="center" size={[8, 4]}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="match-title">
            <MatchSubject match={m} link={false} />
          </Typography.Title>
          <MatchStatusTag status={m.status} />
        </Space>
        <div style={{ margin: '8px 0 12px' }}>
          <MatchParties match={m} />
        </div>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
          items={[
            {
              key: 'about',
              label: m.demand ? t('matching.demand') : t('matching.consortium'),
              children: m.demand ? (
                <Link to={`/demands/${m.demand.id}`}>{m.demand.title}</Link>
              ) : m.consortium ? (
                <Link to={`/consortia/${m.consortium.id}/partners`}>{m.consortium.nameZh}</Link>
              ) : (
                '-'
              ),
            },
            ...(m.demand && m.consortium
              ? [
                  {
                    key: 'consortium',
                    label: t('matching.consortium'),
                    children: <Link to={`/consortia/${m.consortium.id}`}>{m.consortium.nameZh}</Link>,
                  },
                ]
              : []),
            { key: 'score', label: t('matching.score'), children: m.score.toFixed(2) },
            { key: 'created', label: t('matching.introducedAt'), children: formatInstant(m.createdAt) },
            { key: 'updated', label: t('matching.updatedAt'), children: formatInstant(m.updatedAt) },
          ]}
        />
      </Card>
      <Card title={t('matching.progress')}>
        <MatchBody match={m} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t('matching.history')}>
            <MatchHistory match={m} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('matching.whyRecommended')}>
            {m.reasons.length ? (
              <ReasonList reasons={m.reasons} />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
            )}
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
