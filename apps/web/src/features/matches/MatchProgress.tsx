import type { Match, MatchStep } from '@huahe/contracts';
import { Steps, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatInstant } from '../../components/format';
import { useNarrow } from '../../components/useNarrow';
import { sideKey } from './labels';

/** The workflow's stages as the timeline shows them. */
const STAGES = ['recommended', 'introduced', 'accepted', 'negotiating', 'partnered'] as const;

const stageOf = (step: MatchStep, m: Match): number => {
  switch (step) {
    case 'recommended':
      return 0;
    case 'introduced':
      return 1;
    case 'accepted_by_demander':
    case 'accepted_by_candidate':
      return m.acceptedByDemander && m.acceptedByCandidate ? 2 : 1;
    case 'negotiating':
      return 3;
    case 'partnered':
      return 4;
    default:
      return -1;
  }
};

/** When each stage was reached (the last event of it). */
function reachedAt(m: Match): (string | undefined)[] {
  const at: (string | undefined)[] = STAGES.map(() => undefined);
  for (const e of m.events) {
    const s = stageOf(e.step, m);
    if (s >= 0) at[s] = e.at;
  }
  // "Accepted" is reached with the second acceptance.
  if (m.acceptedByDemander && m.acceptedByCandidate)
    at[2] = m.acceptedByDemander > m.acceptedByCandidate ? m.acceptedByDemander : m.acceptedByCandidate;
  return at;
}

/**
 * The match's progress as steps: recommended → introduced → accepted → negotiating → partnered;
 * a closed match shows where it stopped, and the two sides' answers show under "accepted".
 */
export function MatchSteps(props: { match: Match }) {
  const { t } = useTranslation();
  const narrow = useNarrow();
  const m = props.match;
  const at = reachedAt(m);
  const reached = Math.max(0, ...at.map((a, i) => (a ? i : 0)));
  const closed = m.status === 'closed';
  const current = closed ? Math.min(reached + 1, STAGES.length - 1) : reached;
  const declined = [...m.events].reverse().find((e) => e.step.startsWith('declined_by_'));
  const answers: ReactNode = (
    <span>
      {(['demander', 'candidate'] as const).map((side) => {
        const when = side === 'demander' ? m.acceptedByDemander : m.acceptedByCandidate;
        return (
          <span key={side} style={{ display: 'block' }} data-testid={`answer-${side}`}>
            {t('matching.labelled', { label: t(sideKey(m.kind, side)) })}
            {when ? t('matching.acceptedOn', { date: formatDate(when) }) : t('matching.waiting')}
          </span>
        );
      })}
    </span>
  );
  return (
    <Steps
      size="small"
      orientation={narrow ? 'vertical' : 'horizontal'}
      current={current}
      status={closed ? 'error' : m.status === 'partnered' ? 'finish' : 'process'}
      data-testid="match-steps"
      items={STAGES.map((s, i) => {
        const isStop = closed && i === current;
        return {
          key: s,
          title: isStop
            ? t(declined ? `matching.steps.${declined.step}` : 'matching.status.closed')
            : t(`matching.status.${s}`),
          content:
            s === 'accepted' && !isStop && (m.status === 'introduced' || at[2])
              ? answers
              : at[i]
                ? formatDate(at[i])
                : isStop
                  ? formatDate(m.updatedAt)
                  : undefined,
        };
      })}
    />
  );
}

/** Every recorded step with who took it, when, and the note. */
export function MatchHistory(props: { match: Match }) {
  const { t } = useTranslation();
  const events = props.match.events;
  return (
    <Timeline
      data-testid="match-history"
      items={events.map((e, i) => ({
        key: `${e.step}-${i}`,
        color:
          e.step.startsWith('declined') || e.step === 'closed'
            ? 'red'
            : e.step === 'partnered'
              ? 'green'
              : 'blue',
        content: (
          <div>
            <Typography.Text strong>{t(`matching.steps.${e.step}`)}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
              {formatInstant(e.at)}
              {e.by ? ` · ${e.by}` : ''}
            </Typography.Text>
            {e.note && (
              <Typography.Paragraph style={{ margin: '2px 0 0', whiteSpace: 'pre-wrap' }}>
                {e.note}
              </Typography.Paragraph>
            )}
          </div>
        ),
      }))}
    />
  );
}
