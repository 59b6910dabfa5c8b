import {
  DECISION_TYPE_LABELS,
  type AgreementView,
  type DecisionType,
  type VotingPower,
} from '@huahe/contracts';
import { Alert, Card, Col, Empty, Flex, Row, Segmented, Select, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../app/i18n';
import { LazyChart } from '../../../components/LazyChart';
import { PageState } from '../../../components/PageState';
import { useNarrow } from '../../../components/useNarrow';
import { useSession } from '../../auth/session';
import { useVotingPower } from '../api';
import { pick } from '../labels';
import { powerOption } from './powerChart';

type Player = VotingPower['games'][number]['players'][number];

/**
 * 话语权: each party's Shapley–Shubik and Banzhaf index under the rule of a decision type, from the
 * draft (while drafting) or the effective version, so that a member sees its real say before signing.
 */
export function VotingPowerTab(props: { view: AgreementView }) {
  const { t } = useTranslation();
  const lang = useLang();
  const narrow = useNarrow();
  const session = useSession().data;
  const hasEffective = props.view.versions.some((x) => x.status === 'effective');
  const [source, setSource] = useState<'draft' | 'effective'>(hasEffective ? 'effective' : 'draft');
  const q = useVotingPower(props.view.id, source);
  const [type, setType] = useState<DecisionType>('amendment');
  const mine = useMemo(
    () => new Set((session?.user.roles ?? []).flatMap((r) => (r.organisationId ? [r.organisationId] : []))),
    [session],
  );
  const games = q.data?.games ?? [];
  const game = games.find((g) => g.decisionType === type) ?? games[0];
  const wide = (game?.players.length ?? 0) > 8;
  const own = game?.players.filter((p) => mine.has(p.partyId)) ?? [];

  return (
    <div data-testid="voting-power">
      <Typography.Paragraph type="secondary">{t('agreements.power.intro')}</Typography.Paragraph>
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        <Segmented<'draft' | 'effective'>
          value={source}
          onChange={setSource}
          options={[
            { value: 'draft', label: t('agreements.power.draft') },
            { value: 'effective', label: t('agreements.power.effective'), disabled: !hasEffective },
          ]}
        />
        <Select<DecisionType>
          value={game?.decisionType ?? type}
          onChange={setType}
          style={{ minWidth: 220 }}
          data-testid="power-decision-type"
          options={games.map((g) => ({
            value: g.decisionType,
            label: pick(DECISION_TYPE_LABELS[g.decisionType], lang),
          }))}
        />
      </Flex>
      {q.isLoading || q.error ? (
        <PageState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()} />
      ) : !game ? (
        <Empty description={t('agreements.power.none')} />
      ) : (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="power-rule"
            title={t('agreements.power.rule', {
              type: pick(DECISION_TYPE_LABELS[game.decisionType], lang),
              clause: pick(game.clauseRef, lang),
              quota: game.quota,
              total: game.players.reduce((s, p) => s + p.weight, 0),
            })}
            description={
              game.notes.length > 0 && (
                <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="power-notes">
                  {game.notes.map((n, i) => (
                    <li key={i}>{pick(n, lang)}</li>
                  ))}
                </ul>
              )
            }
          />
          {own.map((p) => (
            <Alert
              key={p.partyId}
              type="success"
              style={{ marginBottom: 16 }}
              data-testid="power-mine"
              title={t('agreements.power.mine', {
                name: p.name,
                ss: p.shapleyShubik.percent,
                ssExact: p.shapleyShubik.exact,
                bz: p.banzhaf.percent,
                bzExact: p.banzhaf.exact,
              })}
            />
          ))}
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={wide ? 24 : 12}>
              <Card size="small" title={t('agreements.power.chart')}>
                <LazyChart
                  testId="power-chart"
                  label={t('agreements.power.chart')}
                  height={Math.max(220, game.players.length * (narrow ? 40 : 34) + 60)}
                  option={powerOption(
                    game,
                    { ss: t('agreements.power.ss'), bz: t('agreements.power.bz') },
                    mine,
                  )}
                />
              </Card>
            </Col>
            <Col xs={24} xl={wide ? 24 : 12}>
              <Table<Player>
                size="small"
                rowKey="partyId"
                data-testid="power-table"
                dataSource={game.players}
                pagination={game.players.length > 30 ? { pageSize: 30 } : false}
                scroll={{ x: 420 }}
                rowClassName={(p) => (mine.has(p.partyId) ? 'ant-table-row-selected' : '')}
                columns={[
                  { title: t('agreements.power.party'), dataIndex: 'name', key: 'name', ellipsis: true },
                  {
                    title: t('agreements.power.weight'),
                    dataIndex: 'weight',
                    key: 'weight',
                    width: 64,
                    align: 'right',
                  },
                  {
                    title: t('agreements.power.veto'),
                    key: 'veto',
                    width: 72,
                    render: (_: unknown, p) => (p.veto ? <Tag color="volcano">{t('common.yes')}</Tag> : '-'),
                  },
                  {
                    title: t('agreements.power.ss'),
                    key: 'ss',
                    align: 'right',
                    render: (_: unknown, p) => <Index value={p.shapleyShubik} />,
                  },
                  {
                    title: t('agreements.power.bz'),
                    key: 'bz',
                    align: 'right',
                    render: (_: unknown, p) => <Index value={p.banzhaf} />,
                  },
                ]}
              />
              <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
                {t('agreements.power.explain')}
              </Typography.Paragraph>
            </Col>
          </Row>
        </>
      )}
    </div>
  );
}

/** A power index: the percentage, and the exact fraction after it. */
function Index(props: { value: { percent: string; exact: string } }) {
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {props.value.percent}%{' '}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        ({props.value.exact})
      </Typography.Text>
    </span>
  );
}
