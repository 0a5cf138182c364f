// Where a value comes from, shown quietly: a source line for reported values, one "示意" mark
// for everything this data set adds.
import { useTranslation } from '@/lib/i18n';
import { formatDate, formatValue, pick } from '@/domain/format';
import type { Citation, Provenance, Qualifier, Unit } from '@/domain/schemas';
import { useLanguage } from '@/hooks/use-language';
import styles from './provenance.module.css';

export function IllustrativeMark({ note }: { note?: string | undefined }) {
  const { t } = useTranslation();
  const title = note
    ? `${t('provenance.illustrativeTitle')} — ${note}`
    : t('provenance.illustrativeTitle');
  return (
    <span className={styles.mark} title={title}>
      {t('provenance.illustrative')}
      <span className="visually-hidden">: {title}</span>
    </span>
  );
}

export function SourceLine({ citation, short = false }: { citation: Citation; short?: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (short) {
    // For slides: who, where, when — the role is on the indicator page.
    return (
      <span className={styles.source}>
        {pick(citation.speaker, lang)} · {pick(citation.source, lang)} ·{' '}
        {formatDate(citation.date, lang)}
      </span>
    );
  }
  return (
    <span className={styles.source}>
      {t('provenance.sourceLine', {
        speaker: pick(citation.speaker, lang),
        role: pick(citation.role, lang),
        source: pick(citation.source, lang),
        date: formatDate(citation.date, lang),
      })}
    </span>
  );
}

/** A value with its qualifier and unit, and its mark when this data set made it up. */
export function Value({
  value,
  unit,
  qualifier = 'exact',
  provenance,
  className,
}: {
  value: number;
  unit: Unit;
  qualifier?: Qualifier;
  provenance: Provenance;
  className?: string;
}) {
  const lang = useLanguage();
  const illustrative = provenance.kind === 'illustrative';
  return (
    <span className={`${styles.value} ${className ?? ''}`} data-provenance={provenance.kind}>
      <span className={`figure ${illustrative ? styles.illustrativeValue : ''}`}>
        {formatValue(value, unit, lang, qualifier)}
      </span>
      {illustrative && (
        <IllustrativeMark note={provenance.note ? pick(provenance.note, lang) : undefined} />
      )}
    </span>
  );
}

/** The provenance of a value: the source line, or the mark. */
export function ProvenanceNote({ provenance }: { provenance: Provenance }) {
  const lang = useLanguage();
  return provenance.kind === 'reported' ? (
    <SourceLine citation={provenance.citation} />
  ) : (
    <IllustrativeMark note={provenance.note ? pick(provenance.note, lang) : undefined} />
  );
}
