// Pieces every slide shares: its heading, the status column, a figure with its date, and the one
// source line at the foot of the slide.
import type { ReactNode } from 'react';
import { useTranslation } from '@/lib/i18n';
import { IndicatorFigure } from '@/components/ui/IndicatorFigure';
import { StatusStack } from '@/components/charts/StatusStack';
import { StatusBadge, StatusBadges } from '@/components/ui/StatusBadge';
import { EMPTY_FILTERS } from '@/domain/filters';
import { formatDate, formatNumber, pick } from '@/domain/format';
import { BAR_ORDER, statusSegments } from '@/domain/scorecards';
import type { Department, Indicator } from '@/domain/schemas';
import { screenSources, shownRecord } from '@/domain/sources';
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

/**
 * The status column of a slide: the badges stacked, so every badge of a slide starts at the same
 * left edge, whatever the row's words.
 */
export function SlideStatus({ item }: { item: AssessedIndicator }) {
  return (
    <div className={styles.statusColumn}>
      <StatusBadges
        status={item.assessment.status}
        stale={item.assessment.stale}
        illustrative={item.assessment.illustrative}
      />
    </div>
  );
}

/**
 * A figure as a slide shows it, with the date it is for. Big figures lead with the source's own
 * value; rows show the newest value, the one their status is judged on.
 */
export function SlideFigure({
  item,
  today,
  big = false,
  roomy = true,
}: {
  item: AssessedIndicator;
  today: string;
  big?: boolean;
  /** False where eight rows share the slide: a milestone's state without the source's words. */
  roomy?: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const prefer = big ? 'reported' : 'latest';
  const { indicator } = item;
  const record = shownRecord(indicator, today, prefer);
  return (
    <div className={styles.slideFigure}>
      <IndicatorFigure
        indicator={indicator}
        today={today}
        prefer={prefer}
        stateNote={roomy}
        className={big ? styles.bigFigure : styles.figure}
      />
      {record && (
        <span className={styles.asOf}>
          {t('overview.asOf', { date: formatDate(record.date, lang, 'short') })}
        </span>
      )}
    </div>
  );
}

/**
 * The slide's one source line: who said the figures shown, where and when, each once; and, when
 * any of them is made up, that the marked ones are illustrative.
 */
export function SlideSources({
  indicators,
  today,
  prefer = 'latest',
}: {
  indicators: readonly Indicator[];
  today: string;
  prefer?: 'latest' | 'reported';
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (indicators.length === 0) return null;
  const { groups, illustrative } = screenSources(indicators, today, prefer);
  const sep = lang === 'zh' ? '、' : ', ';
  const sources = groups
    .map(
      (g) =>
        `${g.speakers.map((s) => pick(s, lang)).join(sep)} · ${pick(g.source, lang)} · ${formatDate(g.date, lang)}`,
    )
    .join(lang === 'zh' ? '；' : '; ');
  return (
    <p className={styles.sources}>
      {t('present.sources', { sources })}
      {illustrative && ` · ${t('present.sourcesIllustrative')}`}
    </p>
  );
}

/** One stacked status bar with its counts beneath, each under its own segment. */
export function SlideStatusBar({
  counts,
  total,
}: {
  counts: Parameters<typeof statusSegments>[0];
  total: number;
}) {
  const lang = useLanguage();
  return (
    <div className={styles.summaryBar}>
      <StatusStack counts={counts} total={total} className={styles.stack} />
      <p className={styles.segmentCounts} aria-hidden="true">
        {statusSegments(counts, total).map((s) => (
          <span key={s.status} style={{ flexGrow: s.count }} data-segment={s.status}>
            {formatNumber(s.count, lang)}
          </span>
        ))}
      </p>
    </div>
  );
}

/** The bars' legend as a column, so the status words line up with one another. */
export function SlideStatusLegend() {
  const { t } = useTranslation();
  return (
    <ul className={styles.legendColumn} aria-label={t('filters.status')}>
      {BAR_ORDER.map((s) => (
        <li key={s}>
          <StatusBadge status={s} />
        </li>
      ))}
    </ul>
  );
}
