import { PersonMonthsSchema, YuanSchema, type Agreement } from '@huahe/contracts';
import { Alert, Checkbox, Col, Form, Input, InputNumber, Row, type FormInstance } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../app/i18n';
import { OrganisationSelect } from '../../../components/RecordSelect';
import { zodRule } from '../../../components/forms';
import { useOrganisation } from '../../organisations/api';
import { InstantField, PartySelect, useRequired } from '../form/fields';
import { PartyFields } from '../form/PartyFields';

/** The fields of an accession: the organisation to admit (its details filled from the register), weight and commitment. */
export function AccessionFields(props: { base: Agreement; form: FormInstance }) {
  const { t } = useTranslation();
  const lang = useLang();
  const required = useRequired();
  const id = Form.useWatch(['party', 'organisationId'], props.form) as string | undefined;
  const org = useOrganisation(id);
  const filled = useRef<string | undefined>(undefined);
  const weighted = props.base.governance.decisionRules.some(
    (r) => r.procedure === 'vote' && r.weights.kind === 'weighted',
  );

  useEffect(() => {
    const o = org.data;
    if (!o || o.id !== id || filled.current === id) return;
    filled.current = id;
    props.form.setFieldsValue({
      party: {
        organisationId: o.id,
        legalName: { zh: o.nameZh, en: o.nameEn ?? undefined },
        creditCode: o.uscc ?? undefined,
        legalRepresentative: o.legalRepresentative ?? undefined,
        domicile: { zh: o.address ?? undefined },
      },
    });
  }, [org.data, id, props.form]);

  return (
    <>
      <Form.Item
        name={['party', 'organisationId']}
        label={t('agreements.motions.newMember')}
        rules={[required]}
        extra={t('agreements.motions.newMemberHelp')}
      >
        <OrganisationSelect
          exclude={props.base.parties.map((p) => p.organisationId)}
          testId="accession-organisation"
        />
      </Form.Item>
      {id && <PartyFields name={['party']} lang={lang} testId="accession" />}
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item
            name="votingWeight"
            label={t('agreements.motions.votingWeight')}
            rules={weighted ? [required] : []}
            tooltip={t('agreements.motions.votingWeightHelp')}
          >
            <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item
            name={['commitment', 'cashYuan']}
            label={t('agreements.motions.cashYuan')}
            rules={[zodRule(YuanSchema, lang, (v) => String(v).trim())]}
          >
            <Input suffix={t('agreements.f.unit.yuan')} data-testid="accession-cash" />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item
            name={['commitment', 'personMonths']}
            label={t('agreements.motions.personMonths')}
            rules={[zodRule(PersonMonthsSchema, lang, (v) => String(v).trim())]}
          >
            <Input suffix={t('agreements.f.unit.personMonths')} data-testid="accession-months" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="declaresNoBackground" valuePropName="checked">
        <Checkbox data-testid="accession-no-background">{t('agreements.motions.noBackground')}</Checkbox>
      </Form.Item>
    </>
  );
}

/** The fields of an exit (the party and when it gave notice) or an expulsion (the party). */
export function LeavingFields(props: { base: Agreement; kind: 'exit' | 'expulsion' }) {
  const { t } = useTranslation();
  const required = useRequired();
  const exit = props.base.exit;
  const days = props.base.breach?.remedyDays;
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="partyId" label={t('agreements.motions.subject')} rules={[required]}>
            <PartySelect parties={props.base.parties} testId="motion-party" />
          </Form.Item>
        </Col>
        {props.kind === 'exit' && (
          <Col xs={24} md={12}>
            <InstantField
              name={['noticeGivenAt']}
              label={t('agreements.motions.exitNoticeAt')}
              testId="exit-notice-at"
            />
          </Col>
        )}
      </Row>
      <Alert
        type="info"
        style={{ marginBottom: 16 }}
        title={
          props.kind === 'expulsion'
            ? t('agreements.motions.expulsionHelp', { days: days ?? '-' })
            : exit
              ? t(exit.requiresApproval ? 'agreements.motions.exitVote' : 'agreements.motions.exitNotice', {
                  days: exit.noticeDays,
                })
              : t('agreements.motions.exitNone')
        }
      />
    </>
  );
}
