import {
  amountSchema,
  demandFieldsSchema,
  listingVisibilitySchema,
  type Demand,
  type DemandFields,
  type ListingVisibility,
} from '@huahe/contracts';
import { App, Col, DatePicker, Form, Input, Modal, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/i18n';
import { applyFieldErrors, zodRule } from '../../components/forms';
import { LazyRegionCascader } from '../../components/LazyRegionCascader';
import { ConsortiumSelect } from '../../components/RecordSelect';
import { useSession } from '../auth/session';
import { useDemandWrites } from './api';
import { ListingOwnerItem, ListingTagsItem, TRL_OPTIONS } from './ListingFields';
import { ownOrganisations } from './rights';

interface Values {
  organisationId?: string;
  title: string;
  description: string;
  tags: string[];
  trlNeeded?: number | null;
  budgetMin?: string;
  budgetMax?: string;
  regionPreference?: string | null;
  deadline?: Dayjs | null;
  visibility: ListingVisibility;
  consortiumId?: string | null;
}

const saveProps = { 'data-testid': 'demand-save' };

/** Posts a new technology demand, or edits one; the server's field errors show under the fields. */
export function DemandFormModal(props: {
  demand?: Demand;
  onClose: () => void;
  onSaved: (d: Demand) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const session = useSession().data;
  const [form] = Form.useForm<Values>();
  const { create, update } = useDemandWrites();
  const d = props.demand;
  const own = ownOrganisations(session);
  // The organisation is asked for only when the caller could post for more than one.
  const askOrganisation = !d && own.length !== 1;
  const visibility = Form.useWatch('visibility', form);
  const shape = demandFieldsSchema.shape;
  const money = zodRule(amountSchema, lang, (v) => String(v).trim());

  const submit = (v: Values) => {
    const blank = (s: string | undefined | null) => (s?.trim() ? s.trim() : null);
    const body: DemandFields = {
      ...(askOrganisation && v.organisationId ? { organisationId: v.organisationId } : {}),
      title: v.title.trim(),
      description: v.description.trim(),
      tags: (v.tags ?? []).map((x) => x.trim()).filter(Boolean),
      trlNeeded: v.trlNeeded ?? null,
      budgetMin: blank(v.budgetMin),
      budgetMax: blank(v.budgetMax),
      regionPreference: v.regionPreference ?? null,
      deadline: v.deadline ? v.deadline.format('YYYY-MM-DD') : null,
      visibility: v.visibility,
      consortiumId: v.consortiumId ?? null,
    };
    const onSuccess = (saved: Demand) => {
      message.success(t('common.saved'));
      props.onSaved(saved);
      props.onClose();
    };
    const onError = (err: Error) => applyFieldErrors(form, err, message);
    if (d) {
      const { organisationId: _, ...patch } = body;
      update.mutate({ id: d.id, body: patch }, { onSuccess, onError });
    } else create.mutate(body, { onSuccess, onError });
  };

  const required = { required: true, whitespace: true, message: t('validation.required') };
  return (
    <Modal
      open
      width={760}
      title={d ? t('matching.demands.editTitle') : t('matching.demands.create')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okButtonProps={saveProps}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          d
            ? {
                title: d.title,
                description: d.description,
                tags: d.tags,
                trlNeeded: d.trlNeeded,
                budgetMin: d.budgetMin ?? undefined,
                budgetMax: d.budgetMax ?? undefined,
                regionPreference: d.regionPreference,
                deadline: d.deadline ? dayjs(d.deadline) : null,
                visibility: d.visibility,
                consortiumId: d.consortium?.id ?? null,
              }
            : { visibility: 'public', tags: [] }
        }
      >
        {askOrganisation && (
          <ListingOwnerItem
            label={t('matching.demands.organisation')}
            own={own}
            testId="demand-organisation"
          />
        )}
        <Form.Item
          name="title"
          label={t('matching.demands.titleLabel')}
          rules={[required, zodRule(shape.title, lang)]}
        >
          <Input maxLength={200} data-testid="demand-title-input" />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('matching.demands.description')}
          extra={t('matching.demands.descriptionHint')}
          rules={[required, zodRule(shape.description, lang)]}
        >
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 10 }}
            maxLength={5000}
            data-testid="demand-description"
          />
        </Form.Item>
        <ListingTagsItem />
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item name="trlNeeded" label={t('matching.demands.trlNeeded')}>
              <Select allowClear options={TRL_OPTIONS} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="budgetMin" label={t('matching.demands.budgetMin')} rules={[money]}>
              <Input inputMode="decimal" placeholder="500000.00" data-testid="demand-budget-min" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="budgetMax" label={t('matching.demands.budgetMax')} rules={[money]}>
              <Input inputMode="decimal" placeholder="2000000.00" data-testid="demand-budget-max" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="regionPreference" label={t('matching.demands.region')}>
              <LazyRegionCascader style={{ width: '100%' }} placeholder={t('matching.demands.regionAny')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="deadline" label={t('matching.demands.deadline')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="visibility" label={t('matching.visibilityLabel')}>
          <Radio.Group
            options={listingVisibilitySchema.options.map((v) => ({
              value: v,
              label: t(`matching.visibility.${v}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="consortiumId"
          label={t('matching.demands.consortium')}
          extra={t('matching.demands.consortiumHint')}
          rules={
            visibility === 'consortium'
              ? [{ required: true, message: t('matching.demands.consortiumRequired') }]
              : []
          }
        >
          <ConsortiumSelect testId="demand-consortium" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
