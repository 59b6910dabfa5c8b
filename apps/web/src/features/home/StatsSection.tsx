import { useQuery } from '@tanstack/react-query';
import type { PlatformStats } from '@huahe/contracts';
import { Card, Col, Row, Statistic, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { get } from '../../api/client';
import { useLang } from '../../app/i18n';
import { provinceLabel } from '../../components/labels';
import { LazyChart } from '../../components/LazyChart';
import { PageState } from '../../components/PageState';
import { byKindOption, byProvinceOption, statusOption } from './statsCharts';

type Fact = PlatformStats['publicFacts'][number];

/** Platform-wide figures: counts, charts by kind, status and province, and the public facts. */
export function StatsSection() {
  const { t } = useTranslation();
  const lang = useLang();
  const q = useQuery({ queryKey: ['stats'], queryFn: () => get<PlatformStats>('/api/stats') });
  if (q.isLoading || q.error || !q.data)
    return <PageState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()} />;
  const s = q.data;
  const cards = [
    { key: 'consortia', value: s.consortia },
    { key: 'operating', value: s.operatingConsortia },
    { key: 'organisations', value: s.organisations },
    { key: 'memberships', value: s.memberships },
  ];
  const provinceName = (p: string) => provinceLabel(p.padEnd(6, '0'), lang) || p;
  return (
    <Row gutter={[16, 16]}>
      {cards.map((c) => (
        <Col xs={12} lg={6} key={c.key}>
          <Card size="small">
            <Statistic title={t(`home.stats.${c.key}`)} value={c.value} data-testid={`home-stat-${c.key}`} />
          </Card>
        </Col>
      ))}
      <Col xs={24} md={12} xl={6}>
        <Card size="small" title={t('home.stats.byStatus')} style={{ height: '100%' }}>
          <LazyChart
            height={260}
            testId="stats-status-chart"
            option={statusOption(s, {
              operating: t('consortia.status.operating'),
              other: t('home.stats.otherStatus'),
            })}
          />
        </Card>
      </Col>
      <Col xs={24} md={12} xl={8}>
        <Card size="small" title={t('home.stats.byKind')} style={{ height: '100%' }}>
          <LazyChart height={260} option={byKindOption(s, lang)} />
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card size="small" title={t('home.stats.byProvince')} style={{ height: '100%' }}>
          <LazyChart height={260} testId="stats-province-chart" option={byProvinceOption(s, provinceName)} />
        </Card>
      </Col>
      <Col span={24}>
        <Card title={t('home.facts.title')} size="small">
          <Table<Fact>
            size="small"
            rowKey={(f) => `${f.region}|${f.fact}`}
            dataSource={s.publicFacts}
            pagination={false}
            scroll={{ x: 760 }}
            data-testid="public-facts"
            columns={[
              { title: t('home.facts.region'), dataIndex: 'region', width: 110 },
              { title: t('home.facts.fact'), dataIndex: 'fact' },
              { title: t('home.facts.value'), dataIndex: 'value', width: 160 },
              { title: t('home.facts.source'), dataIndex: 'source', width: 260 },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
