// Above the fold: what is off track, at risk, short of data or stale, worst first, with owner and
// why in one line; the rest on request. Shaped by the same function as the slides and the brief.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from '@/lib/router';
import { useTranslation } from '@/lib/i18n';
import { Owners } from '@/components/ui/Owners';
import { Panel, QueryView } from '@/components/ui/Panel';
import { StatusBadge, StatusBadges } from '@/components/ui/StatusBadge';
import { useStatusReasons } from '@/components/ui/StatusReasons';
import { paths } from '@/config/paths';
import { ATTENTION_GROUPS, attentionCounts, attentionList, reasonLine } from '@/domain/attention';
import type { ViewFilters } from '@/domain/filters';
import { formatNumber, pick } from '@/domain/format';
import type { Department } from '@/domain/schemas';
import {
  applyFilters,
  useDeferredAssessedIndicators,
  type AssessedIndicator,
} from '@/hooks/use-assessed-indicators';
import { useLanguage } from '@/hooks/use-language';
import { departmentQueries } from '@/lib/api/queries';
import styles from './attention-strip.module.css';

/** Two rows of three at desk widths: enough to act on, short enough to stay above the fold. */
const ATTENTION_FIRST = 6;

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
  const why = reasonLine(item.assessment) === 'first' ? reasons[0] : reasons.at(-1);
  return (
    <li className={styles.item} data-thrust={item.indicator.thrustId}>
      <span className={styles.badges}>
        <StatusBadges
          status={item.assessment.status}
          stale={item.assessment.stale}
          illustrative={item.assessment.illustrative}
        />
      </span>
      <span className={styles.body}>
        <span className={styles.name}>
          <span className={styles.thrustId}>{item.indicator.thrustId}</span>{' '}
          <Link to={{ pathname: paths.indicator(item.indicator.id), search }}>
            {pick(item.indicator.name, lang)}
          </Link>
        </span>
        <span className={styles.meta}>
          <Owners indicator={item.indicator} departments={departments} />
          {why ? ` · ${why}` : ''}
        </span>
      </span>
    </li>
  );
}

export function AttentionStrip({ filters, search }: { filters: ViewFilters; search: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const query = useDeferredAssessedIndicators();
  const departments = useQuery(departmentQueries.list());
  const [showAll, setShowAll] = useState(false);
  const filtered = query.data ? applyFilters(query.data, filters) : [];
  const items = attentionList(filtered);
  const counts = attentionCounts(filtered);
  return (
    <Panel
      title={t('overview.attention')}
      className={styles.strip}
      actions={
        query.data ? (
          // Not a list: the region's list items are the commitments themselves.
          <p className={styles.counts}>
            {ATTENTION_GROUPS.map((g) => (
              <span key={g}>
                <StatusBadge status={g} />{' '}
                <span className="figure">{formatNumber(counts[g], lang)}</span>
              </span>
            ))}
          </p>
        ) : null
      }
    >
      <QueryView query={query} loadingLabel={t('app.loading')}>
        {(all) =>
          all.length === 0 ? (
            <p>{t('empty.indicators')}</p>
          ) : items.length === 0 ? (
            <p>{t('attention.empty')}</p>
          ) : (
            <>
              <ul className={styles.list}>
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
                    ? t('attention.showFewer')
                    : t('attention.showAll', { count: items.length })}
                </button>
              )}
            </>
          )
        }
      </QueryView>
    </Panel>
  );
}
