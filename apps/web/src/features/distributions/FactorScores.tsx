import { Button, Input, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FactorScore } from './api';

/** Scores keyed by `factor|organisationId`, as typed. */
export type ScoreGrid = Record<string, string>;

const SCORE = /^\d{1,9}(\.\d{1,6})?$/;
const key = (factor: string, organisationId: string) => `${factor}|${organisationId}`;

/** The filled, valid cells of a grid as the API takes them. */
export function scoresOf(grid: ScoreGrid): FactorScore[] {
  return Object.entries(grid).flatMap(([k, v]) => {
    const [factor = '', organisationId = ''] = k.split('|');
    const score = v.trim();
    return SCORE.test(score) ? [{ factor, organisationId, score }] : [];
  });
}

/** How many cells of the grid are still empty or invalid. */
export function missingScores(
  grid: ScoreGrid,
  factors: { name: string }[],
  parties: { id: string }[],
): number {
  let n = 0;
  for (const f of factors)
    for (const p of parties) if (!SCORE.test((grid[key(f.name, p.id)] ?? '').trim())) n++;
  return n;
}

/**
 * A score per party and correction factor of the improved Shapley value (risk, investment…), with a
 * shortcut that fills every empty cell with one value.
 */
export function FactorScores(props: {
  factors: { name: string; label: string; weight: string }[];
  parties: { id: string; name: string }[];
  value: ScoreGrid;
  onChange: (grid: ScoreGrid) => void;
  height?: number;
}) {
  const { t } = useTranslation();
  const [fill, setFill] = useState('3');
  const missing = missingScores(props.value, props.factors, props.parties);
  const set = (k: string, v: string) => props.onChange({ ...props.value, [k]: v });
  const fillEmpty = () => {
    if (!SCORE.test(fill.trim())) return;
    const next = { ...props.value };
    for (const f of props.factors)
      for (const p of props.parties) {
        const k = key(f.name, p.id);
        if (!SCORE.test((next[k] ?? '').trim())) next[k] = fill.trim();
      }
    props.onChange(next);
  };
  return (
    <div data-testid="factor-scores">
      <Space wrap style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">
          {missing > 0
            ? t('distributions.scores.missing', { count: missing })
            : t('distributions.scores.complete')}
        </Typography.Text>
        <Space.Compact>
          <Input
            value={fill}
            onChange={(e) => setFill(e.target.value)}
            style={{ width: 72 }}
            aria-label={t('distributions.scores.fillValue')}
            data-testid="score-fill-value"
          />
          <Button
            onClick={fillEmpty}
            disabled={!SCORE.test(fill.trim()) || missing === 0}
            data-testid="score-fill"
          >
            {t('distributions.scores.fill')}
          </Button>
        </Space.Compact>
      </Space>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={props.parties}
        scroll={{ x: 200 + props.factors.length * 110, y: props.height ?? 320 }}
        columns={[
          { title: t('distributions.party'), dataIndex: 'name', width: 200, ellipsis: true, fixed: 'left' },
          ...props.factors.map((f) => ({
            title: (
              <span>
                {f.label} <Typography.Text type="secondary">({f.weight})</Typography.Text>
              </span>
            ),
            key: f.name,
            width: 110,
            render: (_: unknown, p: { id: string }) => {
              const k = key(f.name, p.id);
              const v = props.value[k] ?? '';
              return (
                <Input
                  size="small"
                  value={v}
                  inputMode="decimal"
                  status={v.trim() && !SCORE.test(v.trim()) ? 'error' : undefined}
                  onChange={(e) => set(k, e.target.value)}
                  aria-label={`${f.label} · ${p.id}`}
                />
              );
            },
          })),
        ]}
      />
    </div>
  );
}
