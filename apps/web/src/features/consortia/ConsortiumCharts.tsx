import type { Consortium } from '@huahe/contracts';
import { Card, Col, Empty, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/i18n';
import { LazyChart } from '../../components/LazyChart';
import { historyOption, kindOption, provinceOption, tierOption } from './chartOptions';

/** Membership over time, and the current members by tier, kind and province. */
export function ConsortiumCharts(props: { consortium: Consortium }) {
  const { t } = useTranslation();
  const lang = useLang();
  const c = props.consortium;
  const current = c.members.filter((m) => !m.leftOn);
  const bars = (n: number) => Math.max(180, n * 26 + 40);
  const kinds = new Set(current.map((m) => m.organisation.kind)).size;
  const provinces = new Set(current.map((m) => m.organisation.regionCode?.slice(0, 2) ?? '')).size;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card title={t('consortia.charts.history')} size="small">
          {c.history.length === 0 ? (
            <Empty />
          ) : (
            <LazyChart
              testId="membership-chart"
              label={t('consortia.charts.history')}
              height={300}
              option={historyOption(c.history, {
                members: t('consortia.charts.members'),
                joined: t('consortia.charts.joined'),
                left: t('consortia.charts.left'),
              })}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} md={12} xl={12}>
        <Card title={t('consortia.charts.byTier')} size="small">
          {current.length === 0 ? (
            <Empty />
          ) : (
            <LazyChart
              testId="tier-chart"
              height={300}
              label={t('consortia.charts.byTier')}
              option={tierOption(current, (tier) => t(`consortia.tiers.${tier}`))}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} md={12}>
        <Card title={t('consortia.charts.byKind')} size="small">
          {current.length === 0 ? (
            <Empty />
          ) : (
            <LazyChart height={bars(kinds)} option={kindOption(current, lang)} />
          )}
        </Card>
      </Col>
      <Col xs={24} md={12}>
        <Card title={t('consortia.charts.byProvince')} size="small">
          {current.length === 0 ? (
            <Empty />
          ) : (
            <LazyChart
              testId="province-chart"
              height={bars(provinces)}
              option={provinceOption(current, lang, t('consortia.charts.unknownRegion'))}
            />
          )}
        </Card>
      </Col>
    </Row>
  );
}
