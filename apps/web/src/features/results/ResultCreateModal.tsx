import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  checkResultIdentifier,
  RatioSchema,
  RESULT_TYPES,
  resultConfidentialitySchema,
  resultStatusSchema,
  type Consortium,
  type ResultFields,
  type ResultType,
} from '@huahe/contracts';
import { useQuery } from '@tanstack/react-query';
import {
  App,
  Button,
  Col,
  DatePicker,
  Divider,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/i18n';
import { applyFieldErrors, zodRule } from '../../components/forms';
import { useDebounced } from '../../components/useDebounced';
import { createResult, proposeOwnership } from './api';
import { memberOptions, statusLabel } from './labels';
import { InventorsField, ProposalPreview } from './ResultCreateParts';

const saveProps = { 'data-testid': 'result-save' };

interface Values {
  type: ResultType;
  title: string;
  titleEn?: string;
  identifier?: string;
  status: ResultFields['status'];
  statusOn?: Dayjs | null;
  trl?: number | null;
  confidentiality: 'public' | 'consortium' | 'confidential';
  achievedOn?: Dayjs | null;
  description?: string;
  creators: { organisationId?: string; contribution?: string }[];
  inventors?: { name?: string; organisationId?: string; contribution?: string }[];
  owners?: { organisationId?: string; share?: string }[];
}

const blank = (s: string | undefined | null) => {
  const v = s?.trim();
  return v ? v : null;
};
const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);

/**
 * Records a result: type, title, an identifier checked by its type (patent application numbers with
 * their check digit, 软著登字第N号, standard numbers), TRL, confidentiality, creators and inventors; the
 * ownership the agreement proposes is shown, with its clause, before saving.
 */
