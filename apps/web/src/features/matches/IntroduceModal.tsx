import { introduceRequestSchema, type Match, type MatchOrganisation } from '@huahe/contracts';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useLang } from '../../app/i18n';
import { applyFieldErrors, zodRule } from '../../components/forms';
import { useIntroduce } from './api';
import { nameIn } from './labels';

const submitProps = { 'data-testid': 'introduce-submit' };

/**
 * The secretariat (or the bureau) introduces a candidate, saying why: both sides' admins are
 * notified and the ranking's reasons are kept with the match.
 */
export function IntroduceModal(props: {
  target: { demandId: string } | { consortiumId: string };
  candidate: MatchOrganisation;
  /** What the note starts with (e.g. the demand's title). */
  subject: string;
  onClose: () => void;
  onDone?: (m: Match) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const introduce = useIntroduce();
  const name = nameIn(props.candidate, lang);
  const submit = (v: { note: string }) =>
    introduce.mutate(
      { target: props.target, organisationId: props.candidate.id, note: v.note.trim() },
      {
        onSuccess: (m) => {
          message.success(t('matching.introduced', { name }));
          props.onDone?.(m);
          props.onClose();
        },
        onError: (err) => {
          // Only the note is a field here; anything else (a duplicate, a closed demand) is a message.
          if (err instanceof ApiError && err.details.some((d) => d.path === 'body.note'))
            applyFieldErrors(form, err, message);
          else message.error(err.message);
        },
      },
    );
  return (
    <Modal
      open
      title={t('matching.introduceTitle', { name })}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={t('matching.introduce')}
      okButtonProps={submitProps}
      confirmLoading={introduce.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('matching.introduceHint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ note: t('matching.introduceNote', { subject: props.subject, name }) }}
      >
        <Form.Item
          name="note"
          label={t('matching.note')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            zodRule(introduceRequestSchema.shape.note, lang),
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={2000}
            data-testid="introduce-note"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
