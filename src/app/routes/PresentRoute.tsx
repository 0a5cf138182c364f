// The presentation route: the playlist comes from the URL; no navigation, no filter bar.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { useNavigate, useSearchParams } from '@/lib/router';
import { paths } from '@/config/paths';
import { serializeFilters, EMPTY_FILTERS } from '@/domain/filters';
import { parsePlaylist } from '@/domain/playlist';
import { SignInGate } from '@/features/accounts/components/SignInGate';
import { PresentationScreen } from '@/features/presentation/components/PresentationScreen';
import { useShowData } from '@/features/presentation/hooks/use-show-data';
import { departmentQueries, indicatorQueries } from '@/lib/api/queries';
import { applyLanguage } from '@/lib/i18n';
import { usePreferences } from '@/stores/preferences';

export function PresentRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const departments = useQuery(departmentQueries.list());
  const indicators = useQuery(indicatorQueries.list());
  const known = useMemo(
    () =>
      departments.data && indicators.data
        ? {
            departments: new Set(departments.data.map((d) => d.id)),
            indicators: new Set(indicators.data.items.map((i) => i.id)),
          }
        : null,
    [departments.data, indicators.data],
  );
  const { config, notices } = useMemo(() => parsePlaylist(params, known), [params, known]);
  const data = useShowData(config.refresh);

  // A screen is dark and scales with the viewport; a language in the link is for this screen only.
  useEffect(() => {
    const html = document.documentElement;
    html.dataset.theme = 'dark';
    html.classList.add('presenting');
    return () => {
      html.dataset.theme = usePreferences.getState().theme;
      html.classList.remove('presenting');
    };
  }, []);
  useEffect(() => {
    if (!config.language) return;
    applyLanguage(config.language);
    return () => applyLanguage(usePreferences.getState().language);
  }, [config.language]);

  const leave = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    const search = serializeFilters({
      ...EMPTY_FILTERS,
      departments: config.departments,
    }).toString();
    void navigate({ pathname: paths.overview, search: search ? `?${search}` : '' });
  }, [navigate, config.departments]);

  return (
    <>
      <SignInGate />
      <PresentationScreen
        config={config}
        notices={known ? notices : []}
        data={data}
        onLeave={leave}
      />
    </>
  );
}
