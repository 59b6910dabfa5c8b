import type { MatchReasonView } from '@huahe/contracts';
import { Button, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/i18n';
import { regionLabel } from '../../components/labels';

/** One colour per kind of reason, shared by the score bar and the reason lines. */
export const REASON_COLORS: Record<MatchReasonView['code'], string> = {
  terms: '#1677ff',
  tags: '#13c2c2',
  partial: '#597ef7',
  passage: '#722ed1',
  coverage: '#fa541c',
  kind: '#52c41a',
  region: '#a0d911',
  trl: '#faad14',
  qualifications: '#fa8c16',
  history: '#eb2f96',
  prior: '#8c8c8c',
  manual: '#8c8c8c',
};

/** Points as the reasons show them: signed, two decimals. */
export const formatPoints = (p: number): string => `${p < 0 ? '−' : '+'}${Math.abs(p).toFixed(2)}`;

// The engine writes the points (and the share of relevance) at the end of each reason; the line
// shows them in its own badge, so they are taken off the text.
const TRAILING_POINTS = /\s*[+\-−]\d+(?:\.\d+)?(?:\s*[(（][+\-−]?\d+(?:\.\d+)?%[)）])?\s*$/;

/** A reason's text in the language without its trailing points. */
export function reasonText(r: MatchReasonView, lang: 'zh-CN' | 'en'): string {
  const text = lang === 'en' ? r.en : r.zh;
  const stripped = text.replace(TRAILING_POINTS, '') || text;
  // Region reasons name the division by its code; people read its name.
  return r.code === 'region'
    ? stripped.replace(/\b\d{6}\b/g, (code) => regionLabel(code, lang) || code)
    : stripped;
}

/** Splits "label: detail" at the first colon (either width). */
function splitLabel(text: string): [string, string] | null {
  const m = /^([^:：]{1,40})[:：]\s*(.+)$/s.exec(text);
  return m ? [m[1]!, m[2]!] : null;
}

/** The points of a reason as a small coloured badge. */
function PointsBadge(props: { reason: MatchReasonView }) {
  const { t } = useTranslation();
  const color = REASON_COLORS[props.reason.code];
  return (
    <Tooltip title={t(`matching.reasonCode.${props.reason.code}`)}>
      <span
        style={{
          display: 'inline-block',
          minWidth: 64,
          padding: '0 6px',
          marginInlineEnd: 8,
          borderRadius: 4,
          border: `1px solid ${color}`,
          color: props.reason.points < 0 ? '#cf1322' : color,
          fontSize: 12,
          lineHeight: '20px',
          textAlign: 'right',
          fontVariantNumeric: 'tabular-nums',
          flex: 'none',
        }}
      >
        {formatPoints(props.reason.points)}
      </span>
    </Tooltip>
  );
}

/** One reason: its points, then its text; the evidence passage of a "closest past work" reason expands. */
function ReasonLine(props: { reason: MatchReasonView }) {
  const lang = useLang();
  const { t } = useTranslation();
  const r = props.reason;
  const text = reasonText(r, lang);
  const parts = r.code === 'passage' ? splitLabel(text) : null;
  return (
    <li
      style={{ display: 'flex', alignItems: 'flex-start', gap: 0, padding: '2px 0', minWidth: 0 }}
      data-testid="reason"
      data-code={r.code}
    >
      <PointsBadge reason={r} />
      <div style={{ flex: 1, minWidth: 0 }}>
        {parts ? (
          <>
            <Typography.Text>{parts[0]}</Typography.Text>
            <Typography.Paragraph
              type="secondary"
              data-testid="reason-passage"
              style={{
                margin: '2px 0 0',
                paddingInlineStart: 8,
                borderInlineStart: `3px solid ${REASON_COLORS.passage}33`,
                fontSize: 13,
              }}
              ellipsis={{
                rows: 1,
                expandable: 'collapsible',
                symbol: (expanded: boolean) => t(expanded ? 'matching.collapse' : 'matching.expandEvidence'),
              }}
            >
              {parts[1]}
            </Typography.Paragraph>
          </>
        ) : (
          <Typography.Paragraph
            style={{ margin: 0 }}
            ellipsis={{
              rows: 2,
              expandable: 'collapsible',
              symbol: (expanded: boolean) => t(expanded ? 'matching.collapse' : 'matching.more'),
            }}
          >
            {text}
          </Typography.Paragraph>
        )}
      </div>
    </li>
  );
}

/**
 * The reasons of a ranked candidate (or a match), most points first, in the interface language;
 * with `limit`, the rest fold behind a "all N reasons" link.
 */
export function ReasonList(props: { reasons: MatchReasonView[]; testId?: string; limit?: number }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const sorted = [...props.reasons].sort((a, b) => b.points - a.points);
  const folded = !all && props.limit !== undefined && sorted.length > props.limit + 1;
  const shown = folded ? sorted.slice(0, props.limit) : sorted;
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid={props.testId ?? 'reasons'}>
      {shown.map((r, i) => (
        <ReasonLine key={`${r.code}-${i}`} reason={r} />
      ))}
      {folded && (
        <li>
          <Button
            type="link"
            size="small"
            style={{ padding: 0 }}
            onClick={() => setAll(true)}
            data-testid="reasons-more"
          >
            {t('matching.allReasons', { count: sorted.length })}
          </Button>
        </li>
      )}
    </ul>
  );
}

/**
 * The score as a small stacked bar: one segment per reason that adds points, scaled to `scale`
 * (the best score of the list), with the total beside it.
 */
export function ScoreBar(props: { reasons: MatchReasonView[]; score: number; scale: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const scale = props.scale > 0 ? props.scale : 1;
  const positive = props.reasons.filter((r) => r.points > 0);
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 0 }} data-testid="score-bar">
      <div
        role="img"
        aria-label={t('matching.scoreOf', { score: props.score.toFixed(2) })}
        style={{
          flex: 1,
          height: 10,
          borderRadius: 5,
          background: '#f0f0f0',
          overflow: 'hidden',
          display: 'flex',
          minWidth: 60,
        }}
      >
        {positive.map((r, i) => (
          <Tooltip key={`${r.code}-${i}`} title={`${reasonText(r, lang)} ${formatPoints(r.points)}`}>
            <div
              style={{
                width: `${Math.min(100, (r.points / scale) * 100)}%`,
                background: REASON_COLORS[r.code],
                height: '100%',
              }}
            />
          </Tooltip>
        ))}
      </div>
      <Typography.Text
        strong
        style={{ fontVariantNumeric: 'tabular-nums', minWidth: 52, textAlign: 'right' }}
      >
        {props.score.toFixed(1)}
      </Typography.Text>
    </div>
  );
}

/** The largest sum of positive points in a list, the scale of its score bars. */
export const barScale = (items: { reasons: MatchReasonView[] }[]): number =>
  Math.max(0, ...items.map((i) => i.reasons.reduce((s, r) => s + Math.max(0, r.points), 0)));
