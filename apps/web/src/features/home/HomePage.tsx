import { CheckCircleTwoTone, CloseCircleTwoTone, SafetyCertificateOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditVerification } from '@huahe/contracts';
import { get } from '../../api/client';
import { ConsortiumName } from '../../app/layout/RecordName';
import { PageState } from '../../components/PageState';
import { useSession } from '../auth/session';
import { StatsSection } from './StatsSection';

/** The landing page after login: who you are, what you can do, and whether the audit chain holds. */
export function HomePage() {
  const { t } = useTranslation();
  const session = useSession().data!;
  const audit = useQuery({
    queryKey: ['audit-verify'],
    queryFn: () => get<AuditVerification>('/api/audit/verify'),
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="welcome">
          {t('home.welcome', { name: session.user.displayName })}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('home.about')}
        </Typography.Paragraph>
      </Card>
      <StatsSection />
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <Card title={t('home.yourRoles')} style={{ height: '100%' }}>
            {session.user.roles.length === 0 ? (
              <Typography.Text type="secondary">{t('home.noRoles')}</Typography.Text>
            ) : (
              <Space orientation="vertical">
                {session.user.roles.map((r) => (
                  <Space key={r.id} wrap>
                    <Tag color="blue">{t(`roles.${r.role}`)}</Tag>
                    <Typography.Text>
                      {r.consortiumId ? <ConsortiumName id={r.consortiumId} /> : (r.organisationName ?? '')}
                    </Typography.Text>
                  </Space>
                ))}
              </Space>
            )}
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card
            title={
              <Space>
                <SafetyCertificateOutlined />
                {t('home.auditTitle')}
              </Space>
            }
            extra={
              <Button size="small" onClick={() => void audit.refetch()} loading={audit.isFetching}>
                {t('home.verify')}
              </Button>
            }
            style={{ height: '100%' }}
          >
            <PageState loading={audit.isLoading} error={audit.error}>
              {audit.data &&
                (audit.data.ok ? (
                  <Space data-testid="audit-ok">
                    <CheckCircleTwoTone twoToneColor="#52c41a" />
                    <Typography.Text>
                      {t('home.auditOk', {
                        count: audit.data.events,
                        head: (audit.data.headHash ?? '-').slice(0, 16) + '…',
                      })}
                    </Typography.Text>
                  </Space>
                ) : (
                  <Space>
                    <CloseCircleTwoTone twoToneColor="#ff4d4f" />
                    <Typography.Text type="danger">
                      {t('home.auditBroken', {
                        seq: audit.data.firstBroken?.seq,
                        reason: audit.data.firstBroken?.reason,
                      })}
                    </Typography.Text>
                  </Space>
                ))}
            </PageState>
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
