import { CheckCircleTwoTone, CloseCircleTwoTone, FileTextOutlined, LockOutlined } from '@ant-design/icons';
import { AGREEMENT_FORM_STEPS, type AgreementView, type FormStepId } from '@huahe/contracts';
import { App, Button, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useLang } from '../../../app/i18n';
import { latestVersion } from '../AgreementSummary';
import { useAgreementWrites } from '../api';
import { pick } from '../labels';

/** Step 11: the checklist of the saved draft by step, a link to its text, and freezing it for signature. */
export function ReviewStep(props: { view: AgreementView; onStep: (id: FormStepId) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const [, setParams] = useSearchParams();
  const v = props.view;
  const { freeze } = useAgreementWrites(v.consortiumId, v.id);
  const steps = AGREEMENT_FORM_STEPS.filter((s) => s.id !== 'review');
  const frozen = v.versions.some(
    (x) => (x.status === 'signing' || x.status === 'effective') && x.digest === v.draftDigest,
  );
  const doFreeze = async () => {
    try {
      const next = await freeze.mutateAsync();
      message.success(t('agreements.freeze.done', { number: latestVersion(next)?.number ?? '' }));
      setParams({ tab: 'versions' });
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('agreements.form.reviewSaved')}</Typography.Text>
      <List
        size="small"
        bordered
        dataSource={steps}
        renderItem={(s) => {
          const missing = v.completeness.filter((m) => m.step === s.id);
          return (
            <List.Item
              actions={
                missing.length
                  ? [
                      <Button key="fix" size="small" type="link" onClick={() => props.onStep(s.id)}>
                        {t('agreements.form.fix')}
                      </Button>,
                    ]
                  : []
              }
            >
              <Space align="start">
                {missing.length ? (
                  <CloseCircleTwoTone twoToneColor="#ff4d4f" />
                ) : (
                  <CheckCircleTwoTone twoToneColor="#52c41a" />
                )}
                <div>
                  <Typography.Text strong>{pick(s.title, lang)}</Typography.Text>
                  {missing.map((m, i) => (
                    <div key={`${m.code}-${i}`}>
                      <Typography.Text type="secondary">{lang === 'en' ? m.en : m.zh}</Typography.Text>
                    </div>
                  ))}
                </div>
              </Space>
            </List.Item>
          );
        }}
      />
      <Typography.Text>
        {t('agreements.form.draftDigest')}{' '}
        <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
          {v.draftDigest}
        </Typography.Text>
      </Typography.Text>
      <Space wrap>
        <Button icon={<FileTextOutlined />} onClick={() => setParams({ tab: 'text' })}>
          {t('agreements.form.previewText')}
        </Button>
        {v.canEdit && (
          <Button
            type="primary"
            icon={<LockOutlined />}
            disabled={v.completeness.length > 0 || frozen}
            loading={freeze.isPending}
            onClick={() => void doFreeze()}
            data-testid="review-freeze"
          >
            {frozen ? t('agreements.freeze.already') : t('agreements.freeze.button')}
          </Button>
        )}
      </Space>
    </Space>
  );
}
