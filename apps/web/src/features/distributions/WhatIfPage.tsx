import { dealKindSchema, type Deal, type DealKind } from '@huahe/contracts';
import { useQueries } from '@tanstack/react-query';
import { Button, Card, Col, Collapse, Form, Input, Row, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { get } from '../../api/client';
import { formatMoney } from '../../components/format';
import { PageState } from '../../components/PageState';
import { useNarrow } from '../../components/useNarrow';
import { useDeals } from '../deals/api';
import { ConsortiumSection } from '../results/ConsortiumSection';
import { factorsOf, useEffectiveAgreement, useWhatIf, type WhatIfRequest } from './api';
import { FactorScores, scoresOf, type ScoreGrid } from './FactorScores';
import { cleanAmount } from './money';
import { Comparison } from './WhatIfComparison';

/** /consortia/:id/what-if */
export function WhatIfPage() {
  const { id = '' } = useParams();
  return (
    <ConsortiumSection consortiumId={id} active="what-if" key={id}>
      <WhatIfView consortiumId={id} />
    </ConsortiumSection>
  );
}

/** The revenue events of the consortium's deals, newest first, to take an amount from. */
function useRevenueEvents(consortiumId: string) {
  const deals = useDeals(consortiumId);
  const details = useQueries({
    queries: (deals.data ?? []).map((d) => ({
      queryKey: ['deal', d.id],
      queryFn: () => get<Deal>(`/api/deals/${d.id}`),
    })),
  });
  const events = details
    .flatMap((q) => (q.data ? q.data.revenueEvents.map((e) => ({ ...e, deal: q.data })) : []))
    .sort((a, b) => b.receivedOn.localeCompare(a.receivedOn) || b.recordedAt.localeCompare(a.recordedAt));
  return { events, loading: deals.isLoading || details.some((q) => q.isLoading) };
}

/**
 * The same net income under every method side by side — chart and table with each member's amount,
 * explanation and warnings — before the consortium votes to change its method.
 */
function WhatIfView(props: { consortiumId: string }) {
  const { t } = useTranslation();
  const narrow = useNarrow();
  const { events, loading } = useRevenueEvents(props.consortiumId);
  const agreement = useEffectiveAgreement(props.consortiumId);
  const factors = factorsOf(agreement.data?.agreement);
  const [eventId, setEventId] = useState<string | undefined>();
  const [amount, setAmount] = useState('');
  const [dealKind, setDealKind] = useState<DealKind | undefined>();
  const [grid, setGrid] = useState<ScoreGrid>({});
  const [request, setRequest] = useState<WhatIfRequest | undefined>();
  const [scoresOpen, setScoresOpen] = useState(false);

  // Start from the newest revenue event's net income (or a round sum when there is none).
  useEffect(() => {
    if (loading || request) return;
    const e = events[0];
    const start = { amount: e?.netIncome ?? '1000000.00', dealKind: e?.deal.kind };
    setEventId(e?.id);
    setAmount(start.amount);
    setDealKind(start.dealKind);
    setRequest(start.dealKind ? start : { amount: start.amount });
  }, [loading, events, request]);

  const q = useWhatIf(props.consortiumId, request);
  const valid = cleanAmount(amount);
  const compare = () => {
    if (!valid) return;
    const scores = scoresOf(grid);
    setRequest({
      amount: valid,
      ...(dealKind ? { dealKind } : {}),
      ...(scores.length ? { factorScores: scores } : {}),
    });
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t('whatIf.title')}>
        <Typography.Paragraph type="secondary">{t('whatIf.intro')}</Typography.Paragraph>
        <Form layout="vertical" onFinish={compare}>
          <Row gutter={16}>
            <Col xs={24} md={10}>
              <Form.Item label={t('whatIf.fromEvent')}>
                <Select
                  allowClear
                  loading={loading}
                  value={eventId}
                  placeholder={t('whatIf.fromEventPlaceholder')}
                  data-testid="whatif-event"
                  onChange={(v: string | undefined) => {
                    setEventId(v);
                    const e = events.find((x) => x.id === v);
                    if (e) {
                      setAmount(e.netIncome);
                      setDealKind(e.deal.kind);
                    }
                  }}
                  options={events.map((e) => ({
                    value: e.id,
                    label: `${e.receivedOn} · ${e.deal.title} · ${t('deals.netIncome')} ${formatMoney(e.netIncome)}`,
                  }))}
                  popupMatchSelectWidth={false}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={6}>
              <Form.Item
                label={t('whatIf.amount')}
                validateStatus={amount && !valid ? 'error' : undefined}
                help={amount && !valid ? t('deals.amountRule') : undefined}
              >
                <Input
                  value={amount}
                  inputMode="decimal"
                  data-testid="whatif-amount"
                  onChange={(e) => {
                    setAmount(e.target.value);
                    setEventId(undefined);
                  }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={5}>
              <Form.Item label={t('whatIf.dealKind')} tooltip={t('whatIf.dealKindHint')}>
                <Select
                  allowClear
                  value={dealKind}
                  onChange={(v: DealKind | undefined) => setDealKind(v)}
                  options={dealKindSchema.options.map((k) => ({ value: k, label: t(`deals.kinds.${k}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={3}>
              <Form.Item label={narrow ? undefined : ' '}>
                <Button
                  type="primary"
                  htmlType="submit"
                  disabled={!valid}
                  block
                  data-testid="whatif-compare"
                  loading={q.isFetching}
                >
                  {t('whatIf.compare')}
                </Button>
              </Form.Item>
            </Col>
          </Row>
        </Form>
        {factors.length > 0 && q.data && (
          <Collapse
            size="small"
            activeKey={scoresOpen ? ['scores'] : []}
            onChange={(keys) => setScoresOpen(keys.includes('scores'))}
            items={[
              {
                key: 'scores',
                label: t('whatIf.scores', { count: scoresOf(grid).length }),
                children: (
                  <>
                    <Typography.Paragraph type="secondary">{t('whatIf.scoresHint')}</Typography.Paragraph>
                    <FactorScores
                      factors={factors}
                      parties={q.data.parties}
                      value={grid}
                      onChange={setGrid}
                      height={260}
                    />
                    <Button style={{ marginTop: 8 }} onClick={compare} disabled={!valid}>
                      {t('whatIf.compare')}
                    </Button>
                  </>
                ),
              },
            ]}
          />
        )}
      </Card>
      <PageState
        loading={!q.data && (q.isLoading || loading)}
        error={q.error}
        onRetry={() => void q.refetch()}
      >
        {q.data && (
          <Comparison
            whatIf={q.data}
            onEnterScores={factors.length > 0 ? () => setScoresOpen(true) : undefined}
          />
        )}
      </PageState>
    </Space>
  );
}
