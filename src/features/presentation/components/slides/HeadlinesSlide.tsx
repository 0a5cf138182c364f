import { useTranslation } from '@/lib/i18n';
import { IndicatorTarget, NewerValue } from '@/components/ui/IndicatorFigure';
import { pick } from '@/domain/format';
import { useLanguage } from '@/hooks/use-language';
import type { ShowData } from '../../hooks/use-show-data';
import styles from '../present.module.css';
import { departmentName, forDepartment, SlideFigure, SlideHeading } from './common';

export function HeadlinesSlide({ data, scope }: { data: ShowData; scope: readonly string[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const tiles = forDepartment(data.indicators ?? [], scope)
    .filter((i) => i.indicator.headline)
    .sort(
      (a, b) => Number(a.indicator.factCode?.slice(1)) - Number(b.indicator.factCode?.slice(1)),
    );
  return (
    <>
      <SlideHeading
        kicker={departmentName(data.departments, scope, lang)}
        title={t('overview.headlines')}
      />
      {tiles.length === 0 ? (
        <p className={styles.empty}>
          {(data.indicators ?? []).length === 0 ? t('empty.indicators') : t('present.noHeadlines')}
        </p>
      ) : (
        <ul className={styles.tiles} data-count={tiles.length}>
          {tiles.map((item) => (
            <li
              key={item.indicator.id}
              className={styles.tile}
              data-thrust={item.indicator.thrustId}
            >
              <p className={styles.tileName}>
                <span className={styles.code}>{item.indicator.factCode}</span>{' '}
                {pick(item.indicator.name, lang)}
              </p>
              <SlideFigure item={item} today={data.today} big />
              <p className={styles.tileMeta}>
                {t('thrust.target')}{' '}
                <IndicatorTarget indicator={item.indicator} today={data.today} />
              </p>
              <NewerValue
                indicator={item.indicator}
                today={data.today}
                className={styles.tileMeta}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
