import { Typography } from 'antd';
import { formatMoney } from '../../components/format';
import { fenToYuan } from './money';

/** An amount in yuan as the API sent it, with thousands separators; never turned into a float. */
export function Money(props: { value: string | null | undefined; strong?: boolean; testId?: string }) {
  const text = formatMoney(props.value);
  const style = { fontVariantNumeric: 'tabular-nums' as const, whiteSpace: 'nowrap' as const };
  return props.strong ? (
    <Typography.Text strong style={style} data-testid={props.testId}>
      {text}
    </Typography.Text>
  ) : (
    <span style={style} data-testid={props.testId}>
      {text}
    </span>
  );
}

/** A sum in fen shown like any other amount. */
export function FenMoney(props: { fen: bigint | undefined; strong?: boolean; testId?: string }) {
  return (
    <Money
      value={props.fen === undefined ? undefined : fenToYuan(props.fen)}
      strong={props.strong}
      testId={props.testId}
    />
  );
}
