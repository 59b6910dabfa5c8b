import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { AgreementView } from '@huahe/contracts';
import { Alert, Button, Empty, Flex, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageState } from '../../../components/PageState';
import { useSession } from '../../auth/session';
import { useGovernanceEvents, useMotions, useVersionData } from '../api';
import { MotionCard } from './MotionCard';
import { ProposeMotionModal } from './ProposeMotionModal';

/** The motions put under the effective agreement, each with its decision; proposing, voting, vetoing. */
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
  const meetings = (events.data ?? []).filter((e) => e.event.kind === 'meeting_convened');
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
      {!effective && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('agreements.motions.needsEffective')}
        />
      )}
      {motions.isLoading || motions.error ? (
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
          onProposed={(id) =>
            setParams(
              (prev) => {
                const p = new URLSearchParams(prev);
                p.set('tab', 'motions');
                p.set('motion', id);
                return p;
              },
              { replace: true },
            )
          }
        />
      )}
    </div>
  );
}
