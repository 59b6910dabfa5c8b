import { useEffect, useRef } from 'react';
import { useLang } from '../app/i18n';
import type { ChartOption } from './chartTypes';
import { echarts } from './charts';

/**
 * An ECharts chart (core build, see charts.ts) that follows its container's size.
 * A thin wrapper of our own: echarts-for-react 3.0.6 imports `tslib` without declaring it.
 */
export function Chart(props: { option: ChartOption; height?: number; testId?: string; label?: string }) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const locale = useLang() === 'en' ? 'EN' : 'ZH';
  const option = useRef(props.option);
  option.current = props.option;

  // Dates and number formats follow the interface language, which is fixed at init: re-create on change.
  useEffect(() => {
    if (!el.current) return;
    const instance = echarts.init(el.current, undefined, { renderer: 'canvas', locale });
    instance.setOption(option.current, { notMerge: true });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [locale]);

  useEffect(() => {
    chart.current?.setOption(props.option, { notMerge: true });
  }, [props.option]);

  return (
    <div
      ref={el}
      data-testid={props.testId}
      role="img"
      aria-label={props.label}
      style={{ height: props.height ?? 280, width: '100%' }}
    />
  );
}
