import { useTranslation } from '@/lib/i18n';
import { Panel } from '@/components/ui/Panel';
import type { Indicator } from '@/domain/schemas';
import { RecordChangeForm } from './RecordChangeForm';

/** The entry form in its panel, titled for what the indicator takes. */
export function RecordChangePanel({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  return (
    <Panel
      title={
        indicator.kind === 'quantitative'
          ? t('entry.observationHeading')
          : t('entry.milestoneHeading')
      }
    >
      {/* A new form for another indicator: a draft never carries over to the wrong one. */}
      <RecordChangeForm key={indicator.id} indicator={indicator} />
    </Panel>
  );
}
