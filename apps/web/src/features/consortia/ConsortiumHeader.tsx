import { InfoCircleOutlined } from '@ant-design/icons';
import type { Consortium } from '@huahe/contracts';
import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../app/i18n';
import { formatDate } from '../../components/format';
import { regionFullLabel } from '../../components/labels';
import { StatusTag } from '../../components/StatusTag';

/** Name, status, lead unit, field, dates and goals of a consortium; the data note kept discreet. */
export function ConsortiumHeader(props: { consortium: Consortium; publicMode?: boolean; extra?: ReactNode }) {
  const { t } = useTranslation();
  const lang = useLang();
  const c = props.consortium;
  const [main, second] = lang === 'en' && c.nameEn ? [c.nameEn, c.nameZh] : [c.nameZh, c.nameEn];
  return (
    <Card>
      <Flex justify="space-between" align="flex-start" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="consortium-name">
          {main}
        </Typography.Title>
        {props.extra}
      </Flex>
      {second && <Typography.Text type="secondary">{second}</Typography.Text>}
      <div style={{ margin: '8px 0 12px' }}>
        <StatusTag status={c.status} />
        {c.isHistorical && <Tag>{t('consortia.historical')}</Tag>}
        <Tag>{t(`consortia.origin.${c.origin}`)}</Tag>
        {!c.isPublic && <Tag color="orange">{t('consortia.notPublic')}</Tag>}
      </div>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
        items={[
          {
            key: 'lead',
            label: t('consortia.lead'),
            children: props.publicMode ? (
              c.leadName
            ) : (
              <Link to={`/organisations/${c.leadOrganisationId}`}>{c.leadName}</Link>
            ),
          },
          { key: 'field', label: t('consortia.field'), children: c.field ?? '-' },
          { key: 'chain', label: t('consortia.industryChain'), children: c.industryChain ?? '-' },
          { key: 'founded', label: t('consortia.founded'), children: formatDate(c.foundedOn) },
          { key: 'approved', label: t('consortia.approvedBy'), children: c.approvedBy ?? '-' },
          {
            key: 'region',
            label: t('consortia.region'),
            children: regionFullLabel(c.regionCode, lang) || '-',
          },
          {
            key: 'goals',
            label: t('consortia.goals'),
            span: 'filled',
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{c.goalsSummary ?? '-'}</span>,
          },
        ]}
      />
      {c.dataNote && (
        <Typography.Paragraph
          type="secondary"
          style={{ margin: '8px 0 0', fontSize: 12 }}
          data-testid="data-note"
        >
          <InfoCircleOutlined /> {c.dataNote}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
