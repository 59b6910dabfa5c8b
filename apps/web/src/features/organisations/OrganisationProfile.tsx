import type { Organisation } from '@huahe/contracts';
import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/i18n';
import { CreditCode } from '../../components/ExampleTag';
import { formatDate } from '../../components/format';
import { industryLabel, qualificationLabel, regionFullLabel } from '../../components/labels';

/** The registered facts and the capability profile of an organisation. */
export function OrganisationProfile(props: { organisation: Organisation }) {
  const { t } = useTranslation();
  const lang = useLang();
  const o = props.organisation;
  const profiles = lang === 'en' ? [o.profileEn, o.profileZh] : [o.profileZh, o.profileEn];
  return (
    <Card title={t('organisations.profile')} style={{ height: '100%' }}>
      <Descriptions
        column={{ xs: 1, sm: 1, md: 2 }}
        size="small"
        items={[
          {
            key: 'uscc',
            label: t('organisations.uscc'),
            children: <CreditCode code={o.uscc} isExample={o.usccIsExample} />,
          },
          {
            key: 'region',
            label: t('organisations.region'),
            children: regionFullLabel(o.regionCode, lang) || '-',
          },
          {
            key: 'industry',
            label: t('organisations.industry'),
            children: industryLabel(o.industryCode, lang) || '-',
          },
          {
            key: 'legal',
            label: t('organisations.legalRepresentative'),
            children: o.legalRepresentative ?? '-',
          },
          {
            key: 'website',
            label: t('organisations.website'),
            children: o.website ? (
              <Typography.Link href={o.website} target="_blank" rel="noreferrer">
                {o.website}
              </Typography.Link>
            ) : (
              '-'
            ),
          },
          { key: 'address', label: t('organisations.address'), children: o.address ?? '-' },
          {
            key: 'qualifications',
            label: t('organisations.qualifications'),
            span: 'filled',
            children:
              o.qualifications.length > 0 ? (
                <Space wrap size={[4, 4]}>
                  {o.qualifications.map((q) => (
                    <Tag key={q} color="geekblue">
                      {qualificationLabel(q, lang)}
                    </Tag>
                  ))}
                </Space>
              ) : (
                '-'
              ),
          },
          { key: 'updated', label: t('organisations.updatedAt'), children: formatDate(o.updatedAt) },
          { key: 'people', label: t('organisations.peopleCount'), children: o.peopleCount },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('organisations.capability')}
      </Typography.Title>
      {o.profileTags.length > 0 && (
        <Space wrap size={[4, 4]} style={{ marginBottom: 8 }}>
          {o.profileTags.map((tag) => (
            <Tag key={tag} color="cyan">
              {tag}
            </Tag>
          ))}
        </Space>
      )}
      {profiles[0] || profiles[1] ? (
        <>
          {profiles[0] && (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{profiles[0]}</Typography.Paragraph>
          )}
          {profiles[1] && (
            <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
              {profiles[1]}
            </Typography.Paragraph>
          )}
        </>
      ) : (
        <Typography.Paragraph type="secondary">{t('organisations.noProfile')}</Typography.Paragraph>
      )}
    </Card>
  );
}
