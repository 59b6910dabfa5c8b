import {
  offerFieldsSchema,
  offerKindSchema,
  type Offer,
  type OfferFields,
  type OfferKind,
} from '@huahe/contracts';
import { App, Col, Form, Input, Modal, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/i18n';
import { applyFieldErrors, zodRule } from '../../components/forms';
import { useSession } from '../auth/session';
import { useOfferWrites } from './api';
import { ListingOwnerItem, ListingTagsItem, TRL_OPTIONS } from './ListingFields';
import { ownOrganisations } from './rights';

interface Values {
  organisationId?: string;
  kind: OfferKind;
  title: string;
  description: string;
  tags: string[];
  trl?: number | null;
  visibility: 'public' | 'private';
}

const saveProps = { 'data-testid': 'offer-save' };

/** Puts forward an offer (a result to license, a service, a capability), or edits one. */
export function OfferFormModal(props: { offer?: Offer; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const session = useSession().data;
  const [form] = Form.useForm<Values>();
  const { create, update } = useOfferWrites();
  const o = props.offer;
  const own = ownOrganisations(session);
  const askOrganisation = !o && own.length !== 1;
  const shape = offerFieldsSchema.shape;
  const required = { required: true, whitespace: true, message: t('validation.required') };

  const submit = (v: Values) => {
    const body: OfferFields = {
      ...(askOrganisation && v.organisationId ? { organisationId: v.organisationId } : {}),
      kind: v.kind,
      title: v.title.trim(),
      description: v.description.trim(),
      tags: (v.tags ?? []).map((x) => x.trim()).filter(Boolean),
      trl: v.trl ?? null,
      visibility: v.visibility,
    };
    const onSuccess = () => {
      message.success(t('common.saved'));
      props.onClose();
    };
    const onError = (err: Error) => applyFieldErrors(form, err, message);
    if (o) {
      const { organisationId: _, ...patch } = body;
      update.mutate({ id: o.id, body: patch }, { onSuccess, onError });
    } else create.mutate(body, { onSuccess, onError });
  };

  return (
    <Modal
      open
      width={680}
      title={o ? t('matching.offers.editTitle') : t('matching.offers.create')}
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
          o
            ? {
                kind: o.kind,
                title: o.title,
                description: o.description,
                tags: o.tags,
                trl: o.trl,
                visibility: o.visibility,
              }
            : { kind: 'capability', visibility: 'public', tags: [] }
        }
      >
        {askOrganisation && (
          <ListingOwnerItem label={t('matching.offers.organisation')} own={own} testId="offer-organisation" />
        )}
        <Form.Item name="kind" label={t('matching.offers.kind')}>
          <Radio.Group
            options={offerKindSchema.options.map((k) => ({ value: k, label: t(`matching.offerKind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('matching.offers.titleLabel')}
          rules={[required, zodRule(shape.title, lang)]}
        >
          <Input maxLength={200} data-testid="offer-title" />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('matching.offers.description')}
          rules={[required, zodRule(shape.description, lang)]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={5000}
            data-testid="offer-description"
          />
        </Form.Item>
        <ListingTagsItem />
        <Row gutter={12}>
          <Col xs={24} sm={10}>
            <Form.Item name="trl" label={t('matching.offers.trl')}>
              <Select allowClear options={TRL_OPTIONS} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={14}>
            <Form.Item name="visibility" label={t('matching.visibilityLabel')}>
              <Radio.Group
                options={(['public', 'private'] as const).map((v) => ({
                  value: v,
                  label: t(`matching.visibility.${v}`),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
