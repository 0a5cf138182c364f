// The header's data menu: the CSV import and (on mock data) a reset of the demo data set. Changes
// are recorded under the signed-in account's name.
import { lazy, Suspense, useState } from 'react';
import { Link } from '@/lib/router';
import { useTranslation } from '@/lib/i18n';
import { ErrorBoundary } from '@/components/ui/ErrorBoundary';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { config } from '@/config/env';
import { paths } from '@/config/paths';
import styles from './data-menu.module.css';

// The reset and its mutation load when the menu is first opened, not with every page.
const ResetDemoData = lazy(() =>
  import('./ResetDemoData').then((m) => ({ default: m.ResetDemoData })),
);

export function DataMenu() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <details className={styles.menu} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{t('entry.menu.summary')}</summary>
      <div className={styles.popover}>
        <Link to={paths.importData}>{t('entry.menu.import')}</Link>
        {/* A real API keeps its own data: only the mock backend can be reset from here. */}
        {config.useMocks && opened && (
          <ErrorBoundary fallback={(error) => <ErrorMessage error={error} />}>
            <Suspense fallback={null}>
              <ResetDemoData />
            </Suspense>
          </ErrorBoundary>
        )}
      </div>
    </details>
  );
}
