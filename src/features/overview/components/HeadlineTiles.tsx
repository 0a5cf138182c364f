// The headline figures F1–F8: value the way the source gives it, progress, status, trend, source.
import { Link } from '@/lib/router';
import { useTranslation } from '@/lib/i18n';
import { Sparkline } from '@/components/charts/Sparkline';
import {
  IndicatorFigure,
  IndicatorTarget,
  latestObservation,
  NewerValue,
} from '@/components/ui/IndicatorFigure';
import { Panel, QueryView } from '@/components/ui/Panel';
import { Progress } from '@/components/ui/Progress';
import { SourceLine, Value } from '@/components/ui/Provenance';
import { StatusBadges } from '@/components/ui/StatusBadge';
import { paths } from '@/config/paths';
import type { ViewFilters } from '@/domain/filters';
import { formatDate, pick } from '@/domain/format';
import { sparklineValues } from '@/domain/series';
import {
  applyFilters,
  useAssessedIndicators,
  type AssessedIndicator,
} from '@/hooks/use-assessed-indicators';
import { useLanguage } from '@/hooks/use-language';
import { useToday } from '@/hooks/use-today';
import styles from './overview.module.css';

function factOrder(a: AssessedIndicator, b: AssessedIndicator) {
  return (
    Number(a.indicator.factCode?.slice(1) ?? 99) - Number(b.indicator.factCode?.slice(1) ?? 99)
  );
}

function Tile({
  item,
  siblings,
  search,
}: {
  item: AssessedIndicator;
  siblings: AssessedIndicator[];
  search: string;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const today = useToday();
  const { indicator, assessment } = item;
  const progress = assessment.inputs.kind === 'quantitative' ? assessment.inputs.progress : null;
  const reported =
    indicator.kind === 'quantitative'
      ? latestObservation(indicator, today, 'reported')
      : indicator.updates.find((u) => u.provenance.kind === 'reported');
  const citation =
    reported?.provenance.kind === 'reported' ? reported.provenance.citation : indicator.commitment;
  return (
    <li className={styles.tile} data-thrust={indicator.thrustId}>
      <div className={styles.tileHead}>
        <span className={styles.code}>{indicator.factCode}</span>
        <h3 className={styles.tileName}>
          <Link to={{ pathname: paths.indicator(indicator.id), search }}>
            {pick(indicator.name, lang)}
          </Link>
        </h3>
      </div>
      <div className={styles.tileFigureRow} data-figure="headline">
        <IndicatorFigure
          indicator={indicator}
          today={today}
          prefer="reported"
          className={styles.tileFigure}
        />
        {indicator.kind === 'quantitative' && <Sparkline values={sparklineValues(indicator)} />}
      </div>
      <p className={styles.tileMeta}>
        {reported && (
          <span>{t('overview.asOf', { date: formatDate(reported.date, lang, 'short') })}</span>
        )}
        <span>
          {t('thrust.target')}: <IndicatorTarget indicator={indicator} today={today} />
        </span>
      </p>
      <NewerValue indicator={indicator} today={today} className={styles.newer} />
      {progress !== null && <Progress value={progress} label={t('overview.progressLabel')} />}
      <StatusBadges
        status={assessment.status}
        stale={assessment.stale}
        illustrative={assessment.illustrative}
      />
      {siblings.length > 0 && (
        <ul className={styles.siblings}>
          {siblings.map((s) => {
            const ind = s.indicator;
            const latest =
              ind.kind === 'quantitative'
                ? (latestObservation(ind, today, 'reported') ?? latestObservation(ind, today))
                : null;
            return (
              <li key={ind.id}>
                <Link to={{ pathname: paths.indicator(ind.id), search }}>
                  {pick(ind.name, lang)}
                </Link>{' '}
                {ind.kind === 'quantitative' && latest ? (
                  <Value
                    value={latest.value}
                    unit={ind.unit}
                    qualifier={latest.qualifier}
                    provenance={latest.provenance}
                  />
                ) : (
                  <IndicatorFigure indicator={ind} today={today} />
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p className={styles.tileSource}>
        <SourceLine citation={citation} />
        {indicator.thrustAssignment === 'dataset' && (
          <span className="visually-hidden"> {t('indicator.classifiedByDataset')}</span>
        )}
      </p>
    </li>
  );
}

/** Eight empty tiles the size of real ones, so nothing below moves when the figures arrive. */
function TilesSkeleton({ label }: { label: string }) {
  return (
    <div className={styles.tiles} role="status" aria-label={label}>
      {Array.from({ length: 8 }, (_, i) => (
        <div key={i} className={`${styles.tile} ${styles.tileSkeleton}`} />
      ))}
    </div>
  );
}

export function HeadlineTiles({ filters, search }: { filters: ViewFilters; search: string }) {
  const { t } = useTranslation();
  const query = useAssessedIndicators();
  return (
    <Panel title={t('overview.headlines')}>
      <QueryView
        query={query}
        loadingLabel={t('app.loading')}
        placeholder={<TilesSkeleton label={t('app.loading')} />}
      >
        {(all) => {
          if (all.length === 0) return <p>{t('empty.indicators')}</p>;
          const shown = applyFilters(all, filters)
            .filter((a) => a.indicator.headline)
            .sort(factOrder);
          if (shown.length === 0) return <p>{t('overview.noMatch')}</p>;
          return (
            <ul className={styles.tiles}>
              {shown.map((item) => (
                <Tile
                  key={item.indicator.id}
                  item={item}
                  search={search}
                  siblings={all.filter(
                    (s) =>
                      s.indicator.factCode === item.indicator.factCode && !s.indicator.headline,
                  )}
                />
              ))}
            </ul>
          );
        }}
      </QueryView>
    </Panel>
  );
}
