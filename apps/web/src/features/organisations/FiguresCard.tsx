import { EditOutlined } from '@ant-design/icons';
import type { Organisation, OrganisationFigure } from '@huahe/contracts';
import { Button, Card, Col, Empty, Row, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatPercent } from '../../components/format';
import { LazyChart } from '../../components/LazyChart';
import { figuresOption } from './figuresChart';
import { FiguresEditor } from './FiguresEditor';

/** Yearly revenue, R&D spending and staff with the derived R&D intensity, as a table and a chart. */
export function FiguresCard(props: { organisation: Organisation }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const o = props.organisation;
  const figures = [...o.figures].sort((a, b) => b.year - a.year);
  return (
    <Card
      title={t('figures.title')}
      extra={
        o.canEdit && (
          <Button
            size="small"
            icon={<EditOutlined />}
            onClick={() => setEditing(true)}
            data-testid="figures-edit"
          >
            {t('figures.edit')}
          </Button>
        )
      }
    >
      {figures.length === 0 ? (
        <Empty description={t('figures.none')} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <Table<OrganisationFigure>
              size="small"
              rowKey="year"
              dataSource={figures}
              pagination={false}
              scroll={{ x: 570 }}
              columns={[
                { title: t('figures.year'), dataIndex: 'year', width: 60 },
                { title: t('figures.revenue'), dataIndex: 'revenue', align: 'right', render: formatMoney },
                {
                  title: t('figures.rdSpending'),
                  dataIndex: 'rdSpending',
                  align: 'right',
                  render: formatMoney,
                },
                {
                  title: t('figures.rdIntensity'),
                  dataIndex: 'rdIntensity',
                  align: 'right',
                  width: 90,
                  render: formatPercent,
                },
                {
                  title: t('figures.rdStaff'),
                  dataIndex: 'rdStaff',
                  align: 'right',
                  width: 80,
                  render: (v: number | null) => v ?? '-',
                },
                {
                  title: t('figures.staff'),
                  dataIndex: 'staff',
                  align: 'right',
                  width: 80,
                  render: (v: number | null) => v ?? '-',
                },
              ]}
            />
          </Col>
          <Col xs={24} xl={10}>
            <LazyChart
              height={260}
              testId="figures-chart"
              label={t('figures.chart')}
              option={figuresOption(o.figures, {
                revenue: t('figures.revenue'),
                rdSpending: t('figures.rdSpending'),
                rdIntensity: t('figures.rdIntensity'),
                wan: t('figures.wan'),
              })}
            />
          </Col>
        </Row>
      )}
      {editing && <FiguresEditor organisation={o} onClose={() => setEditing(false)} />}
    </Card>
  );
}
