import type { Lang, PlatformStats } from '@huahe/contracts';
import type { ChartOption } from '../../components/chartTypes';
import { kindLabel } from '../../components/labels';

/** Organisations by kind as horizontal bars, largest on top. */
export function byKindOption(stats: PlatformStats, lang: Lang): ChartOption {
  const rows = [...stats.byKind].sort((a, b) => a.count - b.count);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: rows.map((k) => kindLabel(k.kind, lang)),
      axisLabel: { width: 96, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        data: rows.map((k) => k.count),
        barMaxWidth: 16,
        label: { show: true, position: 'right' },
      },
    ],
  };
}

/** Consortia operating versus in any other state. */
export function statusOption(stats: PlatformStats, label: { operating: string; other: string }): ChartOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['38%', '65%'],
        center: ['50%', '44%'],
        label: { position: 'inside', formatter: '{c}', color: '#fff', fontWeight: 'bold' },
        data: [
          { name: label.operating, value: stats.operatingConsortia },
          { name: label.other, value: Math.max(0, stats.consortia - stats.operatingConsortia) },
        ],
      },
    ],
  };
}

/** Organisations by province, largest first, as bars. */
export function byProvinceOption(stats: PlatformStats, provinceName: (code: string) => string): ChartOption {
  const rows = [...stats.byProvince].sort((a, b) => b.count - a.count);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: rows.map((r) => provinceName(r.province)),
      axisLabel: { rotate: rows.length > 8 ? 40 : 0 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        data: rows.map((r) => r.count),
        barMaxWidth: 28,
        label: { show: true, position: 'top' },
      },
    ],
  };
}
