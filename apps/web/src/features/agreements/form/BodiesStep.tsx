import { BODY_LABELS } from '@huahe/contracts';
import { Card, Col, Form, Input, InputNumber, Radio, Row, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { pick } from '../labels';
import { LocalizedField, PartySelect, useRatioRule, useRequired, type StepProps } from './fields';
import { RowsList } from './RowsList';

/** Step 4: the decision body, executive board, expert committee, secretariat and chief scientist. */
export function BodiesStep(props: StepProps) {
  const { t } = useTranslation();
  const required = useRequired();
  const ratio = useRatioRule();
  const num = { style: { width: '100%' }, precision: 0 } as const;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={t('agreements.f.decisionBody')}>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item
              name={['governance', 'decisionBody', 'kind']}
              label={t('agreements.f.bodyKind')}
              rules={[required]}
            >
              <Radio.Group
                optionType="button"
                options={(['council', 'general_assembly'] as const).map((k) => ({
                  value: k,
                  label: pick(BODY_LABELS[k], props.lang),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['governance', 'decisionBody', 'chairPartyId']} label={t('agreements.f.chair')}>
              <PartySelect parties={props.parties} allowClear />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item
              name={['governance', 'decisionBody', 'minMeetingsPerYear']}
              label={t('agreements.f.minMeetings')}
              rules={[required]}
            >
              <InputNumber min={1} max={12} {...num} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name={['governance', 'decisionBody', 'termYears']} label={t('agreements.f.termYears')}>
              <InputNumber min={1} max={10} {...num} suffix={t('agreements.f.unit.years')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name={['governance', 'decisionBody', 'extraordinaryRequestFraction']}
              label={t('agreements.f.extraordinaryFraction')}
              rules={[required, ratio]}
              tooltip={t('agreements.f.ratioHelp')}
            >
              <Input />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card size="small" title={pick(BODY_LABELS.executive_board, props.lang)}>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item
              name={['governance', 'executiveBoard', 'memberPartyIds']}
              label={t('agreements.f.boardMembers')}
              extra={t('agreements.f.boardOptional')}
            >
              <PartySelect parties={props.parties} multiple />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              name={['governance', 'executiveBoard', 'chairPartyId']}
              label={t('agreements.f.chair')}
            >
              <PartySelect parties={props.parties} allowClear />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              name={['governance', 'executiveBoard', 'minMeetingsPerYear']}
              label={t('agreements.f.minMeetings')}
            >
              <InputNumber min={1} max={52} {...num} />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card size="small" title={t('agreements.f.expertCommittee')}>
        <RowsList
          name={['governance', 'expertCommittee', 'members']}
          addLabel={t('agreements.f.addExpert')}
          newRow={() => ({ name: '' })}
          addStyle={{ marginBottom: 16 }}
          row={(f) => (
            <>
              <Col xs={10} md={8}>
                <Form.Item name={[f.name, 'name']} rules={[required]}>
                  <Input placeholder={t('agreements.f.expertName')} />
                </Form.Item>
              </Col>
              <Col flex="auto">
                <Form.Item name={[f.name, 'affiliation']}>
                  <Input placeholder={t('agreements.f.expertAffiliation')} />
                </Form.Item>
              </Col>
            </>
          )}
        />
        <Form.Item
          name={['governance', 'expertCommittee', 'chairName']}
          label={t('agreements.f.expertChair')}
        >
          <Input />
        </Form.Item>
      </Card>

      <Card size="small" title={t('agreements.f.secretariat')}>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item
              name={['governance', 'secretariat', 'hostPartyId']}
              label={t('agreements.f.secretariatHost')}
            >
              <PartySelect parties={props.parties} allowClear />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name={['governance', 'secretariat', 'fullTimeStaff']}
              label={t('agreements.f.fullTimeStaff')}
            >
              <InputNumber min={0} max={1000} {...num} />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card size="small" title={pick(BODY_LABELS.chief_scientist, props.lang)}>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name={['governance', 'chiefScientist', 'name']} label={t('agreements.f.chiefName')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name={['governance', 'chiefScientist', 'affiliationPartyId']}
              label={t('agreements.f.chiefAffiliation')}
            >
              <PartySelect parties={props.parties} allowClear />
            </Form.Item>
          </Col>
        </Row>
        <LocalizedField
          name={['governance', 'chiefScientist', 'technicalDecisionRights']}
          label={t('agreements.f.chiefRights')}
          rows={3}
        />
      </Card>
    </Space>
  );
}
