// Off track, at risk and stale commitments, worst first, each with its first reason.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from '@/lib/router';
import { useTranslation } from '@/lib/i18n';
import { Owners } from '@/components/ui/Owners';
import { Panel, QueryView } from '@/components/ui/Panel';
import { StatusBadges } from '@/components/ui/StatusBadge';
import { useStatusReasons } from '@/components/ui/StatusReasons';
import { paths } from '@/config/paths';
import type { ViewFilters } from '@/domain/filters';
import { pick } from '@/domain/format';
import type { Department } from '@/domain/schemas';
import { attentionRank, needsAttention } from '@/domain/status';
import {
  applyFilters,
  useDeferredAssessedIndicators,
  type AssessedIndicator,
} from '@/hooks/use-assessed-indicators';
import { useLanguage } from '@/hooks/use-language';
import { departmentQueries } from '@/lib/api/queries';
import styles from './overview.module.css';

/** Worst first; the rest on request, so the list stays readable on one screen. */
const ATTENTION_FIRST = 10;

function AttentionItem({
  item,
  departments,
  search,
}: {
  item: AssessedIndicator;
  departments: Department[];
  search: string;
}) {
  const lang = useLanguage();
  const reasons = useStatusReasons(item.indicator, item.assessment);
  const staleReason = item.assessment.stale ? reasons.at(-1) : undefined;
  return (
    <li className={styles.attentionItem} data-thrust={item.indicator.thrustId}>
      <div className={styles.attentionHead}>
        <Link to={{ pathname: paths.indicator(item.indicator.id), search }}>
          {pick(item.indicator.name, lang)}
        </Link>
        <StatusBadges
          status={item.assessment.status}
          stale={item.assessment.stale}
          illustrative={item.assessment.illustrative}
        />
      </div>
      <p className={styles.attentionMeta}>
        <span className={styles.thrustId}>{item.indicator.thrustId}</span> ·{' '}
        <Owners indicator={item.indicator} departments={departments} />
      </p>
      <p className={styles.attentionReason}>
        {item.assessment.status === 'offTrack' || item.assessment.status === 'atRisk'
          ? reasons[0]
          : staleReason}
      </p>
    </li>
  );
}

export function AttentionList({ filters, search }: { filters: ViewFilters; search: string }) {
  const { t } = useTranslation();
  const query = useDeferredAssessedIndicators();
  const departments = useQuery(departmentQueries.list());
  const [showAll, setShowAll] = useState(false);
  const items = query.data
    ? applyFilters(query.data, filters)
        .filter((a) => needsAttention(a.assessment))
        .sort((a, b) => attentionRank(a.assessment) - attentionRank(b.assessment))
    : [];
  return (
    <Panel
      title={t('overview.attention')}
      actions={
        query.data ? (
          <span className={styles.count}>
            {t('overview.attentionCount', { count: items.length })}
          </span>
        ) : null
      }
    >
      <QueryView query={query} loadingLabel={t('app.loading')}>
        {(all) =>
          all.length === 0 ? (
            <p>{t('empty.indicators')}</p>
          ) : items.length === 0 ? (
            <p>{t('overview.attentionEmpty')}</p>
          ) : (
            <>
              <ul className={styles.attention}>
                {(showAll ? items : items.slice(0, ATTENTION_FIRST)).map((item) => (
                  <AttentionItem
                    key={item.indicator.id}
                    item={item}
                    departments={departments.data ?? []}
                    search={search}
                  />
                ))}
              </ul>
              {items.length > ATTENTION_FIRST && (
                <button
                  type="button"
                  className={styles.more}
                  aria-expanded={showAll}
                  onClick={() => setShowAll((v) => !v)}
                >
                  {showAll
                    ? t('overview.showFewer', { count: ATTENTION_FIRST })
                    : t('overview.showAll', { count: items.length })}
                </button>
              )}
            </>
          )
        }
      </QueryView>
    </Panel>
  );
}
