// The one place charts meet their container: responsive in the browser, a fixed size when the
// size context says so (jsdom has no layout, so tests give one).
import { createContext, useContext, type ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

export const ChartSizeContext = createContext<{ width: number; height: number } | null>(null);

export function ChartFrame({
  height,
  label,
  children,
}: {
  height: number;
  label: string;
  children: (size: { width?: number; height?: number }) => ReactElement;
}) {
  const fixed = useContext(ChartSizeContext);
  return (
    <div role="img" aria-label={label} style={{ width: '100%', height }}>
      {fixed ? (
        children(fixed)
      ) : (
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 600, height }}>
          {children({})}
        </ResponsiveContainer>
      )}
    </div>
  );
}
