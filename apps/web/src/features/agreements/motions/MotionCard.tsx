import {
  CheckOutlined,
  CloseOutlined,
  MinusOutlined,
  PlayCircleOutlined,
  StopOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import { DECISION_TYPE_LABELS, type AgreementView, type MotionView } from '@huahe/contracts';
import { App, Button, Card, Descriptions, Flex, Input, Modal, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../components/format';
import { useLang } from '../../../app/i18n';
import { useGovernanceWrites } from '../api';
import { decisionColors, pick } from '../labels';
import { ClauseTag } from './ClauseTag';

const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z/g;

/** A reason's text with its instants in local time (the engine writes them as ISO 8601). */
const localTimes = (s: string) => s.replace(ISO, (iso) => formatInstant(iso));

/** One motion: its decision and the clauses behind it, the tally, votes and vetoes, and what the caller may do. */
export function MotionCard(props: {
  view: AgreementView;
  motion: MotionView;
  writtenStarted: boolean;
  highlighted: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const m = props.motion;
  const d = m.decision;
  const w = useGovernanceWrites(props.view.consortiumId, props.view.id);
  const [vetoing, setVetoing] = useState(false);
  const [grounds, setGrounds] = useState('');
  const tally = d.tally;
  // An admin of several parties acts for one at a time, chosen here.
  const [chosen, setChosen] = useState<string | null>(null);
  const acting = chosen ?? m.myParty;
  const myVote = m.votes.filter((x) => x.partyId === acting).at(-1);
  const myVeto = m.vetoes.some((x) => x.partyId === acting);
  const vetoable = props.view.draft.governance.vetoRights.some((r) =>
    r.decisionTypes.includes(d.decisionType),
  );
  const now = Date.now();
  // Ballots count while the vote is open: not before a written procedure starts, nor in the veto phase.
  const votingOpen =
    d.status === 'pending' &&
    !d.vetoWindowEndsAt &&
    (m.data.procedure.mode === 'meeting' || props.writtenStarted);
  const canApply =
    props.view.canEdit &&
    m.data.kind !== 'resolution' &&
    d.status === 'passed' &&
    !m.appliedVersionId &&
    !!d.effectiveAt &&
    Date.parse(d.effectiveAt) <= now;

  const partyName = (id: string) => {
    const p = props.view.draft.parties.find((x) => x.organisationId === id);
    const signed = props.view.versions.flatMap((v) => v.parties).find((x) => x.partyId === id);
    return p ? pick(p.legalName, lang) : (signed?.name ?? id);
  };
  const data = m.data;
  const membership =
    data.kind === 'accession'
      ? t('agreements.motions.joining', { name: pick(data.party.legalName, lang) })
      : data.kind === 'exit' || data.kind === 'expulsion'
        ? t('agreements.motions.leaving', {
            kind: t(`agreements.motions.kinds.${data.kind}`),
            name: partyName(data.partyId),
          }) +
          (data.kind === 'exit'
            ? t('agreements.motions.noticeGiven', { at: formatInstant(data.noticeGivenAt) })
            : '')
        : undefined;

  const run = async (p: Promise<unknown>, done: string) => {
    try {
      await p;
      message.success(done);
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };
  const vote = (choice: 'for' | 'against' | 'abstain') =>
    acting &&
    run(w.vote.mutateAsync({ motionId: m.id, choice, partyId: acting }), t('agreements.motions.voted'));

  return (
    <Card
      size="small"
      id={`motion-${m.id}`}
      data-testid="motion"
      data-status={d.status}
      style={
        props.highlighted
          ? { borderColor: '#1677ff', boxShadow: '0 0 0 2px rgba(22,119,255,0.15)' }
          : undefined
      }
      title={
        <Flex wrap gap={8} align="center" style={{ padding: '6px 0' }}>
          <Typography.Text strong style={{ whiteSpace: 'normal' }}>
            {pick(m.data.title, lang)}
          </Typography.Text>
          <Tag>{t(`agreements.motions.kinds.${m.data.kind}`)}</Tag>
          <Tag>{pick(DECISION_TYPE_LABELS[d.decisionType], lang)}</Tag>
          <Tag>
            {m.data.procedure.mode === 'written'
              ? t('agreements.motions.written')
              : t('agreements.motions.meeting')}
          </Tag>
        </Flex>
      }
      extra={
        <Tag color={decisionColors[d.status]} data-testid="motion-status">
          {t(`agreements.motions.status.${d.status}`)}
        </Tag>
      }
    >
      {membership && <Typography.Paragraph data-testid="motion-subject">{membership}</Typography.Paragraph>}
      {d.status === 'pending' && d.vetoWindowEndsAt && (
        <Typography.Paragraph type="warning" data-testid="veto-window">
          {t('agreements.motions.vetoWindow', { at: formatInstant(d.vetoWindowEndsAt) })}
        </Typography.Paragraph>
      )}
      {d.status === 'passed' && d.effectiveAt && (
        <Typography.Paragraph type="success">
          {t('agreements.motions.effectiveAt', { at: formatInstant(d.effectiveAt) })}
          {m.appliedVersionId && ` · ${t('agreements.motions.applied')}`}
        </Typography.Paragraph>
      )}
      <Typography.Text strong>{t('agreements.motions.reasons')}</Typography.Text>
      <ul style={{ paddingLeft: 18, margin: '4px 0 12px' }} data-testid="motion-reasons">
        {d.reasons.map((r, i) => (
          <li key={`${r.code}-${i}`} data-code={r.code} style={{ marginBottom: 4 }}>
            <ClauseTag
              agreementId={props.view.id}
              versionId={m.versionId}
              clauseKey={r.clauseKey}
              clauseRef={r.clauseRef}
            />
            {localTimes(lang === 'en' ? r.en : r.zh)}
          </li>
        ))}
      </ul>
      {tally && (
        <Descriptions
          size="small"
          column={{ xs: 2, md: 4 }}
          data-testid="motion-tally"
          items={[
            { key: 'for', label: t('agreements.motions.for'), children: tally.weights.for },
            { key: 'against', label: t('agreements.motions.against'), children: tally.weights.against },
            { key: 'abstain', label: t('agreements.motions.abstain'), children: tally.weights.abstain },
            {
              key: 'eligible',
              label: t('agreements.motions.eligible'),
              children: `${tally.present}/${tally.eligible}`,
            },
            {
              key: 'quorum',
              label: t('agreements.motions.quorum'),
              children: tally.quorumMet ? t('common.yes') : t('common.no'),
            },
            {
              key: 'majority',
              label: t('agreements.motions.majority'),
              children: tally.majorityMet ? t('common.yes') : t('common.no'),
            },
          ]}
        />
      )}
      {(m.votes.length > 0 || m.vetoes.length > 0) && (
        <Space wrap size={[4, 4]} style={{ marginBottom: 12 }} data-testid="motion-votes">
          {m.votes.map((x, i) => (
            <Tag
              key={`v-${i}`}
              color={x.choice === 'for' ? 'green' : x.choice === 'against' ? 'red' : 'default'}
            >
              {x.name}
              {t('agreements.colon')}
              {t(`agreements.motions.${x.choice}`)}
            </Tag>
          ))}
          {m.vetoes.map((x, i) => (
            <Tag key={`x-${i}`} color="volcano" icon={<StopOutlined />}>
              {t('agreements.motions.vetoBy', { name: x.name, at: formatInstant(x.at) })}
            </Tag>
          ))}
        </Space>
      )}
      <Flex wrap gap={8}>
        {m.myParties.length > 1 && (votingOpen || vetoable) && (
          <Select
            size="middle"
            style={{ minWidth: 200 }}
            value={acting}
            onChange={setChosen}
            aria-label={t('agreements.motions.actingFor')}
            data-testid="acting-party"
            options={m.myParties.map((id) => ({ value: id, label: partyName(id) }))}
          />
        )}
        {m.myParty && votingOpen && (
          <>
            {myVote && (
              <Typography.Text type="secondary" style={{ alignSelf: 'center' }} data-testid="my-vote">
                {t('agreements.motions.myVote', { choice: t(`agreements.motions.${myVote.choice}`) })}
              </Typography.Text>
            )}
            <Button
              icon={<CheckOutlined />}
              onClick={() => void vote('for')}
              loading={w.vote.isPending}
              data-testid="vote-for"
            >
              {t('agreements.motions.for')}
            </Button>
            <Button
              icon={<CloseOutlined />}
              onClick={() => void vote('against')}
              loading={w.vote.isPending}
              data-testid="vote-against"
            >
              {t('agreements.motions.against')}
            </Button>
            <Button
              icon={<MinusOutlined />}
              onClick={() => void vote('abstain')}
              loading={w.vote.isPending}
              data-testid="vote-abstain"
            >
              {t('agreements.motions.abstain')}
            </Button>
          </>
        )}
        {m.myParty &&
          vetoable &&
          !myVeto &&
          (d.status === 'pending' || d.status === 'passed') &&
          !m.appliedVersionId && (
            <Button danger icon={<StopOutlined />} onClick={() => setVetoing(true)} data-testid="veto">
              {t('agreements.motions.veto')}
            </Button>
          )}
        {props.view.canEdit && m.data.procedure.mode === 'written' && !props.writtenStarted && (
          <Button
            type="primary"
            icon={<PlayCircleOutlined />}
            loading={w.record.isPending}
            data-testid="start-written"
            onClick={() =>
              void run(
                w.record.mutateAsync({
                  kind: 'written_procedure_started',
                  motionId: m.id,
                  at: new Date().toISOString(),
                }),
                t('agreements.motions.started'),
              )
            }
          >
            {t('agreements.motions.startWritten')}
          </Button>
        )}
        {canApply && (
          <Button
            type="primary"
            icon={<SyncOutlined />}
            loading={w.apply.isPending}
            data-testid="apply-motion"
            onClick={() => void run(w.apply.mutateAsync(m.id), t('agreements.motions.appliedDone'))}
          >
            {t('agreements.motions.apply')}
          </Button>
        )}
      </Flex>
      <Modal
        open={vetoing}
        title={t('agreements.motions.vetoTitle')}
        okText={t('agreements.motions.veto')}
        okButtonProps={{ danger: true, loading: w.veto.isPending, ...vetoTestId }}
        onCancel={() => setVetoing(false)}
        onOk={() =>
          void run(
            w.veto.mutateAsync({ motionId: m.id, partyId: acting!, grounds: grounds.trim() || undefined }),
            t('agreements.motions.vetoed'),
          ).then(() => setVetoing(false))
        }
      >
        <Typography.Paragraph>{t('agreements.motions.vetoExplain')}</Typography.Paragraph>
        <Input.TextArea
          rows={3}
          value={grounds}
          onChange={(e) => setGrounds(e.target.value)}
          placeholder={t('agreements.motions.vetoGrounds')}
          data-testid="veto-grounds"
        />
      </Modal>
    </Card>
  );
}

const vetoTestId = { 'data-testid': 'veto-submit' };
