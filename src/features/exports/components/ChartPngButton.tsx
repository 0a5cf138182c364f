// Downloads the chart in the same panel as a PNG, titled and with its source line.
import { useState, type MouseEvent } from 'react';
import { useTranslation } from '@/lib/i18n';
import { chartToPng } from '@/lib/chart-png';
import { saveBlob } from '@/lib/download';
import styles from './exports.module.css';

export function ChartPngButton({ fileName, footnote }: { fileName: string; footnote: string }) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const download = async (e: MouseEvent<HTMLButtonElement>) => {
    // The chart this button sits beside: the one in its own panel.
    const frame = e.currentTarget.closest('section')?.querySelector('[role="img"]');
    const svg = frame?.querySelector('svg.recharts-surface') ?? frame?.querySelector('svg');
    setFailure(null);
    if (!frame || !(svg instanceof SVGSVGElement)) return setFailure(t('chart.noData'));
    setBusy(true);
    try {
      const png = await chartToPng(svg, {
        title: frame.getAttribute('aria-label') ?? '',
        footnote,
      });
      saveBlob(png, `${fileName}.png`);
    } catch (error) {
      setFailure(
        t('exportData.pngFailed', {
          reason: error instanceof Error ? error.message : String(error),
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className={styles.inline}>
      <button
        type="button"
        className={styles.button}
        disabled={busy}
        onClick={(e) => void download(e)}
      >
        {t('exportData.png')}
      </button>
      {failure && <span role="alert">{failure}</span>}
    </span>
  );
}
