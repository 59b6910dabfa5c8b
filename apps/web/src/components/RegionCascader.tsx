import { regionCascaderOptions, regionPath } from '@huahe/contracts';
import { Cascader } from 'antd';
import { useMemo } from 'react';
import { useLang } from '../app/i18n';

/** Props of the region picker: the value is one GB/T 2260 code (province, city or county). */
export interface RegionCascaderProps {
  value?: string | null;
  onChange?: (code: string | null) => void;
  placeholder?: string;
  id?: string;
  style?: React.CSSProperties;
  allowClear?: boolean;
}

/** Province → city → county picker; any level may be chosen (filters use prefixes). */
export function RegionCascader(props: RegionCascaderProps) {
  const lang = useLang();
  const options = useMemo(() => regionCascaderOptions(lang), [lang]);
  const path = props.value ? regionPath(props.value).map((r) => r.code) : undefined;
  return (
    <Cascader
      id={props.id}
      options={options}
      value={path}
      changeOnSelect
      allowClear={props.allowClear ?? true}
      placeholder={props.placeholder}
      style={props.style}
      showSearch={{
        filter: (input, path) => path.some((o) => String(o.label).includes(input.trim())),
        limit: 50,
      }}
      onChange={(v) => props.onChange?.(v && v.length > 0 ? String(v[v.length - 1]) : null)}
    />
  );
}
