// An indicator's current figure with its provenance: the newest observation, or a milestone's state.
import { useTranslation } from '@/lib/i18n';
import { byDate } from '@/domain/dates';
import { formatDate, pick } from '@/domain/format';
import type { Indicator, QuantitativeIndicator, Target } from '@/domain/schemas';
import { currentTarget } from '@/domain/status';
import { useLanguage } from '@/hooks/use-language';
import { IllustrativeMark, ProvenanceNote, Value } from './Provenance';
import provenanceStyles from './provenance.module.css';

export function latestObservation(
  indicator: QuantitativeIndicator,
  today: string,
  only?: 'reported',
) {
  return (
    indicator.observations
      .filter((o) => o.date <= today && (!only || o.provenance.kind === only))
      .sort(byDate)
      .at(-1) ?? null
  );
}

export function IndicatorFigure({
  indicator,
  today,
  withSource = false,
  prefer = 'latest',
  stateNote = true,
  className,
}: {
  indicator: Indicator;
  today: string;
  withSource?: boolean;
  /** `reported`: the source's own figure, even when illustrative values follow it. */
  prefer?: 'latest' | 'reported';
  /** Whether a milestone's state carries the source's words under it (not where rows are tight). */
  stateNote?: boolean;
  className?: string;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (indicator.kind === 'milestone') {
    const known = indicator.updates.filter((u) => u.date <= today).sort(byDate);
    const latest =
      (prefer === 'reported'
        ? known.filter((u) => u.provenance.kind === 'reported').at(-1)
        : undefined) ?? known.at(-1);
    if (!latest) return <span className={className}>—</span>;
    return (
      <span className={className}>
        <span>{t(`milestoneState.${latest.state}`)}</span>
        {/* The source's own words for the state, e.g. 初步构建形成 rather than a bare "in progress". */}
        {prefer === 'reported' && stateNote && latest.note && (
          <span className={provenanceStyles.stateNote}>{pick(latest.note, lang)}</span>
        )}
        {latest.provenance.kind === 'illustrative' && (
          <IllustrativeMark
            note={latest.provenance.note ? pick(latest.provenance.note, lang) : undefined}
          />
        )}
        {withSource && latest.provenance.kind === 'reported' && (
          <>
            <br />
            <ProvenanceNote provenance={latest.provenance} />
          </>
        )}
      </span>
    );
  }
  const latest =
    (prefer === 'reported' ? latestObservation(indicator, today, 'reported') : null) ??
    latestObservation(indicator, today);
  if (!latest) return <span className={className}>—</span>;
  return (
    <span className={className}>
      <Value
        value={latest.value}
        unit={indicator.unit}
        qualifier={latest.qualifier}
        provenance={latest.provenance}
      />
      {withSource && latest.provenance.kind === 'reported' && (
        <>
          <br />
          <ProvenanceNote provenance={latest.provenance} />
        </>
      )}
      {withSource && latest.provenance.kind === 'illustrative' && (
        <span className="visually-hidden">{formatDate(latest.date, lang)}</span>
      )}
    </span>
  );
}

/** The target in force, with its mark; a milestone's due date. */
export function IndicatorTarget({ indicator, today }: { indicator: Indicator; today: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (indicator.kind === 'milestone') {
    return (
      <span>
        {t('thrust.dueBy', { date: formatDate(indicator.due.date, lang, 'short') })}
        {indicator.due.provenance.kind === 'illustrative' && <IllustrativeMark />}
      </span>
    );
  }
  const { target } = currentTarget(indicator.targets, today);
  if (!target) return <span>—</span>;
  return (
    <span>
      {t(`comparator.${target.comparator}`)}
      <Value value={target.value} unit={indicator.unit} provenance={target.provenance} />
      <span>
        {' · '}
        <TargetDate target={target} />
      </span>
    </span>
  );
}

/**
 * A target's date, marked when the source does not state it. A target this data set made up is
 * marked once, on its value; a value the source states with a date it does not is marked on the
 * date (约30家左右 is the source's; "by 2027-12-31" is not).
 */
export function TargetDate({ target }: { target: Target }) {
  const lang = useLanguage();
  const date = target.dateProvenance ?? target.provenance;
  const ownMark = target.provenance.kind === 'reported' && date.kind === 'illustrative';
  return (
    <>
      <span className={ownMark ? provenanceStyles.illustrativeValue : undefined}>
        {formatDate(target.date, lang, 'short')}
      </span>
      {ownMark && <IllustrativeMark note={date.note ? pick(date.note, lang) : undefined} />}
    </>
  );
}

/**
 * A value newer than the source's own figure (which the figure above leads with), shown beneath
 * it with its mark, so the fact stays first and the addition is never mistaken for it.
 */
export function NewerValue({
  indicator,
  today,
  className,
}: {
  indicator: Indicator;
  today: string;
  className?: string;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (indicator.kind === 'milestone') {
    // A state added after the source's own (F6: initially formed, then done), with its mark.
    const known = indicator.updates.filter((u) => u.date <= today).sort(byDate);
    const source = known.filter((u) => u.provenance.kind === 'reported').at(-1);
    const newest = known.at(-1);
    if (!source || !newest || newest.date <= source.date) return null;
    return (
      <p className={className}>
        {t('overview.newerValue', { date: formatDate(newest.date, lang, 'short') })}{' '}
        <span>{t(`milestoneState.${newest.state}`)}</span>
        {newest.provenance.kind === 'illustrative' && (
          <IllustrativeMark
            note={newest.provenance.note ? pick(newest.provenance.note, lang) : undefined}
          />
        )}
      </p>
    );
  }
  const reported = latestObservation(indicator, today, 'reported');
  const latest = latestObservation(indicator, today);
  if (!reported || !latest || latest.date <= reported.date) return null;
  return (
    <p className={className}>
      {t('overview.newerValue', { date: formatDate(latest.date, lang, 'short') })}{' '}
      <Value
        value={latest.value}
        unit={indicator.unit}
        qualifier={latest.qualifier}
        provenance={latest.provenance}
      />
    </p>
  );
}
