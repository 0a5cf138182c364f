// A titled section with its own error boundary, so one failing part never takes the page down.
import { useId, type ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorMessage } from './ErrorMessage';
import {
  RetryingNotice,
  StaleData,
  StaleNotice,
  refreshFailed,
  type QueryLike,
} from './QueryState';
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

/**
 * Loading (saying so when it retries), error with retry, or the content: the states of a panel's
 * query. Content whose refresh failed stays, marked stale. `also` are queries the content uses
 * besides its own (e.g. counts from the indicator list): their failures are said here too.
 */
export function QueryView<T>({
  query,
  also = [],
  loadingLabel,
  placeholder,
  children,
}: {
  query: QueryLike<T>;
  also?: readonly QueryLike[];
  loadingLabel: string;
  /** Shown while loading instead of plain rows: one shaped like the content keeps the page still. */
  placeholder?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (query.data !== undefined) {
    const all = [query, ...also];
    const missing = also.find((q) => q.data === undefined && q.error);
    return (
      <>
        <StaleNotice queries={all} />
        {missing && <ErrorMessage error={missing.error} onRetry={() => void missing.refetch()} />}
        <StaleData stale={all.some(refreshFailed)}>{children(query.data)}</StaleData>
      </>
    );
  }
  if (query.error) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <>
      {placeholder ?? <Skeleton label={loadingLabel} />}
      <RetryingNotice query={query} />
    </>
  );
}
