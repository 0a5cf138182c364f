// One indicator: its figure, status and why, chart against target and path, the data as a table, and its sources.
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from '@/lib/router';
import { useTranslation } from '@/lib/i18n';
import { IndicatorFigure, IndicatorTarget, NewerValue } from '@/components/ui/IndicatorFigure';
import { Owners } from '@/components/ui/Owners';
import { Panel } from '@/components/ui/Panel';
import { IllustrativeMark, ProvenanceNote, SourceLine, Value } from '@/components/ui/Provenance';
import { StatusBadges } from '@/components/ui/StatusBadge';
import { StatusReasons } from '@/components/ui/StatusReasons';
import headerStyles from '@/components/ui/page-header.module.css';
import tableStyles from '@/components/ui/table.module.css';
import { paths } from '@/config/paths';
import { byDate } from '@/domain/dates';
import { formatDate, pick } from '@/domain/format';
import type { Citation, Indicator, MilestoneIndicator, Programme, Thrust } from '@/domain/schemas';
import { assess } from '@/domain/status';
import { useLanguage } from '@/hooks/use-language';
import { useToday } from '@/hooks/use-today';
import { departmentQueries } from '@/lib/api/queries';
import { IndicatorTrend } from './IndicatorTrend';
import styles from './indicator.module.css';

function collectCitations(indicator: Indicator): Citation[] {
  const all: Citation[] = [indicator.commitment];
  const provenances =
    indicator.kind === 'quantitative'
      ? [
          ...indicator.observations.map((o) => o.provenance),
          ...indicator.targets.map((t) => t.provenance),
          ...(indicator.baseline ? [indicator.baseline.provenance] : []),
        ]
      : [...indicator.updates.map((u) => u.provenance), indicator.due.provenance];
  for (const p of provenances) if (p.kind === 'reported') all.push(p.citation);
  const seen = new Set<string>();
  return all.filter((c) => {
    const key = `${c.speaker.zh}|${c.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function MilestoneHistory({ indicator }: { indicator: MilestoneIndicator }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <table className={tableStyles.table}>
      <caption className="visually-hidden">{t('indicator.milestoneHistory')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('indicator.date')}</th>
          <th scope="col">{t('indicator.state')}</th>
          <th scope="col">{t('indicator.provenance')}</th>
        </tr>
      </thead>
      <tbody>
        {[...indicator.updates].sort(byDate).map((u) => (
          <tr key={`${u.date}-${u.state}`}>
            <td className="figure">{formatDate(u.date, lang)}</td>
            <td>
              {t(`milestoneState.${u.state}`)}
              {u.note && <span className={styles.note}> — {pick(u.note, lang)}</span>}
            </td>
            <td>
              <ProvenanceNote provenance={u.provenance} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function IndicatorDetail({
  indicator,
  programme,
  thrust,
  siblings,
  search,
  afterTrend,
  chartActions,
  headerActions,
}: {
  indicator: Indicator;
  programme: Programme;
  thrust: Thrust | undefined;
  siblings: Indicator[];
  search: string;
  /** Panels the app composes in below the chart (data entry, history) from other features. */
  afterTrend?: ReactNode;
  chartActions?: ReactNode;
  /** Beside the name (the follow button, from another feature). */
  headerActions?: ReactNode;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const today = useToday();
  const departments = useQuery(departmentQueries.list());
  const assessment = assess(indicator, today);

  return (
    <div className={styles.page}>
      <header
        className={`${headerStyles.header} ${styles.header}`}
        data-thrust={indicator.thrustId}
      >
        {thrust && (
          <p className={styles.back}>
            <Link to={{ pathname: paths.thrust(thrust.id), search }}>
              ← {t('indicator.backTo', { name: `${thrust.id} ${pick(thrust.shortName, lang)}` })}
            </Link>
          </p>
        )}
        <h1 className={styles.title}>
          {indicator.factCode && <span className={styles.code}>{indicator.factCode}</span>}{' '}
          {pick(indicator.name, lang)}
        </h1>
        {headerActions}
        <p className={styles.description}>{pick(indicator.description, lang)}</p>
        <div className={styles.figureRow}>
          <IndicatorFigure
            indicator={indicator}
            today={today}
            withSource
            prefer="reported"
            className={styles.figure}
          />
          <StatusBadges
            status={assessment.status}
            stale={assessment.stale}
            illustrative={assessment.illustrative}
          />
        </div>
        <NewerValue indicator={indicator} today={today} className={styles.description} />
        <dl className={styles.facts}>
          <div>
            <dt>{t('indicator.thrust')}</dt>
            <dd>
              {thrust ? `${thrust.id} ${pick(thrust.shortName, lang)}` : indicator.thrustId}
              {indicator.thrustAssignment === 'dataset' && (
                <IllustrativeMark note={t('indicator.classifiedByDataset')} />
              )}
            </dd>
          </div>
          <div>
            <dt>{t('indicator.owner')}</dt>
            <dd>
              <Owners indicator={indicator} departments={departments.data ?? []} />
            </dd>
          </div>
          <div>
            <dt>{indicator.kind === 'milestone' ? t('indicator.due') : t('thrust.target')}</dt>
            <dd>
              <IndicatorTarget indicator={indicator} today={today} />
            </dd>
          </div>
          {indicator.kind === 'quantitative' && indicator.baseline && (
            <div>
              <dt>{t('indicator.baseline')}</dt>
              <dd>
                <Value
                  value={indicator.baseline.value}
                  unit={indicator.unit}
                  provenance={indicator.baseline.provenance}
                />{' '}
                · {formatDate(indicator.baseline.date, lang, 'short')}
              </dd>
            </div>
          )}
          {indicator.kind === 'quantitative' && (
            <div>
              <dt>{t('indicator.direction')}</dt>
              <dd>{t(`indicator.${indicator.direction}`)}</dd>
            </div>
          )}
          <div>
            <dt>{t('indicator.cadence')}</dt>
            <dd>{t(`cadence.${indicator.cadence}`)}</dd>
          </div>
        </dl>
      </header>

      <Panel title={t('indicator.statusHeading')}>
        <div className={styles.statusBody}>
          <StatusBadges
            status={assessment.status}
            stale={assessment.stale}
            illustrative={assessment.illustrative}
          />
          <StatusReasons indicator={indicator} assessment={assessment} />
        </div>
      </Panel>

      {indicator.kind === 'quantitative' ? (
        <IndicatorTrend
          indicator={indicator}
          assessment={assessment}
          sourceDate={programme.sourceDate}
          chartActions={chartActions}
        />
      ) : (
        <Panel title={t('indicator.milestoneHistory')}>
          <MilestoneHistory indicator={indicator} />
        </Panel>
      )}

      {afterTrend}

      <Panel title={t('indicator.citations')}>
        <ul className={styles.citations}>
          {collectCitations(indicator).map((c) => (
            <li key={`${c.speaker.zh}-${c.quote}`}>
              <blockquote lang="zh-CN" className={styles.quote}>
                {c.quote}
              </blockquote>
              <SourceLine citation={c} />
              <span className={styles.event}> · {pick(c.event, lang)}</span>
            </li>
          ))}
        </ul>
      </Panel>

      {siblings.length > 0 && (
        <Panel title={t('indicator.related')}>
          <ul className={styles.related}>
            {siblings.map((s) => (
              <li key={s.id}>
                <Link to={{ pathname: paths.indicator(s.id), search }}>{pick(s.name, lang)}</Link>{' '}
                <IndicatorFigure indicator={s} today={today} />
              </li>
            ))}
          </ul>
        </Panel>
      )}
    </div>
  );
}
