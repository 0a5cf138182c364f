// Pieces every slide shares: its heading, a figure with status, as-of date and a short source.
import type { ReactNode } from 'react';
import { useTranslation } from '@/lib/i18n';
import { IndicatorFigure, latestObservation } from '@/components/ui/IndicatorFigure';
import { SourceLine } from '@/components/ui/Provenance';
import { StatusBadges } from '@/components/ui/StatusBadge';
import { byDate } from '@/domain/dates';
import { EMPTY_FILTERS } from '@/domain/filters';
import { formatDate, pick } from '@/domain/format';
import type { Department, Indicator } from '@/domain/schemas';
import { applyFilters, type AssessedIndicator } from '@/hooks/use-assessed-indicators';
import { useLanguage } from '@/hooks/use-language';
import styles from '../present.module.css';

/** The indicators a slide shows: those owned by the departments in scope, or all when none is. */
export function forDepartment(
  items: readonly AssessedIndicator[],
  scope: readonly string[],
): AssessedIndicator[] {
  return scope.length > 0
    ? applyFilters(items, { ...EMPTY_FILTERS, departments: [...scope] })
    : [...items];
}

export function SlideHeading({
  kicker,
  title,
  page,
  thrustId,
}: {
  kicker?: ReactNode;
  title: ReactNode;
  page?: { page: number; pages: number };
  thrustId?: string;
}) {
  return (
    <header className={styles.slideHeading} data-thrust={thrustId}>
      {kicker && <p className={styles.kicker}>{kicker}</p>}
      <h2 className={styles.slideTitle}>
        {title}
        {page && page.pages > 1 && (
          <span className={styles.page}>
            {' '}
            {page.page}/{page.pages}
          </span>
        )}
      </h2>
    </header>
  );
}

export function departmentName(
  departments: readonly Department[] | undefined,
  scope: readonly string[],
  lang: 'zh' | 'en',
) {
  if (scope.length === 0) return null;
  return scope
    .map((id) => {
      const d = departments?.find((x) => x.id === id);
      return d ? pick(d.name, lang) : id;
    })
    .join('、');
}

/** The date of the figure shown and its source, in one short line. */
export function FigureSource({
  indicator,
  today,
  prefer,
}: {
  indicator: Indicator;
  today: string;
  prefer: 'latest' | 'reported';
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  let date: string | undefined;
  let provenance;
  if (indicator.kind === 'quantitative') {
    const o =
      (prefer === 'reported' ? latestObservation(indicator, today, 'reported') : null) ??
      latestObservation(indicator, today);
    date = o?.date;
    provenance = o?.provenance;
  } else {
    const u = indicator.updates
      .filter((x) => x.date <= today)
      .sort(byDate)
      .at(-1);
    date = u?.date;
    provenance = u?.provenance;
  }
  const citation = provenance?.kind === 'reported' ? provenance.citation : indicator.commitment;
  return (
    <span className={styles.figureSource}>
      {date && <span>{t('overview.asOf', { date: formatDate(date, lang, 'short') })} · </span>}
      {/* An illustrative figure has no source of its own: cite the commitment it tracks, and say so. */}
      {provenance?.kind !== 'reported' && <span>{t('present.commitmentBy')}</span>}
      <SourceLine citation={citation} short />
    </span>
  );
}

/**
 * A figure as a slide shows it: value, status, as-of date and source. Big figures lead with the
 * source's own value; rows show the newest value, the one their status is judged on.
 */
export function SlideFigure({
  item,
  today,
  big = false,
}: {
  item: AssessedIndicator;
  today: string;
  big?: boolean;
}) {
  const prefer = big ? 'reported' : 'latest';
  return (
    <div className={styles.slideFigure}>
      <IndicatorFigure
        indicator={item.indicator}
        today={today}
        prefer={prefer}
        className={big ? styles.bigFigure : styles.figure}
      />
      <StatusBadges
        status={item.assessment.status}
        stale={item.assessment.stale}
        illustrative={item.assessment.illustrative}
      />
      <FigureSource indicator={item.indicator} today={today} prefer={prefer} />
    </div>
  );
}
