import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { RegionCascaderProps } from './RegionCascader';

const Impl = lazy(() => import('./RegionCascader').then((m) => ({ default: m.RegionCascader })));

/** The region picker, loaded (with its ~3,000-division tree) on first use. */
export function LazyRegionCascader(props: RegionCascaderProps) {
  return (
    <Suspense fallback={<Skeleton.Input active size="small" style={props.style} />}>
      <Impl {...props} />
    </Suspense>
  );
}
