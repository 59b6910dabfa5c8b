import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { OwnershipProposal } from '@huahe/contracts';
import {
  Alert,
  Button,
  Col,
  Descriptions,
  Form,
  Input,
  Row,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/i18n';
import { ShareText } from './labels';

/** The owners the agreement proposes for what the form holds so far, with the clause cited. */
export function ProposalPreview(props: {
  ready: boolean;
  loading: boolean;
  error: Error | null;
  proposal: OwnershipProposal | undefined;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div data-testid="ownership-proposal">
      {!props.ready ? (
        <Typography.Text type="secondary">{t('results.proposalNeeds')}</Typography.Text>
      ) : props.loading ? (
        <Spin size="small" />
      ) : props.error ? (
        <Alert type="warning" showIcon title={props.error.message} />
      ) : props.proposal ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {props.proposal.clause && (
            <div>
              <Tag color="blue">
                {t('results.clauseOf', {
                  clause: lang === 'en' ? props.proposal.clause.en : props.proposal.clause.zh,
                  version: props.proposal.agreement?.number ?? '-',
                })}
              </Tag>
            </div>
          )}
          <Typography.Text>{props.proposal.explanation}</Typography.Text>
          {props.proposal.owners.length > 0 && (
            <Descriptions
              size="small"
              bordered
              column={1}
              items={props.proposal.owners.map((o) => ({
                key: o.organisationId,
                label: o.name,
                children: <ShareText share={o.share} />,
              }))}
            />
          )}
          {props.proposal.licenceBack.length > 0 && (
            <Typography.Text type="secondary">
              {t('results.licenceBack', {
                names: props.proposal.licenceBack.map((o) => o.name).join(lang === 'en' ? ', ' : '、'),
              })}
            </Typography.Text>
          )}
        </Space>
      ) : null}
    </div>
  );
}

/** Inventors, authors or designers: name, organisation and a decimal contribution. */
export function InventorsField(props: { members: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const required = { required: true, message: t('validation.required') };
  const members = props.members;
  return (
    <Form.List name="inventors">
      {(fields, { add, remove }) => (
        <>
          {fields.map((f) => (
            <Row gutter={8} key={f.key}>
              <Col xs={24} md={8}>
                <Form.Item name={[f.name, 'name']} rules={[required, { max: 100 }]}>
                  <Input placeholder={t('results.inventorName')} />
                </Form.Item>
              </Col>
              <Col xs={24} md={9}>
                <Form.Item name={[f.name, 'organisationId']}>
                  <Select
                    allowClear
                    showSearch={{ optionFilterProp: 'label' }}
                    placeholder={t('results.inventorOrganisation')}
                    options={members}
                  />
                </Form.Item>
              </Col>
              <Col xs={18} md={5}>
                <Form.Item
                  name={[f.name, 'contribution']}
                  rules={[
                    {
                      pattern: /^(0(\.\d{1,6})?|1(\.0{1,6})?)$/,
                      message: t('results.inventorContributionRule'),
                    },
                  ]}
                >
                  <Input placeholder={t('results.inventorContribution')} />
                </Form.Item>
              </Col>
              <Col xs={6} md={2}>
                <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} />
              </Col>
            </Row>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
            {t('results.addInventor')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
