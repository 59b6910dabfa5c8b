import { organisationInputSchema, organisationKinds, qualifications } from '@huahe/contracts';
import { Col, Form, Input, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/i18n';
import { zodRule } from '../../components/forms';
import { IndustryCascader } from '../../components/IndustryCascader';
import { kindLabel, qualificationLabel } from '../../components/labels';
import { LazyRegionCascader } from '../../components/LazyRegionCascader';

const shape = organisationInputSchema.shape;

/** The fields of the organisation form, each checked with its schema from the contracts. */
export function OrganisationFields() {
  const { t } = useTranslation();
  const lang = useLang();
  const rule = (s: Parameters<typeof zodRule>[0]) => zodRule(s, lang);
  const half = { xs: 24, md: 12 };
  return (
    <Row gutter={16}>
      <Col {...half}>
        <Form.Item
          name="nameZh"
          label={t('organisations.nameZh')}
          rules={[{ required: true, message: t('validation.required') }, rule(shape.nameZh)]}
        >
          <Input />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="nameEn" label={t('organisations.nameEn')} rules={[rule(shape.nameEn)]}>
          <Input />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="shortName" label={t('organisations.shortName')} rules={[rule(shape.shortName)]}>
          <Input />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item
          name="uscc"
          label={t('organisations.uscc')}
          rules={[rule(shape.uscc)]}
          normalize={(v: string) => v.toUpperCase()}
        >
          <Input maxLength={18} style={{ fontFamily: 'monospace' }} data-testid="organisation-uscc" />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item
          name="kind"
          label={t('organisations.kind')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Select options={organisationKinds.map((k) => ({ value: k, label: kindLabel(k, lang) }))} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="isSme" label={t('organisations.sme')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="regionCode" label={t('organisations.region')} rules={[rule(shape.regionCode)]}>
          <LazyRegionCascader style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="industryCode" label={t('organisations.industry')} rules={[rule(shape.industryCode)]}>
          <IndustryCascader style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="qualifications" label={t('organisations.qualifications')}>
          <Select
            mode="multiple"
            options={qualifications.map((q) => ({ value: q, label: qualificationLabel(q, lang) }))}
          />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="profileTags" label={t('organisations.tags')} rules={[rule(shape.profileTags)]}>
          <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="profileZh" label={t('organisations.profileZh')} rules={[rule(shape.profileZh)]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="profileEn" label={t('organisations.profileEn')} rules={[rule(shape.profileEn)]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="website" label={t('organisations.website')} rules={[rule(shape.website)]}>
          <Input placeholder="https://" />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item
          name="legalRepresentative"
          label={t('organisations.legalRepresentative')}
          rules={[rule(shape.legalRepresentative)]}
        >
          <Input />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="address" label={t('organisations.address')} rules={[rule(shape.address)]}>
          <Input />
        </Form.Item>
      </Col>
    </Row>
  );
}
