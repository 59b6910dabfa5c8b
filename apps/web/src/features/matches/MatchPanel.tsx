import type { Match, MatchSummary } from '@huahe/contracts';
import { Alert, Collapse, Empty, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../app/i18n';
import { ExampleTag } from '../../components/ExampleTag';
import { formatDate } from '../../components/format';
import { PageState } from '../../components/PageState';
import { useMatch } from './api';
import { MatchStatusTag, nameIn } from './labels';
import { MatchActions } from './MatchActions';
import { MatchSteps } from './MatchProgress';

/** What a match is about: its demand, or the consortium it finds a partner for. */
export function MatchSubject(props: { match: MatchSummary; link?: boolean }) {
  const { t } = useTranslation();
  const m = props.match;
  const text = m.demand
    ? m.demand.title
    : t('matching.partnerFor', { consortium: m.consortium?.nameZh ?? '' });
  return props.link === false ? <span>{text}</span> : <Link to={`/matches/${m.id}`}>{text}</Link>;
}

/** The two sides of a match: demanding organisation (or lead unit) ↔ candidate. */
export function MatchParties(props: { match: MatchSummary }) {
  const { t } = useTranslation();
  const lang = useLang();
  const m = props.match;
  const side = (label: string, o: MatchSummary['candidate']) => (
    <span style={{ overflowWrap: 'anywhere' }}>
      <Typography.Text type="secondary">{t('matching.labelled', { label })}</Typography.Text>
      <Link to={`/organisations/${o.id}`}>{nameIn(o, lang)}</Link>
      {o.isExample && <ExampleTag />}
    </span>
  );
  return (
    <Space wrap size={[12, 0]} data-testid="match-parties">
      {side(t(m.kind === 'partner' ? 'matching.side.lead' : 'matching.side.demander'), m.demander)}
      <span aria-hidden>↔</span>
      {side(t('matching.side.candidate'), m.candidate)}
    </Space>
  );
}

/** How a finished match ended: the partnership (joined or contract) or the reason it was closed. */
export function MatchOutcome(props: { match: MatchSummary }) {
  const { t } = useTranslation();
  const m = props.match;
  if (m.status === 'partnered')
    return (
      <Alert
        type="success"
        showIcon
        data-testid="match-outcome"
        title={t(`matching.outcomes.${m.outcome ?? 'contract'}`)}
        description={m.outcomeNote ?? undefined}
      />
    );
  if (m.status === 'closed')
    return (
      <Alert
        type="info"
        showIcon
        data-testid="match-outcome"
        title={t('matching.status.closed')}
        description={m.outcomeNote ?? undefined}
      />
    );
  return null;
}

/** A match's progress, outcome and the steps the caller may take (the body of a list entry). */
export function MatchBody(props: { match: Match }) {
  const m = props.match;
  return (
    <Space
      orientation="vertical"
      size="middle"
      style={{ width: '100%' }}
      data-testid="match-body"
      data-match={m.id}
    >
      <MatchSteps match={m} />
      <MatchOutcome match={m} />
      <MatchActions match={m} />
    </Space>
  );
}

/** Loads a match and shows its body. */
function LoadedMatchBody(props: { id: string }) {
  const q = useMatch(props.id);
  if (q.isLoading || q.error || !q.data)
    return <PageState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()} />;
  return <MatchBody match={q.data} />;
}

const ACTIVE = new Set(['introduced', 'accepted', 'negotiating']);

/** Matches as an accordion: the open ones expanded with their steps and actions, the rest folded. */
export function MatchAccordion(props: {
  matches: MatchSummary[];
  showSubject?: boolean;
  emptyText?: string;
}) {
  const { t } = useTranslation();
  if (props.matches.length === 0)
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={props.emptyText ?? t('matching.noMatches')} />
    );
  return (
    <Collapse
      // New matches (an introduction just made) open like the others: the list remounts when it changes.
      key={props.matches.map((m) => `${m.id}:${m.status}`).join()}
      data-testid="match-list"
      defaultActiveKey={props.matches.filter((m) => ACTIVE.has(m.status)).map((m) => m.id)}
      destroyOnHidden
      items={props.matches.map((m) => ({
        key: m.id,
        label: (
          <div data-testid="match-item" data-match={m.id} data-candidate={m.candidate.nameZh}>
            <Space wrap size={[8, 4]}>
              <MatchStatusTag status={m.status} />
              {props.showSubject !== false && (
                <Typography.Text strong>
                  <MatchSubject match={m} />
                </Typography.Text>
              )}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('matching.updatedOn', { date: formatDate(m.updatedAt) })}
              </Typography.Text>
            </Space>
            <div style={{ marginTop: 4 }} onClick={(e) => e.stopPropagation()}>
              <MatchParties match={m} />
            </div>
          </div>
        ),
        children: <LoadedMatchBody id={m.id} />,
      }))}
    />
  );
}
