import { resultStatusSchema, type ResultDetail, type ResultStatus } from '@huahe/contracts';
import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/i18n';
import { useFormSave } from '../../components/forms';
import { useResultWrites } from './api';
import { statusLabel } from './labels';

interface Values {
  status: ResultStatus;
  on: Dayjs;
  note?: string;
}

/** Appends a dated status (filed, granted, commercialised…) to a result's history. */
export function StatusModal(props: { result: ResultDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [form] = Form.useForm<Values>();
  const save = useFormSave(form);
  const writes = useResultWrites(props.result.id);
  const submit = (v: Values) =>
    save(
      () =>
        writes.status.mutateAsync({
          status: v.status,
          on: v.on.format('YYYY-MM-DD'),
          note: v.note?.trim() || null,
        }),
      t('common.saved'),
      props.onClose,
    );
  return (
    <Modal
      open
      title={t('results.addStatus')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={writes.status.isPending}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ status: props.result.status, on: dayjs() }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="status" label={t('results.status')} rules={[{ required: true }]}>
          <Select
            options={resultStatusSchema.options.map((v) => ({ value: v, label: statusLabel(v, lang) }))}
          />
        </Form.Item>
        <Form.Item name="on" label={t('results.statusOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={t('results.note')} rules={[{ max: 1000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
