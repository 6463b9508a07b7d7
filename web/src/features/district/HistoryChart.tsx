import { useEffect, useRef } from 'react';
import type uPlot from 'uplot';
import { formatNumber, type Language } from '../../i18n/format';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  color: string;
  /** Bars for monthly amounts, a line otherwise; dashed for reference lines (AMC, min, max). */
  style: 'bars' | 'line' | 'dashed';
}

/**
 * A small uPlot chart over months. uPlot (about 50 KB) is loaded only when a chart is drawn, so the field app and
 * the lists never carry it. `label` names the chart for screen readers; the numbers are in a table beside it.
 */
export function HistoryChart({ label, months, series, language }: { label: string; months: string[]; series: ChartSeries[]; language: Language }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let chart: uPlot | undefined;
    let cancelled = false;
    void Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(([{ default: UPlot }]) => {
      if (cancelled || !box.current) return;
      const width = Math.max(280, box.current.clientWidth - 8);
      const bars = UPlot.paths.bars!({ size: [0.6, 40] });
      chart = new UPlot(
        {
          width,
          height: 220,
          legend: { show: true },
          cursor: { show: true, drag: { x: false, y: false } },
          scales: { x: { time: false } },
          axes: [
            { values: (_plot, ticks) => ticks.map((tick) => months[tick] ?? '') },
            { values: (_plot, ticks) => ticks.map((tick) => formatNumber(tick, language)), size: 60 },
          ],
          series: [
            { label: '' },
            ...series.map((entry) => ({
              label: entry.label,
              stroke: entry.color,
              width: entry.style === 'bars' ? 1 : 2,
              fill: entry.style === 'bars' ? `${entry.color}55` : undefined,
              dash: entry.style === 'dashed' ? [6, 4] : undefined,
              paths: entry.style === 'bars' ? bars : undefined,
              points: { show: entry.style === 'line' },
              value: (_plot: uPlot, value: number | null) => (value === null ? '–' : formatNumber(Math.round(value), language)),
            })),
          ],
        },
        [months.map((_month, index) => index), ...series.map((entry) => entry.values)] as uPlot.AlignedData,
        box.current,
      );
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [months, series, language]);
  return <div className="chart" ref={box} role="img" aria-label={label} />;
}
