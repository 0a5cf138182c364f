import { useTranslation } from '@/lib/i18n';
import { Panel } from '@/components/ui/Panel';
import type { Indicator } from '@/domain/schemas';
import { RecordChangeForm } from './RecordChangeForm';
import { RecordGate } from './WriteRefusal';

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
      {/* Only for those who may record it; the others read why. A new form for another indicator:
          a draft never carries over to the wrong one. */}
      <RecordGate ownerIds={indicator.ownerIds}>
        {() => <RecordChangeForm key={indicator.id} indicator={indicator} />}
      </RecordGate>
    </Panel>
  );
}
