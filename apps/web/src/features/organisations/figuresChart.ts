import type { OrganisationFigure } from '@huahe/contracts';
import type { ChartOption } from '../../components/chartTypes';
import { toWan } from '../../components/format';

/** Revenue and R&D spending (bars, 万元) with R&D intensity (line, %) by year. */
export function figuresOption(
  figures: OrganisationFigure[],
  label: { revenue: string; rdSpending: string; rdIntensity: string; wan: string },
): ChartOption {
  const rows = [...figures].sort((a, b) => a.year - b.year);
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 56, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map((f) => String(f.year)) },
    yAxis: [
      { type: 'value', name: label.wan, nameTextStyle: { align: 'left' } },
      { type: 'value', name: '%', splitLine: { show: false } },
    ],
    series: [
      { type: 'bar', name: label.revenue, data: rows.map((f) => toWan(f.revenue)), barMaxWidth: 28 },
      { type: 'bar', name: label.rdSpending, data: rows.map((f) => toWan(f.rdSpending)), barMaxWidth: 28 },
      {
        type: 'line',
        name: label.rdIntensity,
        yAxisIndex: 1,
        data: rows.map((f) => (f.rdIntensity === null ? null : Number(f.rdIntensity))),
        label: {
          show: true,
          formatter: (p: { dataIndex: number }) => {
            const v = rows[p.dataIndex]?.rdIntensity;
            return v ? `${v}%` : '';
          },
        },
      },
    ],
  };
}
