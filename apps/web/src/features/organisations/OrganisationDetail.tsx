import { EditOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/i18n';
import { ExampleTag } from '../../components/ExampleTag';
import { kindLabel } from '../../components/labels';
import { PageState } from '../../components/PageState';
import { FittingDemandsCard } from '../matches/FittingDemandsCard';
import { PeopleCard } from '../people/PeopleCard';
import { useOrganisation } from './api';
import { FiguresCard } from './FiguresCard';
import { MembershipsCard } from './MembershipsCard';
import { OrganisationFormModal } from './OrganisationFormModal';
import { OrganisationProfile } from './OrganisationProfile';

/** Everything about one organisation: profile, figures, people, memberships; editable when allowed. */
export function OrganisationDetail(props: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const q = useOrganisation(props.id);
  const [editing, setEditing] = useState(false);
  if (q.isLoading || q.error || !q.data)
    return <PageState loading={q.isLoading} error={q.error} onRetry={() => void q.refetch()} />;
  const o = q.data;
  const secondName = lang === 'en' ? o.nameZh : o.nameEn;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <div style={{ display: 'flex', justifyContent: 'space-between', gap: 12, flexWrap: 'wrap' }}>
          <div style={{ minWidth: 0 }}>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="organisation-name">
              {lang === 'en' && o.nameEn ? o.nameEn : o.nameZh}
              {o.isExample && <ExampleTag />}
            </Typography.Title>
            {secondName && <Typography.Text type="secondary">{secondName}</Typography.Text>}
            <div style={{ marginTop: 8 }}>
              <Tag color="blue">{kindLabel(o.kind, lang)}</Tag>
              {o.isSme && <Tag color="green">{t('organisations.smeYes')}</Tag>}
              {o.shortName && <Tag>{o.shortName}</Tag>}
            </div>
          </div>
          {o.canEdit && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="organisation-edit">
              {t('common.edit')}
            </Button>
          )}
        </div>
        {o.dataNote && (
          <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0', fontSize: 12 }}>
            <InfoCircleOutlined /> {o.dataNote}
          </Typography.Paragraph>
        )}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <OrganisationProfile organisation={o} />
        </Col>
        <Col xs={24} xl={10}>
          <MembershipsCard organisation={o} />
        </Col>
      </Row>
      <FittingDemandsCard organisationId={o.id} />
      <FiguresCard organisation={o} />
      <PeopleCard organisationId={o.id} canEdit={o.canEdit} />
      {editing && (
        <OrganisationFormModal
          organisation={o}
          onClose={() => setEditing(false)}
          onReload={() => void q.refetch()}
        />
      )}
    </Space>
  );
}
