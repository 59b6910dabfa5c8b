import type { WhatIf } from '@huahe/contracts';
import type { ChartOption } from '../../components/chartTypes';
import { formatMoney, toWan } from '../../components/format';

type Method = WhatIf['methods'][number];

/**
 * Members × methods as grouped horizontal bars (one bar per method and member, in 万元 for the axis
 * only); the tooltip shows every method's exact amount for the member under the pointer.
 */
export function whatIfOption(
  w: WhatIf,
  methods: Method[],
  label: { axis: string; yuan: string },
  narrow: boolean,
): ChartOption {
  const parties = [...w.parties].reverse();
  const amountOf = (m: Method, id: string) => m.members.find((x) => x.organisationId === id)?.amount;
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params: unknown) => {
        const ps = params as { dataIndex: number; marker: string; seriesIndex: number }[];
        const first = ps[0];
        const p = first ? parties[first.dataIndex] : undefined;
        if (!p) return '';
        const rows = ps.map((x) => {
          const m = methods[x.seriesIndex];
          return m ? `${x.marker}${m.label}: <b>${formatMoney(amountOf(m, p.id))}</b> ${label.yuan}` : '';
        });
        return [`<b>${p.name}</b>`, ...rows].join('<br/>');
      },
    },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 8, right: 24, top: 36, bottom: 28, containLabel: true },
    // The unit goes under the axis, where a long English name is not cut off at the edge.
    xAxis: {
      type: 'value',
      name: label.axis,
      nameLocation: 'middle',
      nameGap: 26,
      splitNumber: narrow ? 3 : 5,
    },
    yAxis: {
      type: 'category',
      data: parties.map((p) => p.name),
      axisLabel: { width: narrow ? 96 : 200, overflow: 'truncate' },
    },
    series: methods.map((m) => ({
      type: 'bar' as const,
      name: m.label,
      barMaxWidth: 10,
      barGap: '10%',
      data: parties.map((p) => toWan(amountOf(m, p.id))),
    })),
  };
}

/** A height that leaves each member's group of bars readable. */
export const whatIfHeight = (parties: number, methods: number) =>
  Math.max(240, 60 + parties * Math.max(20, methods * 7 + 8));
