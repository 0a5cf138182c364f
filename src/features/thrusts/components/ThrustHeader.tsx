// A thrust page's head: the thrust's name, summary and source. Its rows are the shared table's.
import type { ReactNode } from 'react';
import { SourceLine } from '@/components/ui/Provenance';
import headerStyles from '@/components/ui/page-header.module.css';
import { pick } from '@/domain/format';
import type { Thrust } from '@/domain/schemas';
import { useLanguage } from '@/hooks/use-language';
import styles from './thrust.module.css';

/** `actions`: beside the name (the follow button, from another feature). */
export function ThrustHeader({ thrust, actions }: { thrust: Thrust; actions?: ReactNode }) {
  const lang = useLanguage();
  return (
    <header className={`${headerStyles.header} ${styles.header}`} data-thrust={thrust.id}>
      <p className={styles.kicker}>
        <span className={styles.thrustId}>{thrust.id}</span> · {pick(thrust.shortName, lang)}
      </p>
      <h1 className={styles.title}>{pick(thrust.name, lang)}</h1>
      {actions}
      <p className={styles.summary}>{pick(thrust.summary, lang)}</p>
      <p className={styles.source}>
        <SourceLine citation={thrust.citation} />
      </p>
    </header>
  );
}
