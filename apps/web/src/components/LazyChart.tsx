import { Skeleton } from 'antd';
import type { ChartOption } from './chartTypes';
import { lazy, Suspense } from 'react';

const ChartImpl = lazy(() => import('./Chart').then((m) => ({ default: m.Chart })));

/** A chart whose ECharts code loads on first use, so pages without charts never fetch it. */
export function LazyChart(props: { option: ChartOption; height?: number; testId?: string; label?: string }) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: props.height ?? 280 }} />}>
      <ChartImpl {...props} />
    </Suspense>
  );
}
