import type { Consortium, Lang } from '@huahe/contracts';
import type { ChartOption } from '../../components/chartTypes';
import { today } from '../../components/format';
import { kindLabel, provinceLabel } from '../../components/labels';

type History = Consortium['history'];
type Members = Consortium['members'];

/**
 * Members over time as a step line: each point is the count after a day on which someone joined
 * or left, carried on to today; the first and last counts are labelled (e.g. 17 → 26).
 */
export function historyOption(
  history: History,
  label: { members: string; joined: string; left: string },
): ChartOption {
  const points = history.map((h) => ({ date: h.date, count: h.count, joined: h.joined, left: h.left }));
  const last = points[points.length - 1];
  const end = today();
  if (last && last.date < end) points.push({ date: end, count: last.count, joined: 0, left: 0 });
  const labelled = new Set([0, history.length - 1]);
  return {
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const p = (params as { dataIndex: number }[])[0];
        const h = p ? points[p.dataIndex] : undefined;
        if (!h) return '';
        return `${h.date}<br/>${label.members}: <b>${h.count}</b><br/>${label.joined}: +${h.joined}&nbsp;&nbsp;${label.left}: −${h.left}`;
      },
    },
    grid: { left: 8, right: 24, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', minInterval: 1, name: label.members },
    series: [
      {
        type: 'line',
        step: 'end',
        name: label.members,
        areaStyle: { opacity: 0.12 },
        symbolSize: 7,
        data: points.map((h, i) => ({
          value: [h.date, h.count],
          label: labelled.has(i) ? { show: true, position: 'top', fontWeight: 'bold' } : undefined,
        })),
        label: { formatter: (p: { value: unknown }) => String((p.value as [string, number])[1]) },
      },
    ],
  };
}

const countBy = <T>(items: T[], key: (item: T) => string) => {
  const m = new Map<string, number>();
  for (const it of items) m.set(key(it), (m.get(key(it)) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]);
};

/** Current members by tier (核心层 / 紧密合作层 / 一般协作层) as a doughnut. */
export function tierOption(current: Members, tierLabel: (tier: string) => string): ChartOption {
  const order = ['core', 'close', 'general'];
  const counts = countBy(current, (m) => m.tier).sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]));
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['40%', '68%'],
        center: ['50%', '45%'],
        label: { position: 'inside', formatter: '{c}', color: '#fff', fontWeight: 'bold' },
        data: counts.map(([tier, n]) => ({ name: tierLabel(tier), value: n })),
      },
    ],
  };
}

/** Horizontal bars of a count per category, largest on top. */
function barsOption(rows: [string, number][]): ChartOption {
  const data = [...rows].reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: data.map((r) => r[0]), axisLabel: { width: 130, overflow: 'truncate' } },
    series: [
      { type: 'bar', data: data.map((r) => r[1]), barMaxWidth: 18, label: { show: true, position: 'right' } },
    ],
  };
}

/** Current members by organisation kind. */
export const kindOption = (current: Members, lang: Lang): ChartOption =>
  barsOption(countBy(current, (m) => kindLabel(m.organisation.kind, lang)));

/** Current members by province (from their GB/T 2260 region codes). */
export const provinceOption = (current: Members, lang: Lang, unknown: string): ChartOption =>
  barsOption(countBy(current, (m) => provinceLabel(m.organisation.regionCode, lang) || unknown));
