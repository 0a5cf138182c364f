// Observations against the target and the required path. Presentational: series and formatters in.
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceDot,
  ReferenceLine,
  XAxis,
  YAxis,
} from 'recharts';
import { axisLabelWidth, type ChartPoint, type IndicatorSeries } from '@/domain/series';
import { ChartFrame } from './ChartFrame';
import styles from './indicator-chart.module.css';

export interface ChartLabels {
  title: string;
  observed: string;
  reported: string;
  illustrative: string;
  expected: string;
  target: string;
  supersededTarget: string;
  events: Record<'source' | 'targetChange', string>;
}

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: ChartPoint;
  scale?: number;
}

/** Reported points are solid discs; illustrative ones hollow squares, so print and colour-blind readers tell them apart. */
function ObservationDot({ cx, cy, payload, scale = 1 }: DotProps) {
  if (cx === undefined || cy === undefined || payload?.observed === undefined) return <g />;
  const r = 6 * scale;
  return payload.provenance === 'reported' ? (
    <circle
      cx={cx}
      cy={cy}
      r={r}
      fill="var(--chart-reported)"
      stroke="var(--surface)"
      strokeWidth={2 * scale}
    />
  ) : (
    <rect
      x={cx - r + scale}
      y={cy - r + scale}
      width={2 * (r - scale)}
      height={2 * (r - scale)}
      fill="var(--surface)"
      stroke="var(--chart-illustrative)"
      strokeWidth={2 * scale}
    />
  );
}

export function IndicatorChart({
  series,
  labels,
  formatX,
  formatY,
  invert = false,
  integer = false,
  height = 320,
  fontSize = 12,
  unitLabel,
}: {
  series: IndicatorSeries;
  labels: ChartLabels;
  formatX: (t: number) => string;
  formatY: (v: number) => string;
  /** Draw the value axis upside down, so that better is up for rankings. */
  invert?: boolean;
  /** Whole numbers only on the value axis (ranks, counts). */
  integer?: boolean;
  height?: number;
  /** Text size in px for ticks and labels; wall screens pass a size that scales with the screen. */
  fontSize?: number;
  /** What the value axis counts, said once above it (单位：家 / Unit: firms). */
  unitLabel?: string;
}) {
  // Strokes, dots and margins grow with the text, so a 4K wall screen draws the same picture.
  const scale = fontSize / 12;
  // Wide enough for the longest tick, so no label wraps or runs into the plot.
  const yWidth = axisLabelWidth(series.yTicks.map(formatY), fontSize);

  return (
    <div className={styles.wrap}>
      {unitLabel && (
        <p className={styles.unit} style={{ fontSize }}>
          {unitLabel}
        </p>
      )}
      <ChartFrame height={height} label={labels.title}>
        {(size) => (
          <ComposedChart
            {...size}
            data={series.points}
            margin={{ top: 28 * scale, right: 32 * scale, bottom: 8 * scale, left: 8 * scale }}
          >
            <CartesianGrid vertical={false} stroke="var(--chart-grid)" strokeDasharray="2 4" />
            <XAxis
              dataKey="t"
              type="number"
              scale="time"
              domain={series.xDomain}
              ticks={series.xTicks}
              tickFormatter={formatX}
              stroke="var(--text-muted)"
              tick={{ fill: 'var(--text-muted)', fontSize }}
            />
            <YAxis
              type="number"
              domain={series.yDomain}
              ticks={series.yTicks}
              interval={0}
              tickFormatter={formatY}
              reversed={invert}
              allowDecimals={!integer}
              width={yWidth}
              stroke="var(--text-muted)"
              tick={{ fill: 'var(--text-muted)', fontSize }}
            />
            {series.xBoundaries.map((t) => (
              <ReferenceLine key={`year-${t}`} x={t} stroke="var(--chart-grid)" />
            ))}
            {series.events.map((e) => (
              <ReferenceLine
                key={`${e.kind}-${e.t}`}
                x={e.t}
                stroke="var(--text-muted)"
                strokeDasharray="4 4"
                label={{
                  value: labels.events[e.kind],
                  position: 'top',
                  fill: 'var(--text-muted)',
                  fontSize,
                }}
              />
            ))}
            <Line
              dataKey="expected"
              name={labels.expected}
              stroke="var(--chart-expected)"
              strokeDasharray={`${6 * scale} ${4 * scale}`}
              strokeWidth={2 * scale}
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
            <Line
              dataKey="observed"
              name={labels.observed}
              stroke="var(--chart-reported)"
              strokeWidth={2 * scale}
              dot={(props: DotProps) => <ObservationDot {...props} scale={scale} />}
              activeDot={false}
              connectNulls
              isAnimationActive={false}
            />
            {series.targets.map((tg) => (
              <ReferenceDot
                key={`${tg.t}-${tg.value}`}
                x={tg.t}
                y={tg.value}
                r={8 * scale}
                fill={tg.superseded ? 'var(--surface)' : 'var(--chart-target)'}
                stroke="var(--chart-target)"
                strokeOpacity={tg.superseded ? 0.45 : 1}
                fillOpacity={tg.superseded ? 0.45 : 1}
                strokeWidth={2 * scale}
                label={{
                  value: tg.superseded ? labels.supersededTarget : labels.target,
                  position: 'top',
                  fill: 'var(--text-muted)',
                  fontSize,
                }}
              />
            ))}
          </ComposedChart>
        )}
      </ChartFrame>
      <ul className={styles.legend} aria-hidden="true">
        <li>
          <span className={styles.reported} />
          {labels.reported}
        </li>
        <li>
          <span className={styles.illustrative} />
          {labels.illustrative}
        </li>
        <li>
          <span className={styles.expected} />
          {labels.expected}
        </li>
        <li>
          <span className={styles.target} />
          {labels.target}
        </li>
      </ul>
    </div>
  );
}
