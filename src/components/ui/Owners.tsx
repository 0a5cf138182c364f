import { useTranslation } from '@/lib/i18n';
import { pick } from '@/domain/format';
import type { Department, Indicator } from '@/domain/schemas';
import { useLanguage } from '@/hooks/use-language';
import { IllustrativeMark } from './Provenance';

/** The bodies that own an indicator; an owner the source does not name carries the mark. */
export function Owners({
  indicator,
  departments,
}: {
  indicator: Indicator;
  departments: readonly Department[];
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const names = indicator.ownerIds.map((id) => {
    const d = departments.find((x) => x.id === id);
    return d ? pick(d.shortName, lang) : id;
  });
  const illustrative =
    indicator.ownerProvenance === 'illustrative' ||
    indicator.ownerIds.some(
      (id) => departments.find((d) => d.id === id)?.provenance === 'illustrative',
    );
  return (
    <span>
      {names.join('、')}
      {illustrative && <IllustrativeMark note={t('provenance.ownerIllustrative')} />}
    </span>
  );
}
