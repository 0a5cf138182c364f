// The unattended show: one slide at a time, full screen, dark, readable from across the room.
// Clock and data age always on screen; a failed refresh keeps the last good data, marked stale.
import '@/lib/i18n/accounts';
import { useMemo, useRef } from 'react';
import { useTranslation, type TFunction } from '@/lib/i18n';
import { canRetry, errorText } from '@/components/ui/ErrorMessage';
import faults from '@/components/ui/query-state.module.css';
import { ApiError } from '@/lib/api/client';
import { EMPTY_FILTERS } from '@/domain/filters';
import type { PlaylistConfig, PlaylistNotice } from '@/domain/playlist';
import { buildSlides, type Slide } from '@/domain/slides';
import { applyFilters } from '@/hooks/use-assessed-indicators';
import { forDepartment } from './slides/common';
import type { ShowData } from '../hooks/use-show-data';
import { useIdle, usePresentationKeys, useSwipe, useWakeLock } from '../hooks/use-screen';
import { shownIndex, ShowStoreProvider, useShowStore } from '../stores/show-store';
import { SlideTimer } from './SlideTimer';
import { StatusBar } from './StatusBar';
import { AttentionSlide, attentionItems } from './slides/AttentionSlide';
import { DepartmentsSlide } from './slides/DepartmentsSlide';
import { HeadlinesSlide } from './slides/HeadlinesSlide';
import { IndicatorSlide } from './slides/IndicatorSlide';
import { SummarySlide } from './slides/SummarySlide';
import { ThrustSlide } from './slides/ThrustSlide';
import { TitleSlide } from './slides/TitleSlide';
import styles from './present.module.css';

/**
 * Before the first data: waiting; retrying after a transient failure; an answer that asking
 * again will not change (a 4xx); or a payload refused because it could not be read or verified.
 */
function waitingText(error: unknown, t: TFunction): string {
  if (!error) return t('present.waiting');
  if (error instanceof ApiError && error.code === 'invalidPayload')
    return t('faults.presentUnverified');
  if (error instanceof ApiError && error.code === 'malformed') return t('faults.presentUnreadable');
  if (!canRetry(error)) return `${errorText(error, t)} ${t('faults.noRetryHint')}`;
  return t('present.waitingError');
}

function SlideView({
  slide,
  data,
  scope,
}: {
  slide: Slide;
  data: ShowData;
  scope: readonly string[];
}) {
  switch (slide.kind) {
    case 'title':
      return <TitleSlide data={data} scope={scope} />;
    case 'headlines':
      return <HeadlinesSlide data={data} scope={scope} />;
    case 'thrust':
      return (
        <ThrustSlide
          data={data}
          thrustId={slide.thrustId}
          page={slide.page}
          pages={slide.pages}
          scope={scope}
        />
      );
    case 'summary':
      return <SummarySlide data={data} scope={scope} />;
    case 'departments':
      return <DepartmentsSlide data={data} scope={scope} />;
    case 'attention':
      return <AttentionSlide data={data} page={slide.page} pages={slide.pages} scope={scope} />;
    case 'indicator':
      return <IndicatorSlide data={data} indicatorId={slide.indicatorId} />;
  }
}

interface ScreenProps {
  config: PlaylistConfig;
  notices: PlaylistNotice[];
  data: ShowData;
  onLeave: () => void;
}

/** One show, with its own store: it starts on the first slide, and nothing outlives it. */
export function PresentationScreen(props: ScreenProps) {
  return (
    <ShowStoreProvider>
      <Show {...props} />
    </ShowStoreProvider>
  );
}

/** In place of the show, for good: the screen was unpaired by an admin. */
function Unpaired() {
  const { t } = useTranslation();
  return (
    <div className={styles.screen}>
      <main className={styles.unpaired} role="alert">
        <h1>{t('accounts.unpaired.title')}</h1>
        <p>{t('accounts.unpaired.detail')}</p>
      </main>
    </div>
  );
}

function Show(props: ScreenProps) {
  return props.data.revoked ? <Unpaired /> : <Slides {...props} />;
}

function Slides({ config, notices, data, onLeave }: ScreenProps) {
  const { t } = useTranslation();
  const root = useRef<HTMLDivElement>(null);
  const idle = useIdle();
  useWakeLock();

  const slides = useMemo(() => {
    const items = data.indicators ?? [];
    const departments = (data.departments ?? [])
      .map((d) => d.id)
      .filter((id) => applyFilters(items, { ...EMPTY_FILTERS, departments: [id] }).length > 0);
    const inScope = (dept: string | null) =>
      forDepartment(items, dept ? [dept] : config.departments);
    return buildSlides(
      config,
      (data.thrusts ?? []).map((th) => th.id),
      departments,
      {
        thrust: (id, dept) => inScope(dept).filter((i) => i.indicator.thrustId === id).length,
        attention: (dept) => attentionItems(inScope(dept), []).length,
      },
    );
  }, [config, data.indicators, data.departments, data.thrusts]);

  usePresentationKeys(onLeave, slides.length);
  useSwipe(root, slides.length);
  const index = shownIndex(
    useShowStore((s) => s.index),
    slides.length,
  );
  const paused = useShowStore((s) => s.paused);

  const slide = slides[index];
  // Cycling shows one department at a time; otherwise the playlist's departments apply throughout.
  const slideDepartment = slide?.department ?? null;
  const scope = useMemo(
    () => (slideDepartment ? [slideDepartment] : config.departments),
    [slideDepartment, config.departments],
  );

  return (
    <div ref={root} className={`${styles.screen} ${idle ? styles.idle : ''}`} data-paused={paused}>
      <StatusBar data={data} slideNumber={index + 1} slideCount={slides.length} paused={paused} />
      {notices.length > 0 && (
        <div className={styles.notices} role="status">
          {t('present.noticeTitle')}{' '}
          {notices
            .map((n) =>
              t(`present.notice.${n.reason}`, {
                param: n.param,
                value: n.value,
                fallback: n.fallback ?? '',
              }),
            )
            .join('；')}
        </div>
      )}
      <main className={styles.stage} aria-live="polite" aria-atomic="true">
        {!data.ready || !slide ? (
          <div className={styles.waiting}>
            <p>{waitingText(data.error, t)}</p>
          </div>
        ) : (
          <section
            key={slide.key}
            // A failed refresh leaves the last good data up, faded under the bar's stale badge.
            className={`${styles.slide} ${data.failing ? faults.staleData : ''}`}
            data-stale={data.failing || undefined}
            aria-roledescription={t('present.slide')}
            data-slide-kind={slide.kind}
          >
            <SlideView slide={slide} data={data} scope={scope} />
          </section>
        )}
      </main>
      {slide && (
        <SlideTimer
          key={`${slide.key}-${index}`}
          intervalMs={config.interval * 1000}
          slideCount={slides.length}
        />
      )}
      <p className={styles.hints} aria-hidden={idle}>
        {t('present.hints')}
      </p>
    </div>
  );
}
