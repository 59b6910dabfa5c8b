import { useQuery } from '@tanstack/react-query';
import type { ConsortiumSummary, OrganisationSummary } from '@huahe/contracts';
import { Select, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, qs, type Page } from '../api/client';
import { useLang } from '../app/i18n';
import { kindLabel } from './labels';
import { useDebounced } from './useDebounced';

interface Props {
  value?: string;
  onChange?: (id: string | undefined) => void;
  id?: string;
  placeholder?: string;
  style?: React.CSSProperties;
  exclude?: string[];
  testId?: string;
}

function useOptions<T>(path: string, q: string) {
  const debounced = useDebounced(q.trim());
  return useQuery({
    queryKey: ['select', path, debounced],
    queryFn: () => get<Page<T>>(`${path}${qs({ q: debounced, pageSize: 20 })}`),
    placeholderData: (prev) => prev,
  });
}

/** A searchable select over /api/organisations (name, short name, credit code). */
export function OrganisationSelect(props: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [q, setQ] = useState('');
  const list = useOptions<OrganisationSummary>('/api/organisations', q);
  const options = (list.data?.items ?? [])
    .filter((o) => !props.exclude?.includes(o.id))
    .map((o) => ({
      value: o.id,
      label: lang === 'en' && o.nameEn ? o.nameEn : o.nameZh,
      title: `${o.nameZh} · ${kindLabel(o.kind, lang)}`,
    }));
  return (
    <Select
      id={props.id}
      data-testid={props.testId}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      value={props.value}
      onChange={(v: string | undefined) => props.onChange?.(v)}
      placeholder={props.placeholder ?? t('common.searchOrganisation')}
      notFoundContent={list.isFetching ? <Spin size="small" /> : t('common.empty')}
      options={options}
      style={props.style ?? { width: '100%' }}
      optionRender={(o) => (
        <div>
          <div>{o.label}</div>
          <div style={{ fontSize: 12, color: '#8c8c8c' }}>{o.data.title}</div>
        </div>
      )}
    />
  );
}

/** A searchable select over /api/consortia. */
export function ConsortiumSelect(props: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [q, setQ] = useState('');
  const list = useOptions<ConsortiumSummary>('/api/consortia', q);
  const options = (list.data?.items ?? []).map((c) => ({
    value: c.id,
    label: lang === 'en' && c.nameEn ? c.nameEn : c.nameZh,
  }));
  return (
    <Select
      id={props.id}
      data-testid={props.testId}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      value={props.value}
      onChange={(v: string | undefined) => props.onChange?.(v)}
      placeholder={props.placeholder ?? t('common.searchConsortium')}
      notFoundContent={list.isFetching ? <Spin size="small" /> : t('common.empty')}
      options={options}
      style={props.style ?? { width: '100%' }}
    />
  );
}
