import { FileAddOutlined } from '@ant-design/icons';
import type { Consortium, TemplateKind } from '@huahe/contracts';
import { App, Button, Card, Col, Empty, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAgreementWrites } from './api';

const TEMPLATES: TemplateKind[] = ['xiamen', 'desca'];

/** No agreement yet: the secretariat starts one from a template; everyone else sees that there is none. */
export function AgreementStart(props: { consortium: Consortium | undefined }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const c = props.consortium;
  const { create } = useAgreementWrites(c?.id ?? '', undefined);
  if (!c) return <Empty description={t('agreements.start.none')} />;
  const start = async (template: TemplateKind) => {
    try {
      await create.mutateAsync(template);
      message.success(t('agreements.start.created'));
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <Card data-testid="agreement-start">
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('agreements.start.title', { name: c.nameZh })}
      </Typography.Title>
      {!c.canManage ? (
        <Empty description={t('agreements.start.none')}>
          <Link to={`/consortia/${c.id}`}>{t('common.back')}</Link>
        </Empty>
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('agreements.start.intro')}</Typography.Paragraph>
          <Row gutter={[16, 16]}>
            {TEMPLATES.map((k) => (
              <Col xs={24} md={12} key={k}>
                <Card
                  type="inner"
                  title={t(`agreements.template.${k}`)}
                  style={{ height: '100%' }}
                  actions={[
                    <Button
                      key="start"
                      type="primary"
                      icon={<FileAddOutlined />}
                      loading={create.isPending && create.variables === k}
                      disabled={create.isPending}
                      onClick={() => void start(k)}
                      data-testid={`start-${k}`}
                    >
                      {t('agreements.start.use')}
                    </Button>,
                  ]}
                >
                  <Typography.Paragraph style={{ whiteSpace: 'pre-line', marginBottom: 0 }}>
                    {t(`agreements.start.${k}`)}
                  </Typography.Paragraph>
                </Card>
              </Col>
            ))}
          </Row>
        </>
      )}
    </Card>
  );
}
