import { Line, LineChart, YAxis } from 'recharts';

/** A small trend line; fixed size, so it needs no container. Decorative: the value is beside it. */
export function Sparkline({
  values,
  width = 96,
  height = 28,
  color = 'var(--text-muted)',
}: {
  values: { t: number; value: number }[];
  width?: number;
  height?: number;
  color?: string;
}) {
  if (values.length < 2) return null;
  return (
    <span aria-hidden="true" style={{ display: 'inline-block', width, height }}>
      <LineChart
        width={width}
        height={height}
        data={values}
        margin={{ top: 3, right: 3, bottom: 3, left: 3 }}
        accessibilityLayer={false}
      >
        <YAxis hide domain={['dataMin', 'dataMax']} />
        <Line
          type="monotone"
          dataKey="value"
          stroke={color}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </span>
  );
}
