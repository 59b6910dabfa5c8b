import type { VotingPower } from '@huahe/contracts';
import type { ChartOption } from '../../../components/chartTypes';

type Game = VotingPower['games'][number];

/**
 * Each party's Shapley–Shubik and Banzhaf index (in %) as horizontal bars, the caller's own
 * organisations drawn in a stronger colour. Percentages are display values only.
 */
export function powerOption(
  game: Game,
  labels: { ss: string; bz: string },
  mine: ReadonlySet<string>,
): ChartOption {
  const players = [...game.players].reverse();
  const bar = (key: 'shapleyShubik' | 'banzhaf', color: string, own: string) =>
    players.map((p) => ({
      value: Number(p[key].percent),
      itemStyle: { color: mine.has(p.partyId) ? own : color },
    }));
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: unknown) => `${String(v)}%`,
    },
    legend: { top: 0, data: [labels.ss, labels.bz] },
    grid: { left: 8, right: 40, top: 32, bottom: 8, containLabel: true },
    xAxis: {
      type: 'value',
      axisLabel: { formatter: '{value}%' },
      max: (v: { max: number }) => Math.min(100, Math.ceil((v.max * 1.1) / 10) * 10),
    },
    yAxis: {
      type: 'category',
      data: players.map((p) => p.name),
      axisLabel: { width: 150, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: labels.ss,
        data: bar('shapleyShubik', '#91caff', '#1677ff'),
        label: { show: players.length <= 12, position: 'right', formatter: '{c}%' },
        itemStyle: { color: '#91caff' },
      },
      {
        type: 'bar',
        name: labels.bz,
        data: bar('banzhaf', '#ffd591', '#fa8c16'),
        label: { show: players.length <= 12, position: 'right', formatter: '{c}%' },
        itemStyle: { color: '#ffd591' },
      },
    ],
  };
}
