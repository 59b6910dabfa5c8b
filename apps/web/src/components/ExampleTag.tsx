import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** Marks a record or credit code that is an example standing in for one the source does not name. */
export function ExampleTag(props: { kind?: 'record' | 'code' }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t(props.kind === 'code' ? 'common.exampleCodeHint' : 'common.exampleHint')}>
      <Tag color="gold" style={{ marginInlineStart: 4 }} data-testid="example-tag">
        {t('common.example')}
      </Tag>
    </Tooltip>
  );
}

/** A credit code, marked when it is an example. */
export function CreditCode(props: { code: string | null; isExample: boolean }) {
  if (!props.code) return <span>-</span>;
  return (
    <span>
      <span style={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>{props.code}</span>
      {props.isExample && <ExampleTag kind="code" />}
    </span>
  );
}
