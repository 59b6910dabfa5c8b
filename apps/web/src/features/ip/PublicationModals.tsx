import type { Publication } from '@huahe/contracts';
import { DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/i18n';
import { formatInstant } from '../../components/format';
import { useFormSave } from '../../components/forms';
import { useSession } from '../auth/session';
import { useConsortium } from '../consortia/api';
import { useResults } from '../results/api';
import { memberOptions, ownOrganisations } from '../results/labels';
import { useIpWrites } from './api';

interface AnnounceValues {
  organisationId: string;
  title: string;
  venue?: string;
  abstract?: string;
  resultIds?: string[];
  plannedOn: Dayjs;
}

/** Announces a planned publication to the other members (the notice period applies). */
export function AnnounceModal(props: {
  consortiumId: string;
  options: { value: string; label: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AnnounceValues>();
  const save = useFormSave(form);
  const writes = useIpWrites(props.consortiumId);
  const results = useResults(props.consortiumId, {}, 1, 200);
  const submit = (v: AnnounceValues) =>
    save(
      () =>
        writes.announce.mutateAsync({
          organisationId: v.organisationId,
          title: v.title.trim(),
          venue: v.venue?.trim() || null,
          abstract: v.abstract?.trim() || null,
          resultIds: v.resultIds ?? [],
          plannedOn: v.plannedOn.format('YYYY-MM-DD'),
        }),
      t('ip.publications.announced'),
      props.onClose,
    );
  const required = { required: true, message: t('validation.required') };
  return (
    <Modal
      open
      width={680}
      title={t('ip.publications.announce')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={writes.announce.isPending}
    >
      <Form<AnnounceValues>
        form={form}
        layout="vertical"
        initialValues={{
          organisationId: props.options.length === 1 ? props.options[0]?.value : undefined,
          plannedOn: dayjs().add(60, 'day'),
        }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="organisationId" label={t('ip.publications.member')} rules={[required]}>
          <Select options={props.options} />
        </Form.Item>
        <Form.Item name="title" label={t('ip.publications.titleLabel')} rules={[required, { max: 500 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="venue" label={t('ip.publications.venue')} rules={[{ max: 300 }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="plannedOn"
          label={t('ip.publications.plannedOn')}
          tooltip={t('ip.publications.plannedHint')}
          rules={[required]}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="resultIds" label={t('ip.publications.results')}>
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={(results.data?.items ?? []).map((r) => ({ value: r.id, label: r.title }))}
          />
        </Form.Item>
        <Form.Item name="abstract" label={t('ip.publications.abstract')} rules={[{ max: 10000 }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface ObjectValues {
  organisationId: string;
  reason: string;
  requestedChange: string;
}

/** Objects to a planned publication within the window, with the precise modification requested. */
export function ObjectModal(props: { consortiumId: string; publication: Publication; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const session = useSession().data;
  const consortium = useConsortium(props.consortiumId).data;
  const [form] = Form.useForm<ObjectValues>();
  const save = useFormSave(form);
  const writes = useIpWrites(props.consortiumId);
  const own = ownOrganisations(session);
  const options = memberOptions(consortium, lang).filter(
    (m) => own.includes(m.value) && m.value !== props.publication.organisation.id,
  );
  const submit = (v: ObjectValues) =>
    save(
      () =>
        writes.object.mutateAsync({
          id: props.publication.id,
          organisationId: v.organisationId,
          reason: v.reason.trim(),
          requestedChange: v.requestedChange.trim(),
        }),
      t('common.saved'),
      props.onClose,
    );
  const required = { required: true, message: t('validation.required') };
  return (
    <Modal
      open
      width={640}
      title={t('ip.publications.object')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={writes.object.isPending}
    >
      <Typography.Paragraph type="secondary">
        {t('ip.publications.objectHint', { date: formatInstant(props.publication.objectionDeadline) })}
      </Typography.Paragraph>
      <Form<ObjectValues>
        form={form}
        layout="vertical"
        initialValues={{ organisationId: options.length === 1 ? options[0]?.value : undefined }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="organisationId" label={t('ip.publications.objector')} rules={[required]}>
          <Select options={options} />
        </Form.Item>
        <Form.Item name="reason" label={t('ip.publications.reason')} rules={[required, { max: 4000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item
          name="requestedChange"
          label={t('ip.publications.requestedChange')}
          tooltip={t('ip.publications.requestedChangeHint')}
          rules={[required, { max: 4000 }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
