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
 * A small uPlot chart over months (or any other labelled slots, such as regencies). uPlot (about 50 KB) is loaded
 * only when a chart is drawn, so the field app and the lists never carry it. `label` names the chart for screen
 * readers; the numbers are in a table beside it. `digits`: decimals of the values under the cursor.
 */
export function HistoryChart({ label, months, series, language, digits = 0 }: { label: string; months: string[]; series: ChartSeries[]; language: Language; digits?: number }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let chart: uPlot | undefined;
    let cancelled = false;
    void Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(([{ default: UPlot }]) => {
      if (cancelled || !box.current) return;
      const width = Math.max(280, box.current.clientWidth - 8);
      const bars = UPlot.paths.bars!({ size: [0.6, 40] });
      // Half a slot either side, so the first and last bars are whole and a single slot still has a width.
      const padded = series.some((entry) => entry.style === 'bars');
      const round = 10 ** digits;
      // A constant dashed series is a reference level (AMC, the WHO levels): drawn across the whole plot, as its own
      // path would stop at the centres of the first and last slots, and a single slot would have none.
      const levels = series.map((entry) => (padded && entry.style === 'dashed' && entry.values.length > 0 && entry.values.every((value) => value !== null && value === entry.values[0]) ? entry.values[0] : null));
      const drawLevels = (plot: uPlot) => {
        const context = plot.ctx;
        levels.forEach((level, index) => {
          if (level === null) return;
          const y = plot.valToPos(level, 'y', true);
          context.save();
          context.strokeStyle = series[index].color;
          context.lineWidth = 2 * devicePixelRatio;
          context.setLineDash([6 * devicePixelRatio, 4 * devicePixelRatio]);
          context.beginPath();
          context.moveTo(plot.bbox.left, y);
          context.lineTo(plot.bbox.left + plot.bbox.width, y);
          context.stroke();
          context.restore();
        });
      };
      chart = new UPlot(
        {
          width,
          height: 220,
          legend: { show: true },
          cursor: { show: true, drag: { x: false, y: false } },
          // Bars stand on zero: the value axis of a bar chart always includes it.
          scales: padded
            ? { x: { time: false, range: [-0.5, months.length - 0.5] }, y: { range: (_plot, min, max) => UPlot.rangeNum(Math.min(0, min), max, 0.1, true) } }
            : { x: { time: false } },
          hooks: { draw: [drawLevels] },
          axes: [
            // Whole slots only: a tick between two months (or regencies) has no label.
            { values: (_plot, ticks) => ticks.map((tick) => months[tick] ?? ''), incrs: [1, 2, 3, 4, 6, 12, 24] },
            { values: (_plot, ticks) => ticks.map((tick) => formatNumber(tick, language)), size: 60 },
          ],
          series: [
            { label: '' },
            ...series.map((entry, index) => ({
              label: entry.label,
              stroke: entry.color,
              width: entry.style === 'bars' ? 1 : 2,
              fill: entry.style === 'bars' ? `${entry.color}55` : undefined,
              dash: entry.style === 'dashed' ? [6, 4] : undefined,
              paths: entry.style === 'bars' ? bars : levels[index] !== null ? () => null : undefined,
              points: { show: entry.style === 'line' },
              value: (_plot: uPlot, value: number | null) => (value === null ? '–' : formatNumber(Math.round(value * round) / round, language)),
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
  }, [months, series, language, digits]);
  return <div className="chart" ref={box} role="img" aria-label={label} />;
}
