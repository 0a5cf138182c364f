// The commitments table the overview and the thrust pages share: every indicator and milestone
// given, with status and why, owner, latest value and its date, target and trend; sortable, paged.
import { useState } from 'react';
import { Link } from '@/lib/router';
import { useTranslation, type MessageKey } from '@/lib/i18n';
import { Sparkline } from '@/components/charts/Sparkline';
import { paths } from '@/config/paths';
import { reasonLine } from '@/domain/attention';
import {
  DEFAULT_SORT,
  latestRecord,
  pageOf,
  sortCommitments,
  toggleSort,
  type CommitmentSort,
  type CommitmentSortKey,
} from '@/domain/commitment-rows';
import { formatDate, formatNumber, pick } from '@/domain/format';
import type { Department } from '@/domain/schemas';
import { sparklineValues } from '@/domain/series';
import type { AssessedIndicator } from '@/hooks/use-assessed-indicators';
import { useLanguage } from '@/hooks/use-language';
import { IndicatorFigure, IndicatorTarget } from './IndicatorFigure';
import { Owners } from './Owners';
import { StatusBadges } from './StatusBadge';
import { useStatusReasons } from './StatusReasons';
import tableStyles from './table.module.css';
import styles from './commitments-table.module.css';

/** Thirty rows: every thrust's commitments on one page (the largest has 28), the overview in three. */
export const COMMITMENTS_PAGE_SIZE = 30;

function Row({
  item,
  departments,
  today,
  search,
  withSource,
}: {
  item: AssessedIndicator;
  departments: readonly Department[];
  today: string;
  search: string;
  withSource: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { indicator, assessment } = item;
  const reasons = useStatusReasons(indicator, assessment);
  const why = reasonLine(assessment) === 'first' ? reasons[0] : reasons.at(-1);
  const asOf = latestRecord(indicator, today)?.date;
  return (
    <tr data-thrust={indicator.thrustId}>
      <th scope="row">
        <span className={styles.thrustId}>{indicator.thrustId}</span>{' '}
        <Link to={{ pathname: paths.indicator(indicator.id), search }}>
          {pick(indicator.name, lang)}
        </Link>
        {indicator.factCode && <span className={styles.code}>{indicator.factCode}</span>}
      </th>
      <td className={styles.status}>
        <StatusBadges
          status={assessment.status}
          stale={assessment.stale}
          illustrative={assessment.illustrative}
        />
        {/* A context figure has no verdict, so nothing to explain. */}
        {why && assessment.status !== null && <span className={styles.why}>{why}</span>}
      </td>
      <td className={styles.owner}>
        <Owners indicator={indicator} departments={departments} />
      </td>
      <td className={styles.figure}>
        <IndicatorFigure indicator={indicator} today={today} withSource={withSource} />
        {asOf && (
          <span className={styles.asOf}>
            {t('overview.asOf', { date: formatDate(asOf, lang, 'short') })}
          </span>
        )}
      </td>
      <td>
        <IndicatorTarget indicator={indicator} today={today} />
      </td>
      <td>
        {indicator.kind === 'quantitative' && <Sparkline values={sparklineValues(indicator)} />}
      </td>
    </tr>
  );
}

const COLUMNS: { key: CommitmentSortKey | null; label: MessageKey }[] = [
  { key: 'name', label: 'thrust.indicator' },
  { key: 'status', label: 'thrust.status' },
  { key: 'owner', label: 'thrust.owner' },
  { key: 'asOf', label: 'thrust.latest' },
  { key: null, label: 'thrust.target' },
  { key: null, label: 'thrust.trend' },
];

/**
 * `items` are the rows that match the view's filters, all of them: the table pages through them
 * and its footer says which rows of how many are on screen, so the count above always adds up.
 * On paper (the brief) it is not paged or sortable, and each figure names its source.
 */
export function CommitmentsTable({
  items,
  departments,
  today,
  search,
  caption,
  pageSize = COMMITMENTS_PAGE_SIZE,
  forPrint = false,
}: {
  items: readonly AssessedIndicator[];
  departments: readonly Department[];
  today: string;
  search: string;
  caption: string;
  pageSize?: number;
  /** The brief: every row, in the review order, each figure with its source; no controls. */
  forPrint?: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [sort, setSort] = useState<CommitmentSort>(DEFAULT_SORT);
  const [page, setPage] = useState(1);
  const ownerName = (id: string) => {
    const d = departments.find((x) => x.id === id);
    return d ? pick(d.shortName, lang) : id;
  };
  const sorted = sortCommitments(items, sort, { lang, today, ownerName });
  const shown = pageOf(sorted, page, forPrint ? Math.max(1, sorted.length) : pageSize);
  const sortBy = (key: CommitmentSortKey) => {
    setSort((s) => toggleSort(s, key));
    setPage(1);
  };
  return (
    <div className={styles.wrap}>
      <div className={tableStyles.scroll}>
        <table className={`${tableStyles.table} ${tableStyles.alignTop} ${styles.table}`}>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {COLUMNS.map(({ key, label }) => (
                <th
                  key={label}
                  scope="col"
                  aria-sort={
                    key && !forPrint && sort.key === key
                      ? sort.dir === 'asc'
                        ? 'ascending'
                        : 'descending'
                      : undefined
                  }
                >
                  {key && !forPrint ? (
                    <button type="button" className={styles.sort} onClick={() => sortBy(key)}>
                      {t(label)}
                      <span aria-hidden="true" className={styles.arrow}>
                        {sort.key === key ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  ) : (
                    t(label)
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.rows.map((item) => (
              <Row
                key={item.indicator.id}
                item={item}
                departments={departments}
                today={today}
                search={search}
                withSource={forPrint}
              />
            ))}
          </tbody>
        </table>
      </div>
      {!forPrint && (
        <nav className={styles.pager} aria-label={t('commitments.pages')}>
          <span className={styles.range}>
            {t('commitments.range', {
              from: formatNumber(shown.from, lang),
              to: formatNumber(shown.to, lang),
              total: formatNumber(shown.total, lang),
            })}
          </span>
          {shown.pages > 1 && (
            <>
              <button
                type="button"
                disabled={shown.page <= 1}
                onClick={() => setPage(shown.page - 1)}
              >
                {t('commitments.previous')}
              </button>
              <span>
                {t('commitments.page', {
                  page: formatNumber(shown.page, lang),
                  pages: formatNumber(shown.pages, lang),
                })}
              </span>
              <button
                type="button"
                disabled={shown.page >= shown.pages}
                onClick={() => setPage(shown.page + 1)}
              >
                {t('commitments.next')}
              </button>
            </>
          )}
        </nav>
      )}
    </div>
  );
}
