// Why the signed-in principal may not record here, in place of the form: the same rule the API
// applies (refusalFor), worded for the reader, with the way forward where there is one.
import '@/lib/i18n/accounts';
import type { ReactNode } from 'react';
import { Link, useLocation } from '@/lib/router';
import { useTranslation } from '@/lib/i18n';
import { Skeleton } from '@/components/ui/Panel';
import { paths } from '@/config/paths';
import { refusalFor, type Principal, type Refusal } from '@/domain/accounts';
import { useDepartmentNames } from '@/hooks/use-department-names';
import { useSession } from '@/lib/api/session';
import styles from './data-entry.module.css';

function RefusalLine({ refusal, ownerIds }: { refusal: Refusal; ownerIds: readonly string[] }) {
  const { t } = useTranslation();
  const location = useLocation();
  const names = useDepartmentNames();
  let text: string;
  switch (refusal) {
    case 'signInRequired':
      return (
        <p className={styles.refusal}>
          {t('accounts.refusal.signInRequired')}{' '}
          <Link to={paths.signIn(`${location.pathname}${location.search}`)}>
            {t('accounts.refusal.signInLink')}
          </Link>
        </p>
      );
    case 'outsideScope':
      text =
        ownerIds.length > 0
          ? t('accounts.refusal.outsideScope', { departments: names(ownerIds) })
          : t('accounts.refusal.outsideScopeNone');
      break;
    default:
      text = t(`accounts.refusal.${refusal}`);
  }
  return <p className={styles.refusal}>{text}</p>;
}

/**
 * The form (`children`, given the principal) when the session may record for `ownerIds`, else the
 * reason. While the session is being asked, a placeholder. When it cannot be read (the service is
 * failing), the form as before accounts, with no principal: the API decides, and the form says
 * what it answered; the page's own failure notices say why the service is unwell.
 */
export function RecordGate({
  ownerIds,
  children,
}: {
  /** The indicator's owners; for an import, the principal's own departments. */
  ownerIds: readonly string[] | ((principal: Principal) => readonly string[]);
  children: (principal: Principal | null) => ReactNode;
}) {
  const { t } = useTranslation();
  const session = useSession();
  if (!session.data) {
    return session.error ? (
      <>{children(null)}</>
    ) : (
      <Skeleton rows={1} label={t('accounts.refusal.checking')} />
    );
  }
  const { principal } = session.data;
  const owners = typeof ownerIds === 'function' ? ownerIds(principal) : ownerIds;
  const refusal = refusalFor(principal, { kind: 'record', ownerIds: owners });
  return refusal ? <RefusalLine refusal={refusal} ownerIds={owners} /> : <>{children(principal)}</>;
}
