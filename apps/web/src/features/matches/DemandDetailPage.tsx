import type { Demand, MatchCandidate } from '@huahe/contracts';
import { Alert, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageState } from '../../components/PageState';
import { useDemand, useDemandCandidates, useDemandMatches, type CandidateFilters } from './api';
import { CandidateFilterBar, CandidateList } from './CandidateList';
import { DemandHeader } from './DemandHeader';
import { IntroduceModal } from './IntroduceModal';
import { regionPrefix } from './labels';
import { MatchAccordion } from './MatchPanel';

/** /demands/:id: the demand, its matches, and (for its organisation and the introducers) its ranked candidates. */
export function DemandDetailPage() {
  const { id = '' } = useParams();
  const q = useDemand(id);
  if (q.isLoading || q.error || !q.data)
    return <PageState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()} />;
  return <DemandDetail demand={q.data} key={id} />;
}

function DemandDetail(props: { demand: Demand }) {
  const d = props.demand;
  const seesCandidates = d.canIntroduce || d.canEdit;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <DemandHeader demand={d} />
      <DemandMatches demand={d} />
      {seesCandidates && <DemandCandidates demand={d} />}
    </Space>
  );
}

/** The demand's matches with their progress and the caller's actions; hidden while there are none. */
function DemandMatches(props: { demand: Demand }) {
  const { t } = useTranslation();
  const q = useDemandMatches(props.demand.id);
  if (!q.error && (q.data?.items.length ?? 0) === 0) return null;
  return (
    <Card title={t('matching.demandMatches')} size="small" data-testid="demand-matches">
      <PageState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()}>
        <MatchAccordion matches={q.data?.items ?? []} showSubject={false} />
      </PageState>
    </Card>
  );
}

/** The ranked candidates with reasons, their filters, and the introduce button for introducers. */
function DemandCandidates(props: { demand: Demand }) {
  const { t } = useTranslation();
  const d = props.demand;
  const [filters, setFilters] = useState<CandidateFilters & { regionCode?: string }>({ top: 10 });
  const { regionCode, ...rest } = filters;
  const open = d.status === 'open';
  const q = useDemandCandidates(d.id, { ...rest, region: regionPrefix(regionCode) }, open);
  const [introducing, setIntroducing] = useState<MatchCandidate | null>(null);
  return (
    <Card
      title={
        <span>
          {t('matching.candidates')}
          <Typography.Text
            type="secondary"
            style={{ fontWeight: 'normal', fontSize: 12, marginInlineStart: 8 }}
          >
            {t('matching.candidatesHint')}
          </Typography.Text>
        </span>
      }
      data-testid="demand-candidates"
    >
      {open ? (
        <>
          <CandidateFilterBar value={filters} onChange={setFilters} />
          <CandidateList
            data={q.data}
            loading={q.isFetching}
            error={q.error}
            onRetry={() => void q.refetch()}
            onIntroduce={d.canIntroduce ? setIntroducing : undefined}
          />
        </>
      ) : (
        <Alert type="info" showIcon title={t('matching.demands.closedNoCandidates')} />
      )}
      {introducing && (
        <IntroduceModal
          target={{ demandId: d.id }}
          candidate={introducing.organisation}
          subject={d.title}
          onClose={() => setIntroducing(null)}
        />
      )}
    </Card>
  );
}
