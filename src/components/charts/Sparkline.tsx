// A small trend line as plain SVG: the overview shows eight of them, and drawing them needs no
// chart library on the first screen (recharts loads with the indicator page).

/** Decorative: the value and its status are beside it in words. */
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
  const pad = 3;
  const ts = values.map((v) => v.t);
  const vs = values.map((v) => v.value);
  const [t0, t1] = [Math.min(...ts), Math.max(...ts)];
  const [v0, v1] = [Math.min(...vs), Math.max(...vs)];
  const x = (t: number) => pad + ((t - t0) / (t1 - t0 || 1)) * (width - 2 * pad);
  const y = (v: number) => height - pad - ((v - v0) / (v1 - v0 || 1)) * (height - 2 * pad);
  const points = values.map((v) => `${x(v.t).toFixed(1)},${y(v.value).toFixed(1)}`).join(' ');
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      <polyline
        points={points}
        fill="none"
        stroke={color}
        strokeWidth={2}
        strokeLinejoin="round"
        strokeLinecap="round"
      />
    </svg>
  );
}
