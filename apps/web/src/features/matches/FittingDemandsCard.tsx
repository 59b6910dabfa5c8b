import { Card, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../app/i18n';
import { PageState } from '../../components/PageState';
import { useFittingDemands } from './api';
import { nameIn, Trl } from './labels';
import { barScale, ReasonList, ScoreBar } from './Reasons';

/** On an organisation's page: 适配需求 — the open demands it fits, best first, with the reasons. */
export function FittingDemandsCard(props: { organisationId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const q = useFittingDemands(props.organisationId);
  const items = q.data?.items ?? [];
  const scale = barScale(items);
  return (
    <Card
      title={t('matching.fitting.title')}
      data-testid="fitting-demands"
      extra={<Link to="/demands">{t('matching.fitting.all')}</Link>}
    >
      <PageState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()}>
        {items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('matching.fitting.none')} />
        ) : (
          <>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('matching.fitting.searched', { demands: q.data?.demands ?? 0 })}
            </Typography.Text>
            {items.map((f) => (
              <div
                key={f.demand.id}
                data-testid="fitting-demand"
                style={{ padding: '10px 0', borderBottom: '1px solid #f0f0f0' }}
              >
                <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'baseline' }}>
                  <Typography.Text type="secondary">{f.rank}.</Typography.Text>
                  <Link
                    to={`/demands/${f.demand.id}`}
                    style={{ fontWeight: 600 }}
                    data-testid="fitting-demand-title"
                  >
                    {f.demand.title}
                  </Link>
                  <Trl trl={f.demand.trlNeeded} />
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('matching.fitting.postedBy', { name: nameIn(f.demand.organisation, lang) })}
                </Typography.Text>
                <div style={{ margin: '6px 0 4px', maxWidth: 480 }}>
                  <ScoreBar reasons={f.reasons} score={f.score} scale={scale} />
                </div>
                <ReasonList reasons={f.reasons} />
              </div>
            ))}
          </>
        )}
      </PageState>
    </Card>
  );
}
