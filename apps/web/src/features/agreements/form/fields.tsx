import { parseRatio, type Agreement } from '@huahe/contracts';
import { Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang, type UiLang } from '../../../app/i18n';
import { pick } from '../labels';

/** A form field name path. */
export type Name = (string | number)[];

/** What every step of the form needs. */
export interface StepProps {
  parties: Agreement['parties'];
  lang: UiLang;
}

/** Options naming the parties (value: organisation id). */
export function partyOptions(parties: Agreement['parties'], lang: UiLang) {
  return parties.map((p) => ({ value: p.organisationId, label: pick(p.legalName, lang) }));
}

/** The "required" rule with the interface's message. */
export function useRequired() {
  const { t } = useTranslation();
  return { required: true, message: t('validation.required') };
}

/** A rule accepting exact fractions such as 2/3, 1/2, 1 or 66.67%. */
export function useRatioRule() {
  const { t } = useTranslation();
  return {
    validator: async (_: unknown, v: unknown) => {
      if (v === undefined || v === null || v === '') return;
      if (typeof v !== 'string' || parseRatio(v.trim()) === undefined)
        throw new Error(t('agreements.f.ratioInvalid'));
    },
  };
}

/** A Chinese text (binding) with its optional English rendering, side by side on wide screens. */
export function LocalizedField(props: {
  name: Name;
  label: ReactNode;
  required?: boolean;
  rows?: number;
  testId?: string;
  listName?: Name;
}) {
  const { t } = useTranslation();
  const required = useRequired();
  const input = (lang: 'zh' | 'en') =>
    props.rows ? (
      <Input.TextArea
        autoSize={{ minRows: props.rows > 3 ? 2 : 1, maxRows: props.rows }}
        data-testid={lang === 'zh' ? props.testId : undefined}
      />
    ) : (
      <Input data-testid={lang === 'zh' ? props.testId : undefined} />
    );
  return (
    <Row gutter={12}>
      <Col xs={24} md={14}>
        <Form.Item name={[...props.name, 'zh']} label={props.label} rules={props.required ? [required] : []}>
          {input('zh')}
        </Form.Item>
      </Col>
      <Col xs={24} md={10}>
        <Form.Item name={[...props.name, 'en']} label={t('agreements.f.english')}>
          {input('en')}
        </Form.Item>
      </Col>
    </Row>
  );
}

/** A calendar date kept as the string YYYY-MM-DD. */
export function DateField(props: { name: Name; label: ReactNode; testId?: string }) {
  return (
    <Form.Item
      name={props.name}
      label={props.label}
      getValueProps={(v: unknown) => ({ value: typeof v === 'string' && v ? dayjs(v) : undefined })}
      normalize={(d: dayjs.Dayjs | null) => (d ? d.format('YYYY-MM-DD') : undefined)}
    >
      <DatePicker style={{ width: '100%' }} data-testid={props.testId} />
    </Form.Item>
  );
}

/** An instant (date and time in the browser's zone) kept as an ISO 8601 string. */
export function InstantField(props: {
  name: Name;
  label: ReactNode;
  testId?: string;
  required?: boolean;
  extra?: ReactNode;
}) {
  const required = useRequired();
  return (
    <Form.Item
      name={props.name}
      label={props.label}
      extra={props.extra}
      rules={props.required === false ? [] : [required]}
      getValueProps={(v: unknown) => ({ value: typeof v === 'string' && v ? dayjs(v) : undefined })}
      normalize={(d: dayjs.Dayjs | null) => (d ? d.toISOString() : undefined)}
    >
      <DatePicker
        showTime={{ format: 'HH:mm' }}
        format="YYYY-MM-DD HH:mm"
        style={{ width: '100%' }}
        data-testid={props.testId}
      />
    </Form.Item>
  );
}

/** A number of calendar days. */
export function DaysField(props: {
  name: Name;
  label: ReactNode;
  max?: number;
  unit?: 'days' | 'months' | 'years' | 'none';
  testId?: string;
}) {
  const { t } = useTranslation();
  const required = useRequired();
  const unit = props.unit ?? 'days';
  return (
    <Form.Item name={props.name} label={props.label} rules={[required]}>
      <InputNumber
        min={0}
        max={props.max ?? 3650}
        precision={0}
        style={{ width: '100%' }}
        suffix={unit === 'none' ? undefined : t(`agreements.f.unit.${unit}`)}
        data-testid={props.testId}
      />
    </Form.Item>
  );
}

/** A select of parties (one, or several with `multiple`). */
export function PartySelect(props: {
  parties: Agreement['parties'];
  value?: string | string[];
  onChange?: (v: string | string[] | undefined) => void;
  multiple?: boolean;
  allowClear?: boolean;
  id?: string;
  testId?: string;
}) {
  const lang = useLang();
  return (
    <Select
      id={props.id}
      data-testid={props.testId}
      mode={props.multiple ? 'multiple' : undefined}
      allowClear={props.allowClear}
      value={props.value}
      onChange={props.onChange}
      options={partyOptions(props.parties, lang)}
      showSearch={{ optionFilterProp: 'label' }}
      style={{ width: '100%' }}
    />
  );
}

/** A select over bilingual labels of an enumeration. */
export function LabelSelect<K extends string>(props: {
  labels: Record<K, { zh: string; en: string }>;
  value?: K | K[];
  onChange?: (v: K | K[]) => void;
  multiple?: boolean;
  id?: string;
  testId?: string;
  popupMatchSelectWidth?: boolean;
}) {
  const lang = useLang();
  return (
    <Select
      id={props.id}
      data-testid={props.testId}
      mode={props.multiple ? 'multiple' : undefined}
      value={props.value}
      onChange={props.onChange}
      popupMatchSelectWidth={props.popupMatchSelectWidth}
      options={(Object.keys(props.labels) as K[]).map((k) => ({
        value: k,
        label: pick(props.labels[k], lang),
      }))}
      style={{ width: '100%' }}
    />
  );
}
