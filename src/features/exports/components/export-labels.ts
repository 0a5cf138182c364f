// The interface's words for the CSV export, gathered once so src/domain stays free of i18n.
import type { TFunction } from '@/lib/i18n';
import { EXPORT_COLUMNS, type ExportLabels } from '@/domain/csv';
import { formatDate, pick, type Language } from '@/domain/format';
import { milestoneStateSchema } from '@/domain/schemas';
import { STATUSES } from '@/domain/status';

export function exportLabels(t: TFunction, lang: Language): ExportLabels {
  const record = <K extends string>(keys: readonly K[], word: (k: K) => string) =>
    Object.fromEntries(keys.map((k) => [k, word(k)])) as Record<K, string>;
  return {
    headers: record(EXPORT_COLUMNS, (c) => t(`exportData.headers.${c}`)),
    status: record(STATUSES, (s) => t(`status.${s}`)),
    stale: t('status.stale'),
    provenance: {
      reported: t('exportData.provenance.reported'),
      illustrative: t('exportData.provenance.illustrative'),
    },
    milestoneState: record(milestoneStateSchema.options, (s) => t(`milestoneState.${s}`)),
    comparator: record(['atLeast', 'about', 'atMost'] as const, (c) => t(`comparator.${c}`)),
    dueBy: (date) => t('thrust.dueBy', { date: formatDate(date, lang, 'short') }),
    sourceLine: (c) =>
      t('provenance.sourceLine', {
        speaker: pick(c.speaker, lang),
        role: pick(c.role, lang),
        source: pick(c.source, lang),
        date: formatDate(c.date, lang),
      }),
  };
}
