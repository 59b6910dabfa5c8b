import { Card, Form, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { pick } from '../labels';
import { type StepProps } from './fields';
import { PartyFields } from './PartyFields';

/** Step 2: each party's identification: legal name, credit code, domicile, legal representative, signer, role. */
export function PartiesStep(props: StepProps) {
  const { t } = useTranslation();
  return (
    <Form.List name="parties">
      {(fields) => (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {fields.map((f, i) => {
            const p = props.parties[i];
            return (
              <Card
                key={f.key}
                size="small"
                data-testid={`party-${i}`}
                title={
                  <Typography.Text strong ellipsis>
                    {p ? pick(p.legalName, props.lang) : `#${i + 1}`}
                  </Typography.Text>
                }
              >
                <PartyFields name={[f.name]} lang={props.lang} testId={`party-${i}`} />
              </Card>
            );
          })}
          <Typography.Text type="secondary">{t('agreements.f.partiesFromMembers')}</Typography.Text>
        </Space>
      )}
    </Form.List>
  );
}
