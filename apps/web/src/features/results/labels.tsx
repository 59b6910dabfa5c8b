import {
  RESULT_STATUS_LABELS,
  type ResultConfidentiality,
  type ResultStatus,
  type Session,
  type Consortium,
} from '@huahe/contracts';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/i18n';

const statusColors: Record<ResultStatus, string> = {
  in_progress: 'processing',
  filed: 'blue',
  published: 'geekblue',
  granted: 'green',
  registered: 'green',
  released: 'cyan',
  in_use: 'cyan',
  commercialised: 'gold',
  awarded: 'purple',
  rejected: 'error',
  lapsed: 'default',
  withdrawn: 'default',
};

const confidentialityColors: Record<ResultConfidentiality, string> = {
  public: 'green',
  consortium: 'blue',
  confidential: 'red',
};

/** A result status in the interface language (the labels live in the contracts). */
export const statusLabel = (s: ResultStatus, lang: 'zh-CN' | 'en') => RESULT_STATUS_LABELS[s][lang];

/** A result's status as a coloured tag. */
export function ResultStatusTag(props: { status: ResultStatus }) {
  const lang = useLang();
  return <Tag color={statusColors[props.status]}>{statusLabel(props.status, lang)}</Tag>;
}

/** Who may read a result, as a coloured tag. */
export function ConfidentialityTag(props: { value: ResultConfidentiality }) {
  const { t } = useTranslation();
  return (
    <Tag color={confidentialityColors[props.value]}>{t(`results.confidentialityLevels.${props.value}`)}</Tag>
  );
}

/** The technology readiness level as a tag ("TRL 8"), '-' when unknown. */
export function TrlTag(props: { trl: number | null }) {
  if (props.trl === null) return <span>-</span>;
  const color = props.trl >= 7 ? 'green' : props.trl >= 4 ? 'blue' : 'default';
  return <Tag color={color}>TRL {props.trl}</Tag>;
}

/** The organisations the session acts for as a member admin (or staff, when `staff`). */
export function ownOrganisations(session: Session | null | undefined, staff = false): string[] {
  return (session?.user.roles ?? [])
    .filter((r) => r.role === 'member_admin' || (staff && r.role === 'member_staff'))
    .flatMap((r) => (r.organisationId ? [r.organisationId] : []));
}

/** The current members of a consortium as select options, in the interface language. */
export function memberOptions(c: Consortium | undefined, lang: 'zh-CN' | 'en') {
  return (c?.members ?? [])
    .filter((m) => !m.leftOn)
    .map((m) => ({
      value: m.organisationId,
      label: lang === 'en' && m.organisation.nameEn ? m.organisation.nameEn : m.organisation.nameZh,
    }));
}

/** An exact share ("3/5") with its percentage for reading. */
export function ShareText(props: { share: string }) {
  const m = /^(\d+)\/(\d+)$/.exec(props.share);
  const pct =
    props.share === '1' ? '100%' : m ? `${((Number(m[1]) / Number(m[2])) * 100).toFixed(2)}%` : undefined;
  return (
    <span>
      <Typography.Text strong>{props.share}</Typography.Text>
      {pct && props.share !== '1' && <Typography.Text type="secondary"> ≈ {pct}</Typography.Text>}
      {props.share === '1' && <Typography.Text type="secondary"> (100%)</Typography.Text>}
    </span>
  );
}
