import { SearchOutlined } from '@ant-design/icons';
import type { Consortium, MatchCandidate } from '@huahe/contracts';
import { Button, Card, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useLang } from '../../app/i18n';
import { PageState } from '../../components/PageState';
import { useSession } from '../auth/session';
import { useConsortium } from '../consortia/api';
import { useConsortiumMatches, usePartnerCandidates, type CandidateFilters } from './api';
import { CandidateFilterBar, CandidateList } from './CandidateList';
import { IntroduceModal } from './IntroduceModal';
import { nameIn, regionPrefix } from './labels';
import { MatchAccordion } from './MatchPanel';
import { introducesFor } from './rights';

/** What a consortium looks for, to start the search with: its goals, else its field and chain. */
export const partnerText = (c: Consortium): string =>
  (c.goalsSummary?.trim() || [c.field, c.industryChain].filter(Boolean).join('；')).slice(0, 2000);

/** /consortia/:id/partners: 寻找合作伙伴 — recommended partners with reasons, and introductions. */
export function PartnerFinderPage() {
  const { id = '' } = useParams();
  const q = useConsortium(id);
  if (q.isLoading || q.error || !q.data)
    return <PageState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()} />;
  return <PartnerFinder consortium={q.data} key={id} />;
}

function PartnerFinder(props: { consortium: Consortium }) {
  const { t } = useTranslation();
  const lang = useLang();
  const session = useSession().data;
  const c = props.consortium;
  const introduces = introducesFor(session, c.id);
  const [draft, setDraft] = useState(() => partnerText(c));
  const [text, setText] = useState(draft);
  const [filters, setFilters] = useState<CandidateFilters & { regionCode?: string }>({ top: 10 });
  const { regionCode, ...rest } = filters;
  const ranking = usePartnerCandidates(c.id, text.trim(), { ...rest, region: regionPrefix(regionCode) });
  const matches = useConsortiumMatches(c.id, introduces);
  const [introducing, setIntroducing] = useState<MatchCandidate | null>(null);
  const current = c.members.filter((m) => !m.leftOn).length;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="partner-title">
          {t('matching.partners.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 12px' }}>
          {t('matching.partners.intro', { name: nameIn(c, lang), count: current })}
          <Link to={`/consortia/${c.id}`} style={{ marginInlineStart: 8 }}>
            {t('matching.partners.back')}
          </Link>
        </Typography.Paragraph>
        <Typography.Text strong>{t('matching.partners.lookingFor')}</Typography.Text>
        <Input.TextArea
          style={{ marginTop: 6 }}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={2000}
          placeholder={t('matching.partners.placeholder')}
          data-testid="partner-text"
        />
        <Space wrap style={{ marginTop: 8 }}>
          <Button
            type="primary"
            icon={<SearchOutlined />}
            onClick={() => setText(draft)}
            loading={ranking.isFetching}
            data-testid="partner-search"
          >
            {t('matching.partners.search')}
          </Button>
          <Button
            onClick={() => {
              const d = partnerText(c);
              setDraft(d);
              setText(d);
            }}
          >
            {t('matching.partners.reset')}
          </Button>
        </Space>
      </Card>
      <Card title={t('matching.partners.candidates')} data-testid="partner-candidates">
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: -4 }}>
          {t('matching.partners.candidatesHint')}
        </Typography.Paragraph>
        <CandidateFilterBar value={filters} onChange={setFilters} />
        <CandidateList
          data={ranking.data}
          loading={ranking.isFetching}
          error={ranking.error}
          onRetry={() => void ranking.refetch()}
          onIntroduce={introduces ? setIntroducing : undefined}
        />
      </Card>
      {introduces && (
        <Card title={t('matching.partners.matches')} size="small" data-testid="consortium-matches">
          <PageState loading={matches.isLoading} error={matches.error} onRetry={() => void matches.refetch()}>
            <MatchAccordion matches={matches.data?.items ?? []} />
          </PageState>
        </Card>
      )}
      {introducing && (
        <IntroduceModal
          target={{ consortiumId: c.id }}
          candidate={introducing.organisation}
          subject={nameIn(c, lang)}
          onClose={() => setIntroducing(null)}
        />
      )}
    </Space>
  );
}
