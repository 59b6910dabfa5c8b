import { CheckCircleFilled, CloseCircleFilled, RollbackOutlined } from '@ant-design/icons';
import type { DistributionRun } from '@huahe/contracts';
import { Alert, Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useLang } from '../../app/i18n';
import { PageState } from '../../components/PageState';
import { useNarrow } from '../../components/useNarrow';
import { useConsortium } from '../consortia/api';
import { DealKindTag } from '../deals/labels';
import { ConsortiumSection } from '../results/ConsortiumSection';
import { formatInstant } from '../../components/format';
import { memberOptions } from '../results/labels';
import { useRun } from './api';
import { AccountTag, RunStatusTag } from './labels';
import { ReverseModal } from './ReverseModal';
import { RunExplanation } from './RunExplanation';
import { FenMoney, Money } from './Money';
import { sumFen, toFen } from './money';

type Line = DistributionRun['lines'][number];

/** /consortia/:id/distributions/:runId */
export function RunPage() {
  const { id = '', runId = '' } = useParams();
  return (
    <ConsortiumSection consortiumId={id} active="distributions" key={runId}>
      <RunView consortiumId={id} id={runId} />
    </ConsortiumSection>
  );
}

function RunView(props: { consortiumId: string; id: string }) {
  const q = useRun(props.id);
  if (q.isLoading || q.error || !q.data)
    return <PageState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <RunHeader consortiumId={props.consortiumId} run={q.data} />
      <Ledger run={q.data} />
      <RunExplanation run={q.data} />
    </Space>
  );
}

