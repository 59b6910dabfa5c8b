import { PARTY_ROLE_LABELS, UsccSchema, memberTierSchema } from '@huahe/contracts';
import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UiLang } from '../../../app/i18n';
import { zodRule } from '../../../components/forms';
import { LabelSelect, LocalizedField, useRequired, type Name } from './fields';

/** A party's identification: legal name, credit code, legal representative, role, tier, domicile, signer. */
export function PartyFields(props: { name: Name; lang: UiLang; testId: string }) {
  const { t } = useTranslation();
  const required = useRequired();
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} md={14}>
          <Form.Item
            name={[...props.name, 'legalName', 'zh']}
            label={t('agreements.f.legalName')}
            rules={[required]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name={[...props.name, 'legalName', 'en']} label={t('agreements.f.english')}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name={[...props.name, 'creditCode']}
            label={t('agreements.f.creditCode')}
            rules={[zodRule(UsccSchema, props.lang, (v) => String(v).trim())]}
          >
            <Input maxLength={18} data-testid={`${props.testId}-credit-code`} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name={[...props.name, 'legalRepresentative']}
            label={t('agreements.f.legalRepresentative')}
          >
            <Input data-testid={`${props.testId}-legal-rep`} />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name={[...props.name, 'role']} label={t('agreements.f.role')} rules={[required]}>
            <LabelSelect labels={PARTY_ROLE_LABELS} />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name={[...props.name, 'tier']} label={t('agreements.f.tier')}>
            <Select
              allowClear
              options={memberTierSchema.options.map((x) => ({
                value: x,
                label: t(`consortia.tiers.${x}`),
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <LocalizedField
        name={[...props.name, 'domicile']}
        label={t('agreements.f.domicile')}
        testId={`${props.testId}-domicile`}
      />
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name={[...props.name, 'authorisedSigner', 'name']} label={t('agreements.f.signerName')}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name={[...props.name, 'authorisedSigner', 'title']}
            label={t('agreements.f.signerTitle')}
          >
            <Input />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
