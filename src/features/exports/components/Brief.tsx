// A printable A4 brief of the current view: title, as-of date, scope, a summary, then each thrust,
// each figure with its status and its source. Sections flow on from one another, so a brief for
// one or two departments is a page or two rather than a page per thrust.
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from '@/lib/router';
import { useTranslation } from '@/lib/i18n';
import { CommitmentsTable } from '@/components/ui/CommitmentsTable';
import { QueryView } from '@/components/ui/Panel';
import { BriefSummary } from './BriefSummary';
import { paths } from '@/config/paths';
import { serializeFilters, type ViewFilters } from '@/domain/filters';
import { formatDate, pick } from '@/domain/format';
import { compareCommitments } from '@/domain/commitment-rows';
import { applyFilters, useAssessedIndicators } from '@/hooks/use-assessed-indicators';
import { useLanguage } from '@/hooks/use-language';
import { useToday } from '@/hooks/use-today';
import { departmentQueries, programmeQueries, thrustQueries } from '@/lib/api/queries';
import styles from './brief.module.css';

function useScope(filters: ViewFilters): string {
  const { t } = useTranslation();
  const lang = useLanguage();
  const departments = useQuery(departmentQueries.list());
  const thrusts = useQuery(thrustQueries.list());
  const thrustName = (id: string) => {
    const thrust = thrusts.data?.find((th) => th.id === id);
    return thrust ? `${thrust.id} ${pick(thrust.shortName, lang)}` : id;
  };
  const parts = [
    ...filters.departments.map(
      (id) => departments.data?.find((d) => d.id === id)?.shortName[lang] ?? id,
    ),
    ...(filters.thrust ? [thrustName(filters.thrust)] : []),
    ...(filters.status ? [t(`status.${filters.status}`)] : []),
    ...(filters.q ? [`“${filters.q}”`] : []),
  ];
  return parts.length > 0 ? parts.join(lang === 'zh' ? '、' : ', ') : t('brief.everything');
}

/** Up to this many rows the brief fits a page or two: the summary does not take a page alone. */
const SHORT_BRIEF_ROWS = 16;

export function Brief({ filters }: { filters: ViewFilters }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const today = useToday();
  const programme = useQuery(programmeQueries.detail());
  const thrusts = useQuery(thrustQueries.list());
  const departments = useQuery(departmentQueries.list());
  const query = useAssessedIndicators();
  const scope = useScope(filters);
  const search = serializeFilters(filters).toString();
  const title = programme.data ? pick(programme.data.title, lang) : t('app.title');

  // The print dialog offers the page title as the PDF's file name.
  useEffect(() => {
    const previous = document.title;
    document.title = `${title} · ${t('brief.label')} · ${today}`;
    return () => {
      document.title = previous;
    };
  }, [title, today, t]);

  return (
    <main>
      <article className={styles.brief}>
        <header className={styles.header}>
          <div className={styles.tools}>
            <Link to={{ pathname: paths.overview, search: search ? `?${search}` : '' }}>
              ← {t('brief.back')}
            </Link>
            <button type="button" className={styles.print} onClick={() => window.print()}>
              {t('brief.print')}
            </button>
          </div>
          <p className={styles.kicker}>{t('brief.label')}</p>
          <h1 className={styles.title}>{title}</h1>
          <p className={styles.meta}>
            <span>{t('brief.asOf', { date: formatDate(today, lang) })}</span>
            <span>{t('brief.filters', { filters: scope })}</span>
          </p>
        </header>

        <QueryView query={query} loadingLabel={t('app.loading')}>
          {(all) => {
            const items = applyFilters(all, filters);
            if (items.length === 0) return <p>{t('brief.empty')}</p>;
            // A long brief starts its thrusts on page two; a short one runs on beneath.
            const long = items.length > SHORT_BRIEF_ROWS;
            return (
              <>
                <BriefSummary items={items} departments={departments.data ?? []} />
                {long && <div className={styles.pageBreak} aria-hidden="true" />}
                {(thrusts.data ?? []).map((thrust) => {
                  const rows = items
                    .filter((a) => a.indicator.thrustId === thrust.id)
                    .sort(compareCommitments);
                  if (rows.length === 0) return null;
                  return (
                    <section
                      key={thrust.id}
                      className={styles.thrust}
                      data-thrust={thrust.id}
                      aria-labelledby={`brief-${thrust.id}`}
                    >
                      <h2 id={`brief-${thrust.id}`} className={styles.thrustTitle}>
                        <span className={styles.thrustId}>{thrust.id}</span>{' '}
                        {pick(thrust.name, lang)}
                        <span className={styles.count}>
                          {t('brief.count', { count: rows.length })}
                        </span>
                      </h2>
                      <CommitmentsTable
                        items={rows}
                        departments={departments.data ?? []}
                        today={today}
                        search={search ? `?${search}` : ''}
                        caption={`${thrust.id} ${pick(thrust.name, lang)}`}
                        forPrint
                      />
                    </section>
                  );
                })}
              </>
            );
          }}
        </QueryView>
        <footer className={styles.footer}>{t('brief.footer')}</footer>
      </article>
    </main>
  );
}
