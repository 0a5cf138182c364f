// A titled section with its own error boundary, so one failing part never takes the page down.
import { useId, type ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorMessage } from './ErrorMessage';
import styles from './panel.module.css';

export function Panel({
  title,
  actions,
  children,
  headingLevel = 2,
  className,
}: {
  title: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  headingLevel?: 2 | 3;
  className?: string;
}) {
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={`${styles.panel} ${className ?? ''}`} aria-labelledby={id}>
      <header className={styles.header}>
        <Heading id={id} className={styles.title}>
          {title}
        </Heading>
        {actions}
      </header>
      <ErrorBoundary fallback={(error, reset) => <ErrorMessage error={error} onRetry={reset} />}>
        {children}
      </ErrorBoundary>
    </section>
  );
}

/** Placeholder rows while data loads, announced once to screen readers. */
export function Skeleton({ rows = 3, label }: { rows?: number; label: string }) {
  return (
    <div className={styles.skeleton} role="status" aria-label={label}>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className={styles.skeletonRow} />
      ))}
    </div>
  );
}

/** Loading, error with retry, or the content: the three states of a panel's query. */
export function QueryView<T>({
  query,
  loadingLabel,
  children,
}: {
  query: { data: T | undefined; error: unknown; isPending: boolean; refetch: () => unknown };
  loadingLabel: string;
  children: (data: T) => ReactNode;
}) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.error) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  return <Skeleton label={loadingLabel} />;
}
