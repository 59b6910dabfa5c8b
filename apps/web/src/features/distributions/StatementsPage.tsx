import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import type { Statement } from '@huahe/contracts';
import { Alert, Card, Col, Empty, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ExportButton } from '../../components/ExportButton';
import { formatMoney } from '../../components/format';
import { PageState } from '../../components/PageState';
import { useNarrow } from '../../components/useNarrow';
import { useLang } from '../../app/i18n';
import { hasRole, useSession } from '../auth/session';
import { useConsortium } from '../consortia/api';
import { ConsortiumSection } from '../results/ConsortiumSection';
import { formatInstant } from '../../components/format';
import { memberOptions, ownOrganisations } from '../results/labels';
import { statementFiles, useStatement } from './api';
import { AccountTag } from './labels';
import { FenMoney, Money } from './Money';
import { sumFen, toFen } from './money';

type Line = Statement['lines'][number];

/** /consortia/:id/statements?organisationId= */
export function StatementsPage() {
  const { id = '' } = useParams();
  return (
    <ConsortiumSection consortiumId={id} active="statements" key={id}>
      <Statements consortiumId={id} />
    </ConsortiumSection>
  );
}

/** A member's statement: every ledger line with method, clause and explanation, the running balance, PDF and Excel. */
function Statements(props: { consortiumId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const narrow = useNarrow();
  const session = useSession().data;
  const consortium = useConsortium(props.consortiumId).data;
  const [params, setParams] = useSearchParams();
  const members = memberOptions(consortium, lang);
  const own = ownOrganisations(session, true);
  const seesAll = !!consortium?.canManage || hasRole(session, 'platform_admin', 'bureau_staff');
  const options = seesAll ? members : members.filter((m) => own.includes(m.value));
  const organisationId =
    params.get('organisationId') ?? (options.length === 1 ? options[0]?.value : undefined);
  const q = useStatement(props.consortiumId, organisationId ?? undefined);
  const files = organisationId ? statementFiles(props.consortiumId, organisationId) : undefined;
  return (
    <Card
      title={t('distributions.statements.title')}
      extra={
        files &&
        q.data && (
          <Space wrap>
            <ExportButton
              path={files.pdf}
              fileName="statement.pdf"
              label={t('distributions.statements.pdf')}
            />
            <ExportButton
              path={files.xlsx}
              fileName="statement.xlsx"
              label={t('distributions.statements.xlsx')}
            />
          </Space>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Typography.Text>{t('distributions.statements.member')}</Typography.Text>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: narrow ? 260 : 360 }}
          placeholder={t('distributions.statements.choose')}
          value={organisationId ?? undefined}
          options={options}
          data-testid="statement-member"
          onChange={(v: string) => setParams({ organisationId: v }, { replace: true })}
        />
      </Space>
      {!organisationId ? (
        <Empty description={t('distributions.statements.choose')} />
      ) : (
        <PageState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()}>
          {q.data && (
            <StatementView
              statement={q.data}
              name={members.find((m) => m.value === organisationId)?.label ?? q.data.organisation.name}
            />
          )}
        </PageState>
      )}
    </Card>
  );
}

function StatementView(props: { statement: Statement; name: string }) {
  const { t } = useTranslation();
  const narrow = useNarrow();
  const s = props.statement;
  const sum = sumFen(s.lines.map((l) => l.amount));
  const shares = sumFen(s.lines.filter((l) => l.account === 'member_share').map((l) => l.amount));
  const rewards = sumFen(s.lines.filter((l) => l.account === 'inventor_reward').map((l) => l.amount));
  const ok =
    sum !== undefined &&
    sum === toFen(s.totals.balance) &&
    shares === toFen(s.totals.memberShare) &&
    rewards === toFen(s.totals.inventorReward);
  const stat = (title: string, value: string, testId: string) => (
    <Col xs={24} sm={8}>
      <Card size="small">
        <Statistic
          title={title}
          value={formatMoney(value)}
          suffix={t('distributions.yuan')}
          data-testid={testId}
        />
      </Card>
    </Col>
  );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="statement">
      <Typography.Title level={5} style={{ margin: 0 }} data-testid="statement-organisation">
        {props.name}
      </Typography.Title>
      <Row gutter={[12, 12]}>
        {stat(t('distributions.memberShares'), s.totals.memberShare, 'statement-member-share')}
        {stat(t('distributions.inventorRewards'), s.totals.inventorReward, 'statement-inventor-reward')}
        {stat(t('distributions.statements.balance'), s.totals.balance, 'statement-balance')}
      </Row>
      {s.lines.length > 0 && (
        <Alert
          type={ok ? 'success' : 'error'}
          showIcon
          icon={ok ? <CheckCircleFilled /> : <CloseCircleFilled />}
          data-testid="statement-check"
          title={
            <span>
              {t(ok ? 'distributions.statements.adds' : 'distributions.statements.doesNotAdd')}{' '}
              <FenMoney fen={shares} /> + <FenMoney fen={rewards} /> = <FenMoney fen={sum} strong />
            </span>
          }
        />
      )}
      <Table<Line>
        rowKey="entryId"
        size="small"
        data-testid="statement-table"
        dataSource={s.lines}
        pagination={s.lines.length > 50 ? { pageSize: 50 } : false}
        scroll={{ x: 1080 }}
        locale={{ emptyText: t('distributions.statements.none') }}
        columns={[
          {
            title: t('distributions.postedAt'),
            dataIndex: 'at',
            width: 140,
            fixed: narrow ? undefined : 'left',
            render: (v: string) => formatInstant(v),
          },
          {
            title: t('distributions.deal'),
            key: 'deal',
            width: 200,
            ellipsis: true,
            render: (_, l) => (
              <div>
                <div style={{ overflow: 'hidden', textOverflow: 'ellipsis' }} title={l.deal}>
                  {l.deal}
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('distributions.receivedOnShort', { date: l.receivedOn })}
                </Typography.Text>
              </div>
            ),
          },
          {
            title: t('distributions.account'),
            dataIndex: 'account',
            width: 130,
            render: (_, l) => <AccountTag account={l.account} />,
          },
          {
            title: t('distributions.amount'),
            dataIndex: 'amount',
            width: 120,
            align: 'right',
            render: (v: string) => <Money value={v} testId="statement-amount" />,
          },
          {
            title: t('distributions.statements.balance'),
            dataIndex: 'balance',
            width: 120,
            align: 'right',
            render: (v: string) => <Money value={v} />,
          },
          {
            title: t('distributions.method'),
            key: 'method',
            width: 170,
            render: (_, l) => (
              <span>
                {l.method}
                {l.clause && (
                  <Typography.Text type="secondary">
                    {t('distributions.clauseParen', { clause: l.clause })}
                  </Typography.Text>
                )}
              </span>
            ),
          },
          {
            title: t('distributions.explanation'),
            dataIndex: 'explanation',
            width: 300,
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
        summary={() =>
          s.lines.length > 0 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={3}>
                <Typography.Text strong>{t('deals.total')}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                <FenMoney fen={sum} strong testId="statement-total" />
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                <Money value={s.totals.balance} strong />
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} colSpan={2} />
            </Table.Summary.Row>
          ) : null
        }
      />
    </Space>
  );
}
