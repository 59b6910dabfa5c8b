import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { AgreementView } from '@huahe/contracts';
import { Alert, Button, Empty, Flex, Segmented, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageState } from '../../../components/PageState';
import { useSession } from '../../auth/session';
import { useGovernanceEvents, useMotions, useVersionData } from '../api';
import { EventsLog } from './EventsLog';
import { meetingStates } from '@huahe/governance';
import { MeetingsPanel } from './MeetingsPanel';
import { MotionCard } from './MotionCard';
import { ProposeMotionModal } from './ProposeMotionModal';

const VIEWS = ['motions', 'meetings', 'events'] as const;
type View = (typeof VIEWS)[number];

/**
 * The motions put under the effective agreement, each with its decision (proposing, voting,
 * vetoing, applying); the meetings of its bodies; and the record of governance events.
 */
export function MotionsTab(props: { view: AgreementView }) {
  const { t } = useTranslation();
  const v = props.view;
  const [params, setParams] = useSearchParams();
  const session = useSession().data;
  const effective = v.versions.find((x) => x.status === 'effective');
  const motions = useMotions(v.id);
  const events = useGovernanceEvents(v.id);
  const base = useVersionData(v.id, effective?.id);
  const [proposing, setProposing] = useState(false);
  const focus = params.get('motion');
  const shown: View = VIEWS.find((x) => x === params.get('view')) ?? 'motions';
  const go = (changes: Record<string, string | null>) =>
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        p.set('tab', 'motions');
        for (const [k, val] of Object.entries(changes))
          if (val === null) p.delete(k);
          else p.set(k, val);
        return p;
      },
      { replace: true },
    );

  useEffect(() => {
    if (!focus || !motions.data) return;
    document.getElementById(`motion-${focus}`)?.scrollIntoView({ block: 'center' });
  }, [focus, motions.data]);

  const admins = new Set(
    (session?.user.roles ?? []).flatMap((r) =>
      r.role === 'member_admin' && r.organisationId ? [r.organisationId] : [],
    ),
  );
  const isParty = !!effective?.parties.some((p) => admins.has(p.partyId));
  const canPropose = !!effective && (v.canEdit || isParty);
  const started = new Set(
    (events.data ?? []).flatMap((e) =>
      e.event.kind === 'written_procedure_started' ? [e.event.motionId] : [],
    ),
  );
  const meetings = base.data
    ? meetingStates(
        base.data,
        (events.data ?? []).map((v) => v.event),
        Date.now(),
      )
    : [];
  const list = [...(motions.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  return (
    <div data-testid="motions">
      <Flex wrap gap={8} justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary" style={{ flex: '1 1 320px' }}>
          {t('agreements.motions.intro')}
        </Typography.Text>
        <Space>
          <Button
            icon={<ReloadOutlined />}
            aria-label={t('common.reload')}
            onClick={() => void Promise.all([motions.refetch(), events.refetch()])}
            loading={motions.isFetching}
          />
          {canPropose && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              loading={base.isLoading}
              disabled={!base.data}
              onClick={() => setProposing(true)}
              data-testid="propose-motion"
            >
              {t('agreements.motions.propose')}
            </Button>
          )}
        </Space>
      </Flex>
      {effective && (
        <Segmented<View>
          style={{ marginBottom: 16 }}
          value={shown}
          onChange={(x) => go({ view: x === 'motions' ? null : x })}
          data-testid="motions-view"
          options={VIEWS.map((x) => ({
            value: x,
            label:
              x === 'meetings'
                ? `${t('agreements.motions.views.meetings')} (${meetings.length})`
                : t(`agreements.motions.views.${x}`),
          }))}
        />
      )}
      {!effective && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('agreements.motions.needsEffective')}
        />
      )}
      {shown === 'meetings' && base.data ? (
        <MeetingsPanel
          view={v}
          base={base.data}
          meetings={meetings}
          motions={motions.data ?? []}
          onOpenMotion={(id) => go({ view: null, motion: id })}
        />
      ) : shown === 'events' && base.data ? (
        <EventsLog view={v} base={base.data} events={events.data ?? []} motions={motions.data ?? []} />
      ) : motions.isLoading || motions.error ? (
        <PageState loading={motions.isLoading} error={motions.error} onRetry={() => void motions.refetch()} />
      ) : list.length === 0 ? (
        <Empty description={t('agreements.motions.none')} />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {list.map((m) => (
            <MotionCard
              key={m.id}
              view={v}
              motion={m}
              writtenStarted={started.has(m.id)}
              highlighted={focus === m.id}
            />
          ))}
        </Space>
      )}
      {proposing && base.data && (
        <ProposeMotionModal
          view={v}
          base={base.data}
          meetings={meetings}
          onClose={() => setProposing(false)}
          onProposed={(id) => go({ view: null, motion: id })}
        />
      )}
    </div>
  );
}
