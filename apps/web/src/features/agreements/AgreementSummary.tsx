import { CheckCircleOutlined, ExclamationCircleOutlined, LockOutlined } from '@ant-design/icons';
import { AGREEMENT_FORM_STEPS, type AgreementView, type FormStepId } from '@huahe/contracts';
import { Alert, App, Button, Card, Flex, Progress, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../app/i18n';
import { ConsortiumName } from '../../app/layout/RecordName';
import { useAgreementWrites } from './api';
import { pick, versionColors } from './labels';

const EDIT_STEPS = AGREEMENT_FORM_STEPS.filter((s) => s.id !== 'review');

/** The latest version, if any (highest number). */
export const latestVersion = (v: AgreementView) => [...v.versions].sort((a, b) => b.number - a.number)[0];

/**
 * Header of the agreement page: template, the latest version's state, and the completeness of the
 * draft by form step, each missing item linking to the step (and field) that fixes it.
 */
export function AgreementSummary(props: {
  view: AgreementView;
  onFix: (step: FormStepId, field: string) => void;
  onOpen: (tab: 'versions' | 'text') => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const v = props.view;
  const latest = latestVersion(v);
  const effective = v.versions.find((x) => x.status === 'effective');
  const { freeze } = useAgreementWrites(v.consortiumId, v.id);
  const missing = v.completeness;
  const stepsDone = EDIT_STEPS.filter((s) => !missing.some((m) => m.step === s.id)).length;
  const frozen = v.versions.some(
    (x) => (x.status === 'signing' || x.status === 'effective') && x.digest === v.draftDigest,
  );
  const doFreeze = async () => {
    try {
      const next = await freeze.mutateAsync();
      message.success(t('agreements.freeze.done', { number: latestVersion(next)?.number ?? '' }));
      props.onOpen('versions');
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <Card>
      <Flex justify="space-between" align="flex-start" wrap gap={8}>
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="agreement-title">
            {t('agreements.title')}
          </Typography.Title>
          <Link to={`/consortia/${v.consortiumId}`}>
            <ConsortiumName id={v.consortiumId} />
          </Link>
        </div>
        <Space wrap size={[4, 4]}>
          <Tag color="geekblue">{t(`agreements.template.${v.template}`)}</Tag>
          {latest ? (
            <Tag color={versionColors[latest.status]} data-testid="latest-version-status">
              {t('agreements.versions.label', { number: latest.number })} ·{' '}
              {t(`agreements.versions.status.${latest.status}`)}
            </Tag>
          ) : (
            <Tag data-testid="latest-version-status">{t('agreements.versions.noneYet')}</Tag>
          )}
          {latest?.status === 'signing' && (
            <Tag>
              {t('agreements.versions.signedCount', {
                signed: latest.parties.filter((p) => p.signed).length,
                total: latest.parties.length,
              })}
            </Tag>
          )}
          {effective && latest?.id !== effective.id && (
            <Tag color="success">{t('agreements.versions.effectiveIs', { number: effective.number })}</Tag>
          )}
        </Space>
      </Flex>

      <div style={{ marginTop: 16 }} data-testid="completeness">
        <Flex align="center" gap={12} wrap>
          <Typography.Text strong>{t('agreements.completeness.title')}</Typography.Text>
          <Progress
            steps={EDIT_STEPS.length}
            percent={Math.round((stepsDone / EDIT_STEPS.length) * 100)}
            size="small"
            status={missing.length ? 'active' : 'success'}
            format={() => `${stepsDone}/${EDIT_STEPS.length}`}
          />
          {missing.length === 0 ? (
            <Typography.Text type="success" data-testid="completeness-ok">
              <CheckCircleOutlined /> {t('agreements.completeness.complete')}
            </Typography.Text>
          ) : (
            <Typography.Text type="warning" data-testid="completeness-missing">
              <ExclamationCircleOutlined /> {t('agreements.completeness.missing', { count: missing.length })}
            </Typography.Text>
          )}
        </Flex>
        {missing.length > 0 && (
          <ul style={{ margin: '8px 0 0', paddingLeft: 20 }}>
            {EDIT_STEPS.filter((s) => missing.some((m) => m.step === s.id)).map((s) => (
              <li key={s.id} style={{ marginBottom: 4 }}>
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0, height: 'auto' }}
                  onClick={() => props.onFix(s.id, '')}
                >
                  {pick(s.title, lang)}
                </Button>
                {t('agreements.colon')}
                {missing
                  .filter((m) => m.step === s.id)
                  .map((m, i) => (
                    <span key={`${m.code}-${m.path}-${i}`}>
                      {i > 0 && t('agreements.sep')}
                      <Typography.Link onClick={() => props.onFix(s.id, m.path)} data-code={m.code}>
                        {lang === 'en' ? m.en : m.zh}
                      </Typography.Link>
                    </span>
                  ))}
              </li>
            ))}
          </ul>
        )}
        {missing.length === 0 && v.canEdit && !frozen && (
          <Alert
            style={{ marginTop: 12 }}
            type="info"
            showIcon
            title={t('agreements.freeze.ready')}
            description={t('agreements.freeze.explain')}
            action={
              <Button
                type="primary"
                icon={<LockOutlined />}
                loading={freeze.isPending}
                onClick={() => void doFreeze()}
                data-testid="freeze-version"
              >
                {t('agreements.freeze.button')}
              </Button>
            }
          />
        )}
      </div>
    </Card>
  );
}
