import {
  memberRoleSchema,
  memberTierSchema,
  newMemberOrganisationSchema,
  organisationKinds,
  type AddMemberRequest,
  type Consortium,
  type OrganisationKind,
} from '@huahe/contracts';
import { App, Col, DatePicker, Form, Input, Modal, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/i18n';
import { applyFieldErrors, blankToNull, zodRule } from '../../components/forms';
import { kindLabel } from '../../components/labels';
import { LazyRegionCascader } from '../../components/LazyRegionCascader';
import { OrganisationSelect } from '../../components/RecordSelect';
import { useMemberWrites } from './api';

interface Values {
  mode: 'existing' | 'new';
  organisationId?: string;
  newOrganisation?: {
    nameZh: string;
    nameEn?: string;
    uscc?: string;
    kind: OrganisationKind;
    regionCode?: string | null;
  };
  role: AddMemberRequest['role'];
  tier: AddMemberRequest['tier'];
  joinedOn: Dayjs;
  joinReason?: string;
}

const shape = newMemberOrganisationSchema.shape;

/** Adds a member: an organisation already registered, or a new one entered here. */
export function AddMemberModal(props: { consortium: Consortium; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const mode = Form.useWatch('mode', form) ?? 'new';
  const { add } = useMemberWrites(props.consortium.id);
  const current = props.consortium.members.filter((m) => !m.leftOn).map((m) => m.organisationId);
  const rule = (s: Parameters<typeof zodRule>[0]) => zodRule(s, lang);
  const required = { required: true, message: t('validation.required') };

  const submit = async (v: Values) => {
    const body: AddMemberRequest = {
      role: v.role,
      tier: v.tier,
      joinedOn: v.joinedOn.format('YYYY-MM-DD'),
      joinReason: v.joinReason?.trim() || null,
      ...(v.mode === 'existing'
        ? { organisationId: v.organisationId }
        : {
            newOrganisation: {
              ...blankToNull({ nameEn: v.newOrganisation?.nameEn, uscc: v.newOrganisation?.uscc }),
              nameZh: v.newOrganisation?.nameZh.trim() ?? '',
              kind: v.newOrganisation?.kind ?? 'enterprise',
              regionCode: v.newOrganisation?.regionCode ?? null,
            },
          }),
    };
    try {
      await add.mutateAsync(body);
      message.success(t('consortia.memberAdded'));
      props.onClose();
    } catch (err) {
      applyFieldErrors(form, err, message);
    }
  };

  const half = { xs: 24, md: 12 };
  return (
    <Modal
      open
      width={760}
      title={t('consortia.addMember')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okButtonProps={{ ...okTestId }}
      confirmLoading={add.isPending}
    >
      <Form<Values>
        form={form}
        name="addMember"
        layout="vertical"
        initialValues={{
          mode: 'new',
          role: 'member',
          tier: 'general',
          joinedOn: dayjs(),
          newOrganisation: { kind: 'enterprise' },
        }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="mode">
          <Radio.Group
            optionType="button"
            options={[
              { value: 'existing', label: t('consortia.existingOrganisation') },
              { value: 'new', label: t('consortia.newOrganisation') },
            ]}
          />
        </Form.Item>
        {mode === 'existing' ? (
          <Form.Item name="organisationId" label={t('consortia.organisation')} rules={[required]}>
            <OrganisationSelect exclude={current} testId="member-organisation" />
          </Form.Item>
        ) : (
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item
                name={['newOrganisation', 'nameZh']}
                label={t('organisations.nameZh')}
                rules={[required, rule(shape.nameZh)]}
              >
                <Input data-testid="member-name" />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                name={['newOrganisation', 'nameEn']}
                label={t('organisations.nameEn')}
                rules={[rule(shape.nameEn)]}
              >
                <Input />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                name={['newOrganisation', 'uscc']}
                label={t('organisations.uscc')}
                extra={t('organisations.usccHint')}
                rules={[rule(shape.uscc)]}
                normalize={(v: string) => v.toUpperCase()}
              >
                <Input maxLength={18} style={{ fontFamily: 'monospace' }} data-testid="member-uscc" />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                name={['newOrganisation', 'kind']}
                label={t('organisations.kind')}
                rules={[required]}
              >
                <Select options={organisationKinds.map((k) => ({ value: k, label: kindLabel(k, lang) }))} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name={['newOrganisation', 'regionCode']} label={t('organisations.region')}>
                <LazyRegionCascader style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="role" label={t('consortia.role')} rules={[required]}>
              <Select
                options={memberRoleSchema.options
                  .filter((r) => r !== 'lead')
                  .map((r) => ({ value: r, label: t(`consortia.roles.${r}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="tier" label={t('consortia.tier')} rules={[required]}>
              <Select
                options={memberTierSchema.options.map((r) => ({
                  value: r,
                  label: t(`consortia.tiers.${r}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="joinedOn" label={t('consortia.joinedOn')} rules={[required]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="joinReason" label={t('consortia.joinReason')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

const okTestId = { 'data-testid': 'add-member-submit' };
