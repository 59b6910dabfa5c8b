import { industryCascaderOptions } from '@huahe/contracts';
import { Cascader } from 'antd';
import { useMemo } from 'react';
import { useLang } from '../app/i18n';

/** GB/T 4754-2017 section → division picker; the value is 'C' or 'C39'. */
export function IndustryCascader(props: {
  value?: string | null;
  onChange?: (code: string | null) => void;
  placeholder?: string;
  id?: string;
  style?: React.CSSProperties;
}) {
  const lang = useLang();
  const options = useMemo(() => industryCascaderOptions(lang), [lang]);
  const v = props.value ?? undefined;
  const path = v ? (v.length > 1 ? [v.charAt(0), v] : [v]) : undefined;
  return (
    <Cascader
      id={props.id}
      options={options}
      value={path}
      changeOnSelect
      allowClear
      placeholder={props.placeholder}
      style={props.style}
      showSearch={{ filter: (input, p) => p.some((o) => String(o.label).includes(input.trim())) }}
      onChange={(val) => props.onChange?.(val && val.length > 0 ? String(val[val.length - 1]) : null)}
    />
  );
}
