// 关注 / 已关注 on an indicator, a thrust or a department: a signed-in account hears about what it
// follows. Absent for anyone else, and where the API has no follows (the mock API).
import '@/lib/i18n/alerts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@/lib/i18n';
import { errorText } from '@/components/ui/ErrorMessage';
import form from '@/components/ui/form.module.css';
import type { FollowKind } from '@/domain/inbox';
import { alertQueries, useFollow } from '@/lib/api/alerts';
import { useSession } from '@/lib/api/session';
import styles from './alerts.module.css';

/** `named`: the name is part of the visible word (where several buttons stand side by side). */
export function FollowButton({
  kind,
  id,
  name,
  named = false,
}: {
  kind: FollowKind;
  id: string;
  name: string;
  named?: boolean;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const signedIn = session.data?.principal.kind === 'user';
  // Only where the API has alerts (the server and the demo both have them).
  const follows = useQuery({
    ...alertQueries.follows(),
    enabled: signedIn && session.data?.alerts === true,
  });
  const follow = useFollow();
  if (!signedIn || !follows.data) return null;
  const stored = follows.data.some((f) => f.kind === kind && f.id === id);
  // While the change is on its way, the button shows what was asked for.
  const following = follow.isPending ? follow.variables.follow : stored;
  return (
    <span className={styles.followArea}>
      <button
        type="button"
        className={`${styles.follow} ${following ? styles.following : ''}`}
        // The visible word is the name (关注 / 已关注); the title says what it is about.
        title={
          following
            ? t('alerts.follow.followingLabel', { name })
            : t('alerts.follow.followLabel', { name })
        }
        disabled={follow.isPending}
        onClick={() => follow.mutate({ kind, id, follow: !following })}
      >
        {following ? `✓ ${t('alerts.follow.following')}` : t('alerts.follow.follow')}
        {named && ` ${name}`}
      </button>
      {follow.error && (
        <span role="alert" className={form.error}>
          {t('alerts.follow.failed', { reason: errorText(follow.error, t) })}
        </span>
      )}
    </span>
  );
}
