import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@/lib/i18n';
import { SourceLine } from '@/components/ui/Provenance';
import { isFiltered } from '@/domain/filters';
import { formatDate, pick } from '@/domain/format';
import { ViewExports } from '@/features/exports/components/ViewExports';
import { AttentionStrip } from '@/features/overview/components/AttentionStrip';
import { CommitmentsPanel } from '@/components/ui/CommitmentsPanel';
import { HeadlineTiles } from '@/features/overview/components/HeadlineTiles';
import { ThrustCards } from '@/features/overview/components/ThrustCards';
import { useFilteredIndicators } from '@/hooks/use-assessed-indicators';
import { useLanguage } from '@/hooks/use-language';
import { useViewFilters } from '@/hooks/use-view-filters';
import { programmeQueries } from '@/lib/api/queries';
import styles from './routes.module.css';

/** The programme's title as the page heading; `title` names the page until the title arrives. */
export function ProgrammeHeading({ title }: { title?: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const programme = useQuery(programmeQueries.detail());
  const p = programme.data;
  return (
    <header className={styles.pageHeader}>
      <h1 className={styles.pageTitle}>
        {p ? pick(p.title, lang) : (title ?? t('overview.heading'))}
      </h1>
      {/* The line is there while loading too, so the page below does not move when it fills. */}
      <p className={styles.pageMeta}>
        {p ? (
          <>
            {pick(p.headline, lang)} · {pick(p.event, lang)} · {formatDate(p.sourceDate, lang)} ·{' '}
            <SourceLine citation={p.citation} />
          </>
        ) : (
          '\u00a0'
        )}
      </p>
    </header>
  );
}

export function FilterSummary() {
  const { t } = useTranslation();
  const { filters } = useViewFilters();
  const { all, filtered } = useFilteredIndicators(filters);
  if (!isFiltered(filters)) return null;
  // Kept in place while loading, so the figures below do not move when the count arrives.
  return (
    <p className={styles.summary} role="status">
      {all && filtered
        ? t('filters.showing', { shown: filtered.length, total: all.length })
        : '\u00a0'}
    </p>
  );
}

export function OverviewRoute() {
  const { t } = useTranslation();
  const { filters, search, thrustPageSearch } = useViewFilters();
  return (
    <>
      <ProgrammeHeading />
      <FilterSummary />
      {/* What needs attention comes first, above the fold at 1366×768 as at 1920×1080. */}
      <AttentionStrip filters={filters} search={search} />
      <HeadlineTiles filters={filters} search={search} />
      <ThrustCards filters={filters} search={thrustPageSearch} />
      <CommitmentsPanel
        title={t('commitments.heading')}
        filters={filters}
        search={search}
        empty={t('commitments.empty')}
        deferred
      />
      <ViewExports filters={filters} />
    </>
  );
}
