import type { ListingStatus, ListingVisibility, MatchStatus, OfferKind } from '@huahe/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../app/i18n';
import { ExampleTag } from '../../components/ExampleTag';

import { nameIn } from '../../components/labels';

export { nameIn };

/** A link to an organisation's page, named in the interface language, marked when it is an example. */
export function OrganisationLink(props: {
  organisation: { id: string; nameZh: string; nameEn?: string | null; isExample?: boolean };
}) {
  const lang = useLang();
  const o = props.organisation;
  return (
    <span>
      <Link to={`/organisations/${o.id}`}>{nameIn(o, lang)}</Link>
      {o.isExample && <ExampleTag />}
    </span>
  );
}

const matchColors: Record<MatchStatus, string> = {
  recommended: 'default',
  introduced: 'processing',
  accepted: 'cyan',
  negotiating: 'gold',
  partnered: 'success',
  closed: 'default',
};

/** The statuses in workflow order (closed last). */
export const MATCH_STATUSES: MatchStatus[] = [
  'recommended',
  'introduced',
  'accepted',
  'negotiating',
  'partnered',
  'closed',
];

/** A match's status as a coloured tag. */
export function MatchStatusTag(props: { status: MatchStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={matchColors[props.status]} data-testid="match-status" data-status={props.status}>
      {t(`matching.status.${props.status}`)}
    </Tag>
  );
}

/** Open or closed: a demand collects answers, an offer is available or withdrawn. */
export function ListingStatusTag(props: { status: ListingStatus; offer?: boolean }) {
  const { t } = useTranslation();
  return (
    <Tag color={props.status === 'open' ? 'green' : 'default'}>
      {t(`matching.${props.offer ? 'offerStatus' : 'listingStatus'}.${props.status}`)}
    </Tag>
  );
}

const visibilityColors: Record<ListingVisibility, string> = {
  public: 'blue',
  consortium: 'purple',
  private: 'orange',
};

/** Who may see a demand or an offer. */
export function VisibilityTag(props: { visibility: ListingVisibility }) {
  const { t } = useTranslation();
  return <Tag color={visibilityColors[props.visibility]}>{t(`matching.visibility.${props.visibility}`)}</Tag>;
}

/** What an offer is. */
export function OfferKindTag(props: { kind: OfferKind }) {
  const { t } = useTranslation();
  return <Tag color="geekblue">{t(`matching.offerKind.${props.kind}`)}</Tag>;
}

/** A technology readiness level ("TRL 7"), '-' when none. */
export function Trl(props: { trl: number | null | undefined; prefix?: string }) {
  if (props.trl === null || props.trl === undefined) return <span>-</span>;
  const color = props.trl >= 7 ? 'green' : props.trl >= 4 ? 'blue' : 'default';
  return (
    <Tag color={color}>
      {props.prefix ?? ''}TRL {props.trl}
    </Tag>
  );
}

/** The message key naming a side: for a partner search the demanding side is the consortium's lead unit. */
export const sideKey = (kind: 'demand' | 'partner', side: 'demander' | 'candidate'): string =>
  `matching.side.${kind === 'partner' && side === 'demander' ? 'lead' : side}`;

/** A GB/T 2260 code as the prefix filters use: 350000 → 35, 350200 → 3502. */
export const regionPrefix = (code: string | null | undefined): string | undefined =>
  code ? code.replace(/(00)?00$/, '') || code : undefined;
