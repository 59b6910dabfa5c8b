import {
  organisationKinds,
  organisationSortSchema,
  qualifications,
  type OrganisationKind,
  type Qualification,
} from '@huahe/contracts';
import { Col, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/i18n';
import { IndustryCascader } from '../../components/IndustryCascader';
import { kindLabel, qualificationLabel } from '../../components/labels';
import { LazyRegionCascader } from '../../components/LazyRegionCascader';
import type { OrganisationFilters as Filters } from './api';

/** The filter bar of the organisation list; stacks on narrow screens. */
export function OrganisationFilters(props: { value: Filters; onChange: (f: Filters) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const f = props.value;
  const set = (patch: Partial<Filters>) => props.onChange({ ...f, ...patch });
  const full = { width: '100%' };
  return (
    <Row gutter={[8, 8]} style={{ marginBottom: 16 }}>
      <Col xs={24} md={12} xl={8} xxl={6}>
        <Input.Search
          allowClear
          defaultValue={f.q}
          placeholder={t('organisations.search')}
          onSearch={(q) => set({ q: q || undefined })}
          data-testid="organisation-search"
        />
      </Col>
      <Col xs={12} md={6} xl={4} xxl={3}>
        <Select<OrganisationKind>
          allowClear
          style={full}
          placeholder={t('organisations.kind')}
          value={f.kind}
          onChange={(kind) => set({ kind })}
          options={organisationKinds.map((k) => ({ value: k, label: kindLabel(k, lang) }))}
        />
      </Col>
      <Col xs={12} md={6} xl={6} xxl={4}>
        <LazyRegionCascader
          style={full}
          placeholder={t('organisations.region')}
          value={f.region}
          onChange={(region) => set({ region: region ?? undefined })}
        />
      </Col>
      <Col xs={12} md={8} xl={6} xxl={4}>
        <IndustryCascader
          style={full}
          placeholder={t('organisations.industry')}
          value={f.industry}
          onChange={(industry) => set({ industry: industry ?? undefined })}
        />
      </Col>
      <Col xs={12} md={8} xl={6} xxl={3}>
        <Select<Qualification>
          allowClear
          style={full}
          placeholder={t('organisations.qualification')}
          value={f.qualification}
          onChange={(qualification) => set({ qualification })}
          popupMatchSelectWidth={false}
          options={qualifications.map((q) => ({ value: q, label: qualificationLabel(q, lang) }))}
        />
      </Col>
      <Col xs={12} md={4} xl={4} xxl={2}>
        <Select<'true' | 'false'>
          allowClear
          style={full}
          placeholder={t('organisations.sme')}
          value={f.sme}
          onChange={(sme) => set({ sme })}
          options={[
            { value: 'true', label: t('organisations.smeYes') },
            { value: 'false', label: t('organisations.smeNo') },
          ]}
        />
      </Col>
      <Col xs={12} md={4} xl={4} xxl={2}>
        <Select
          style={full}
          value={f.sort ?? 'name'}
          onChange={(sort) => set({ sort })}
          popupMatchSelectWidth={false}
          options={organisationSortSchema.options.map((s) => ({
            value: s,
            label: t(`organisations.sort.${s}`),
          }))}
        />
      </Col>
    </Row>
  );
}
