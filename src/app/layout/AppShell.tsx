// The frame of every view: skip link, header with navigation and preferences, the filter bar on
// the views it filters, legend.
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useId } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from '@/lib/router';
import { useTranslation } from '@/lib/i18n';
import { ErrorBoundary } from '@/components/ui/ErrorBoundary';
import { isFilteredView, paths } from '@/config/paths';
import { departmentsPlaylist } from '@/domain/playlist-link';
import { pick, type Language } from '@/domain/format';
import { DataMenu } from '@/features/data-entry/components/DataMenu';
import { FilterBar, FilterNotices } from '@/features/filters/components/FilterBar';
import { useLanguage } from '@/hooks/use-language';
import { useViewFilters } from '@/hooks/use-view-filters';
import { departmentQueries, thrustQueries } from '@/lib/api/queries';
import { usePreferences, type Theme } from '@/stores/preferences';
import { arrivalUrl } from '@/app/arrival';
import { Legend } from './Legend';
import styles from './app-shell.module.css';

// Who is signed in loads beside the first screen, not in it: the overview reads without it.
const AccountMenu = lazy(() =>
  import('@/features/accounts/components/AccountMenu').then((m) => ({ default: m.AccountMenu })),
);

// The inbox's link and unread count: also beside the first screen, polled once signed in.
const InboxLink = lazy(() =>
  import('@/features/alerts/components/InboxLink').then((m) => ({ default: m.InboxLink })),
);

function Preferences() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = { lang: useId(), theme: useId(), dept: useId() };
  const language = usePreferences((s) => s.language);
  const theme = usePreferences((s) => s.theme);
  const defaultDepartment = usePreferences((s) => s.defaultDepartment);
  const languageChosen = usePreferences((s) => s.languageChosen);
  const themeChosen = usePreferences((s) => s.themeChosen);
  const defaultDepartmentChosen = usePreferences((s) => s.defaultDepartmentChosen);
  const departments = useQuery(departmentQueries.list());
  return (
    <div className={styles.prefs}>
      <label htmlFor={ids.lang}>
        <span className={styles.prefLabel}>{t('app.language')}</span>
        <select
          id={ids.lang}
          value={language}
          onChange={(e) => languageChosen(e.currentTarget.value as Language)}
        >
          <option value="zh" lang="zh-CN">
            中文
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
      </label>
      <label htmlFor={ids.theme}>
        <span className={styles.prefLabel}>{t('app.theme')}</span>
        <select
          id={ids.theme}
          value={theme}
          onChange={(e) => themeChosen(e.currentTarget.value as Theme)}
        >
          <option value="light">{t('app.themeLight')}</option>
          <option value="dark">{t('app.themeDark')}</option>
        </select>
      </label>
      <label htmlFor={ids.dept}>
        <span className={styles.prefLabel}>{t('app.defaultDepartment')}</span>
        <select
          id={ids.dept}
          value={defaultDepartment ?? ''}
          onChange={(e) => defaultDepartmentChosen(e.currentTarget.value || null)}
        >
          <option value="">{t('app.noDefault')}</option>
          {(departments.data ?? []).map((d) => (
            <option key={d.id} value={d.id}>
              {pick(d.shortName, lang)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** Starts the wall-screen show for the departments being viewed, full screen where allowed. */
function PresentButton() {
  const { t } = useTranslation();
  const { filters } = useViewFilters();
  const search = departmentsPlaylist(filters.departments).toString();
  return (
    <Link
      className={styles.present}
      to={{ pathname: paths.present, search: search ? `?${search}` : '' }}
      title={t('present.enterTitle')}
      onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}
    >
      <span aria-hidden="true">▶ </span>
      {t('present.enter')}
    </Link>
  );
}

/**
 * Opening the app bare shows the default department, written into the URL so the link says so
 * (the rule is `arrivalUrl`; src/main.tsx applies it before the first render, this covers a
 * router the app was not started with, as in the tests).
 */
function useDefaultDepartment() {
  const location = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    const here = `${location.pathname}${location.search}`;
    const there = arrivalUrl(here, usePreferences.getState().defaultDepartment);
    if (there !== here) void navigate(there, { replace: true });
    // Only on arrival: later visits to a bare overview are the user's choice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}

export function AppShell() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { search, thrustPageSearch } = useViewFilters();
  const thrusts = useQuery(thrustQueries.list());
  const filtered = isFilteredView(useLocation().pathname);
  useDefaultDepartment();
  return (
    <div className={styles.shell}>
      <a className={styles.skip} href="#main">
        {t('app.skipToContent')}
      </a>
      <header className={styles.header}>
        <div className={styles.brand}>
          <Link to={{ pathname: paths.overview, search }} className={styles.title}>
            {t('app.title')}
          </Link>
          <span className={styles.subtitle}>{t('app.subtitle')}</span>
        </div>
        <Preferences />
        {/* Right-aligned, and filled in from the right: the account shows once the session
            answers, the inbox after its own request, each to the left of what is there. */}
        <div className={styles.menu}>
          <ErrorBoundary fallback={() => null}>
            <Suspense fallback={null}>
              <InboxLink />
            </Suspense>
          </ErrorBoundary>
          <ErrorBoundary fallback={() => null}>
            <Suspense fallback={null}>
              <AccountMenu />
            </Suspense>
          </ErrorBoundary>
          <DataMenu />
        </div>
        <div className={styles.navRow}>
          {/* The thrusts come last: they arrive with the API and then move nothing. */}
          <nav aria-label={t('nav.label')} className={styles.nav}>
            <NavLink to={{ pathname: paths.overview, search }} end>
              {t('nav.overview')}
            </NavLink>
            <NavLink to={{ pathname: paths.departments, search }}>{t('nav.departments')}</NavLink>
            {(thrusts.data ?? []).map((th) => (
              <NavLink
                key={th.id}
                to={{ pathname: paths.thrust(th.id), search: thrustPageSearch }}
                data-thrust={th.id}
              >
                <span className={styles.navThrust}>{th.id}</span> {pick(th.shortName, lang)}
              </NavLink>
            ))}
          </nav>
          <PresentButton />
        </div>
      </header>
      {filtered && (
        <>
          <FilterBar />
          <FilterNotices />
        </>
      )}
      <main id="main" tabIndex={-1} className={styles.main}>
        <Outlet />
      </main>
      <footer className={styles.footer}>
        <Legend />
      </footer>
    </div>
  );
}
