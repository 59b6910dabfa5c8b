import type { Consortium } from '@huahe/contracts';
import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';

/** Current, founding, ever and departed member counts. */
export function ConsortiumStats(props: { consortium: Consortium }) {
  const { t } = useTranslation();
  const c = props.consortium;
  const current = c.members.filter((m) => !m.leftOn).length;
  const founding = c.history[0]?.count ?? current;
  const left = c.members.filter((m) => m.leftOn).length;
  const items = [
    { key: 'current', title: t('consortia.stats.current'), value: current },
    { key: 'founding', title: t('consortia.stats.founding'), value: founding },
    {
      key: 'joined',
      title: t('consortia.stats.joinedSince'),
      value: Math.max(0, c.members.length - founding),
    },
    { key: 'left', title: t('consortia.stats.left'), value: left },
  ];
  return (
    <Row gutter={[16, 16]}>
      {items.map((s) => (
        <Col xs={12} md={6} key={s.key}>
          <Card size="small">
            <Statistic title={s.title} value={s.value} data-testid={`stat-${s.key}`} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