function RunHeader(props: { consortiumId: string; run: DistributionRun }) {
  const { t } = useTranslation();
  const lang = useLang();
  const r = props.run;
  const consortium = useConsortium(props.consortiumId).data;
  const [reversing, setReversing] = useState(false);
  const base = `/consortia/${props.consortiumId}/distributions`;
  return (
    <Card
      title={
        <Space wrap>
          <span>{t('distributions.runOf', { date: formatInstant(r.createdAt) })}</span>
          <RunStatusTag status={r.status} />
        </Space>
      }
      extra={
        consortium?.canManage &&
        r.status === 'posted' && (
          <Button
            danger
            icon={<RollbackOutlined />}
            onClick={() => setReversing(true)}
            data-testid="run-reverse"
          >
            {t('distributions.reverse')}
          </Button>
        )
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
        items={[
          {
            key: 'deal',
            label: t('distributions.deal'),
            children: (
              <span>
                <DealKindTag kind={r.deal.kind} />
                <Link to={`/consortia/${props.consortiumId}/deals/${r.deal.id}`}>{r.deal.title}</Link>
              </span>
            ),
          },
          {
            key: 'method',
            label: t('distributions.method'),
            children: (
              <span data-testid="run-method">
                {r.methodLabel}{' '}
                {r.clause && (
                  <Tag color="blue">
                    {t('results.clauseOf', {
                      clause: lang === 'en' ? r.clause.en : r.clause.zh,
                      version: r.agreementVersionNumber ?? '-',
                    })}
                  </Tag>
                )}
              </span>
            ),
          },
          {
            key: 'net',
            label: t('deals.netIncome'),
            children: <Money value={r.netIncome} strong testId="run-net-income" />,
          },
          ...(r.reversedByRunId
            ? [
                {
                  key: 'reversedBy',
                  label: t('distributions.reversedBy'),
                  children: (
                    <Link to={`${base}/${r.reversedByRunId}`}>{t('distributions.viewReversal')}</Link>
                  ),
                },
              ]
            : []),
          ...(r.reversesRunId
            ? [
                {
                  key: 'reverses',
                  label: t('distributions.reverses'),
                  children: <Link to={`${base}/${r.reversesRunId}`}>{t('distributions.viewOriginal')}</Link>,
                },
              ]
            : []),
        ]}
      />
      {reversing && <ReverseModal run={r} onClose={() => setReversing(false)} />}
    </Card>
  );
}

/** The ledger: one debit of the distributable income, credits per member and inventor-reward lines, checked to the fen. */
function Ledger(props: { run: DistributionRun }) {
  const { t } = useTranslation();
  const lang = useLang();
  const narrow = useNarrow();
  const r = props.run;
  // The API names the organisations in Chinese; the consortium's member list has both languages.
  const names = new Map(
    memberOptions(useConsortium(r.consortiumId).data, lang).map((m) => [m.value, m.label]),
  );
  const debit = sumFen(r.lines.map((l) => l.debit));
  const credit = sumFen(r.lines.map((l) => l.credit));
  const net = toFen(r.netIncome);
  const side = r.status === 'reversal' ? credit : debit;
  const other = r.status === 'reversal' ? debit : credit;
  const balanced = debit !== undefined && debit === credit && side === net && other === net;
  const byAccount = (a: Line['account']) =>
    sumFen(r.lines.filter((l) => l.account === a).map((l) => (r.status === 'reversal' ? l.debit : l.credit)));
  return (
    <Card title={t('distributions.ledger')}>
      <Alert
        style={{ marginBottom: 12 }}
        type={balanced ? 'success' : 'error'}
        showIcon
        icon={balanced ? <CheckCircleFilled /> : <CloseCircleFilled />}
        data-testid="ledger-check"
        title={t(balanced ? 'distributions.balanced' : 'distributions.unbalanced')}
        description={
          <Space wrap size={[16, 4]}>
            <span>
              {t('distributions.totalDebit')} <FenMoney fen={debit} strong />
            </span>
            <span>
              {t('distributions.totalCredit')} <FenMoney fen={credit} strong />
            </span>
            <span>
              {t('distributions.memberShares')} <FenMoney fen={byAccount('member_share')} />
            </span>
            <span>
              {t('distributions.inventorRewards')} <FenMoney fen={byAccount('inventor_reward')} />
            </span>
          </Space>
        }
      />
      <Table<Line>
        rowKey="id"
        size="small"
        data-testid="ledger-table"
        dataSource={r.lines}
        pagination={false}
        scroll={{ x: 900 }}
        columns={[
          {
            title: t('distributions.account'),
            dataIndex: 'account',
            width: 150,
            render: (_, l) => <AccountTag account={l.account} />,
          },
          {
            title: t('distributions.party'),
            key: 'organisation',
            width: 220,
            fixed: narrow ? undefined : 'left',
            render: (_, l) =>
              l.organisation ? (
                <Link to={`/consortia/${r.consortiumId}/statements?organisationId=${l.organisation.id}`}>
                  {names.get(l.organisation.id) ?? l.organisation.name}
                </Link>
              ) : (
                t('distributions.incomeAccount')
              ),
          },
          {
            title: t('distributions.debit'),
            dataIndex: 'debit',
            width: 130,
            align: 'right',
            render: (v: string) =>
              toFen(v) === 0n ? (
                <Typography.Text type="secondary">-</Typography.Text>
              ) : (
                <Money value={v} testId="ledger-debit" />
              ),
          },
          {
            title: t('distributions.credit'),
            dataIndex: 'credit',
            width: 130,
            align: 'right',
            render: (v: string) =>
              toFen(v) === 0n ? (
                <Typography.Text type="secondary">-</Typography.Text>
              ) : (
                <Money value={v} testId="ledger-credit" />
              ),
          },
          {
            title: t('distributions.explanation'),
            dataIndex: 'explanation',
            render: (v: string) => (
              <Typography.Paragraph
                style={{ margin: 0, fontSize: 13 }}
                ellipsis={{
                  rows: 2,
                  expandable: 'collapsible',
                  symbol: (open) => t(open ? 'distributions.less' : 'distributions.more'),
                }}
              >
                {v}
              </Typography.Paragraph>
            ),
          },
        ]}
        summary={() => (
          <Table.Summary fixed>
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={2}>
                <Typography.Text strong>{t('deals.total')}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                <FenMoney fen={debit} strong testId="ledger-total-debit" />
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                <FenMoney fen={credit} strong testId="ledger-total-credit" />
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4}>
                {balanced ? (
                  <Typography.Text type="success">
                    <CheckCircleFilled /> {t('distributions.equalsNet')}
                  </Typography.Text>
                ) : (
                  <Typography.Text type="danger">
                    <CloseCircleFilled /> {t('distributions.unbalanced')}
                  </Typography.Text>
                )}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          </Table.Summary>
        )}
      />
    </Card>
  );
}