export function ResultCreateModal(props: {
  consortium: Consortium;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const members = memberOptions(props.consortium, lang);
  const type = Form.useWatch('type', form);
  const creators = Form.useWatch('creators', form);
  const request = useDebounced(
    JSON.stringify({
      type,
      creators: (creators ?? [])
        .filter((c) => c?.organisationId)
        .map((c) => ({
          organisationId: c.organisationId,
          ...(c.contribution && RatioSchema.safeParse(c.contribution.trim()).success
            ? { contribution: c.contribution.trim() }
            : {}),
        })),
    }),
    400,
  );
  const parsed = JSON.parse(request) as Parameters<typeof proposeOwnership>[1];
  const proposal = useQuery({
    queryKey: ['ownership-proposal', props.consortium.id, request],
    queryFn: () => proposeOwnership(props.consortium.id, parsed),
    enabled: !!parsed.type && parsed.creators.length > 0,
    retry: false,
  });
  const explicit = proposal.data?.requiresExplicitOwners ?? false;

  const submit = async (v: Values) => {
    const body: ResultFields = {
      type: v.type,
      title: v.title.trim(),
      titleEn: blank(v.titleEn),
      identifier: blank(v.identifier),
      description: blank(v.description),
      status: v.status,
      ...(day(v.statusOn) ? { statusOn: day(v.statusOn) } : {}),
      trl: v.trl ?? null,
      confidentiality: v.confidentiality,
      achievedOn: day(v.achievedOn) ?? null,
      linkedTasks: [],
      creators: v.creators.map((c) => ({
        organisationId: c.organisationId!,
        ...(blank(c.contribution) ? { contribution: blank(c.contribution)! } : {}),
      })),
      inventors: (v.inventors ?? [])
        .filter((i) => blank(i.name))
        .map((i) => ({
          name: i.name!.trim(),
          organisationId: i.organisationId ?? null,
          contribution: blank(i.contribution),
        })),
      ...(explicit && v.owners?.length
        ? { owners: v.owners.map((o) => ({ organisationId: o.organisationId!, share: o.share!.trim() })) }
        : {}),
    };
    try {
      const r = await createResult(props.consortium.id, body);
      message.success(t('common.saved'));
      props.onSaved(r.id);
      props.onClose();
    } catch (err) {
      applyFieldErrors(form, err, message);
    }
  };

  const identifierRule = {
    validator: async (_: unknown, value: string | undefined) => {
      const ty = form.getFieldValue('type') as ResultType | undefined;
      if (!value?.trim() || !ty) return;
      const check = checkResultIdentifier(ty, value.trim());
      if (!check.ok) throw new Error(lang === 'en' ? check.reason.en : check.reason.zh);
    },
  };
  const ratioRule = zodRule(RatioSchema, lang, (v) => String(v).trim());
  const required = { required: true, message: t('validation.required') };
  const half = { xs: 24, md: 12 };

  return (
    <Modal
      open
      width={860}
      title={t('results.create')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      okButtonProps={saveProps}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          status: 'in_progress',
          confidentiality: 'consortium',
          creators: [{}],
          inventors: [],
        }}
        onFinish={(v) => void submit(v)}
        onValuesChange={(changed: Partial<Values>) => {
          if ('type' in changed && form.getFieldValue('identifier')) void form.validateFields(['identifier']);
        }}
      >
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="type" label={t('results.type')} rules={[required]}>
              <Select
                data-testid="result-type"
                options={RESULT_TYPES.map((v) => ({ value: v, label: t(`results.types.${v}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item
              name="identifier"
              label={t('results.identifier')}
              tooltip={t('results.identifierHint')}
              rules={[identifierRule]}
            >
              <Input data-testid="result-identifier" placeholder={identifierPlaceholder(type)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="confidentiality" label={t('results.confidentiality')} rules={[required]}>
              <Select
                options={resultConfidentialitySchema.options.map((v) => ({
                  value: v,
                  label: t(`results.confidentialityLevels.${v}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="title" label={t('results.titleLabel')} rules={[required, { max: 300 }]}>
              <Input data-testid="result-title-input" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="titleEn" label={t('results.titleEn')} rules={[{ max: 300 }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="status" label={t('results.status')} rules={[required]}>
              <Select
                options={resultStatusSchema.options.map((v) => ({ value: v, label: statusLabel(v, lang) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="statusOn" label={t('results.statusOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="achievedOn" label={t('results.achievedOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="trl" label="TRL" tooltip={t('results.trlHint')}>
              <InputNumber min={1} max={9} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="description" label={t('results.description')} rules={[{ max: 5000 }]}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">{t('results.creators')}</Divider>
        <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
          {t('results.creatorsHint')}
        </Typography.Paragraph>
        <Form.List name="creators">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Row gutter={8} key={f.key} align="top">
                  <Col xs={24} md={14}>
                    <Form.Item name={[f.name, 'organisationId']} rules={[required]}>
                      <Select
                        showSearch={{ optionFilterProp: 'label' }}
                        placeholder={t('results.creator')}
                        options={members}
                        data-testid={`creator-${f.name}`}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={18} md={8}>
                    <Form.Item name={[f.name, 'contribution']} rules={[ratioRule]}>
                      <Input placeholder={t('results.contributionPlaceholder')} />
                    </Form.Item>
                  </Col>
                  <Col xs={6} md={2}>
                    {fields.length > 1 && (
                      <Button
                        type="text"
                        icon={<MinusCircleOutlined />}
                        aria-label={t('common.delete')}
                        onClick={() => remove(f.name)}
                      />
                    )}
                  </Col>
                </Row>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                {t('results.addCreator')}
              </Button>
            </>
          )}
        </Form.List>

        <Divider titlePlacement="start">{t('results.proposedOwnership')}</Divider>
        <ProposalPreview
          ready={!!parsed.type && parsed.creators.length > 0}
          loading={proposal.isLoading}
          error={proposal.error}
          proposal={proposal.data}
        />

        {explicit && (
          <>
            <Divider titlePlacement="start">{t('results.explicitOwners')}</Divider>
            <Form.List name="owners" initialValue={[{}]}>
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f) => (
                    <Row gutter={8} key={f.key}>
                      <Col xs={24} md={14}>
                        <Form.Item name={[f.name, 'organisationId']} rules={[required]}>
                          <Select
                            showSearch={{ optionFilterProp: 'label' }}
                            placeholder={t('results.owner')}
                            options={members}
                          />
                        </Form.Item>
                      </Col>
                      <Col xs={18} md={8}>
                        <Form.Item name={[f.name, 'share']} rules={[required, ratioRule]}>
                          <Input placeholder={t('results.sharePlaceholder')} />
                        </Form.Item>
                      </Col>
                      <Col xs={6} md={2}>
                        {fields.length > 1 && (
                          <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} />
                        )}
                      </Col>
                    </Row>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                    {t('results.addOwner')}
                  </Button>
                </>
              )}
            </Form.List>
          </>
        )}

        <Divider titlePlacement="start">{t('results.inventors')}</Divider>
        <InventorsField members={members} />
      </Form>
    </Modal>
  );
}

function identifierPlaceholder(type: ResultType | undefined): string | undefined {
  switch (type) {
    case 'invention_patent':
      return 'CN202310123456.6';
    case 'utility_model':
      return 'CN202320123456.1';
    case 'design_patent':
      return 'CN202330123456.7';
    case 'software_copyright':
      return '软著登字第1234567号 / 2024SR0512345';
    case 'standard':
      return 'GB/T 12345-2020';
    default:
      return undefined;
  }
}
