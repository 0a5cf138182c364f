import { Link } from '@/lib/router';
import { useTranslation } from '@/lib/i18n';
import { paths } from '@/config/paths';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <div role="alert">
      <h1>{t('errors.notFound')}</h1>
      <Link to={paths.overview}>{t('errors.home')}</Link>
    </div>
  );
}
