// The sign-in page: username and password, the API's refusal in words (a wrong password, too many
// attempts and how long to wait), and back to the page the visitor came from. In mock mode the
// demo accounts are listed, each with a button that fills in the form.
import '@/lib/i18n/accounts';
import { useId, useState, type SubmitEvent } from 'react';
import { Link, useNavigate, useSearchParams } from '@/lib/router';
import { useTranslation, type TFunction } from '@/lib/i18n';
import { errorText } from '@/components/ui/ErrorMessage';
import form from '@/components/ui/form.module.css';
import { paths, safeNext } from '@/config/paths';
import type { DemoAccount } from '@/domain/accounts';
import { localeOf, type Language } from '@/domain/format';
import { useLanguage } from '@/hooks/use-language';
import { ApiError } from '@/lib/api/client';
import { useSession, useSignIn } from '@/lib/api/session';
import styles from './accounts.module.css';

/** A wait of `seconds` in words: 45 秒 / 45 seconds, 15 分钟 / 15 minutes. */
export function waitText(seconds: number, lang: Language): string {
  const minutes = seconds > 90;
  return new Intl.NumberFormat(localeOf(lang), {
    style: 'unit',
    unit: minutes ? 'minute' : 'second',
    unitDisplay: 'long',
  }).format(minutes ? Math.ceil(seconds / 60) : Math.max(1, Math.ceil(seconds)));
}

function refusalText(error: unknown, t: TFunction, lang: Language): string {
  if (error instanceof ApiError && error.problemCode === 'badCredentials') {
    return t('accounts.signIn.badCredentials');
  }
  if (error instanceof ApiError && error.status === 429) {
    return error.retryAfter === null
      ? t('accounts.signIn.tooManyAttemptsLater')
      : t('accounts.signIn.tooManyAttempts', { wait: waitText(error.retryAfter, lang) });
  }
  return t('accounts.signIn.failed', { reason: errorText(error, t) });
}

function DemoAccounts({
  accounts,
  onPick,
}: {
  accounts: readonly DemoAccount[];
  onPick: (account: DemoAccount) => void;
}) {
  const { t } = useTranslation();
  const password = accounts[0]?.password ?? '';
  return (
    <section className={styles.demo} aria-labelledby="demo-accounts">
      <h2 id="demo-accounts">{t('accounts.signIn.demoHeading')}</h2>
      <p className={form.muted}>{t('accounts.signIn.demoIntro', { password })}</p>
      <ul>
        {accounts.map((a) => (
          <li key={a.username}>
            <button type="button" className={form.secondary} onClick={() => onPick(a)}>
              {t('accounts.signIn.demoFill', { username: a.username })}
            </button>
            <span>
              {a.displayName} · {t(`accounts.role.${a.role}`)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SignInPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ids = { user: useId(), password: useId(), error: useId() };
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get('next'));
  const session = useSession();
  const signIn = useSignIn();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  const submit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    signIn.mutate(
      { username, password },
      { onSuccess: () => void navigate(next, { replace: true }) },
    );
  };
  const principal = session.data?.principal;
  const failed = signIn.isError;

  return (
    <main className={styles.page}>
      <div className={styles.card}>
        <h1>{t('accounts.signIn.heading')}</h1>
        {session.data?.readAccess === 'signed-in' && principal?.kind === 'anonymous' ? (
          <p className={form.notice}>{t('accounts.signIn.required')}</p>
        ) : (
          <p className={form.muted}>{t('accounts.signIn.intro')}</p>
        )}
        {principal?.kind === 'user' && (
          <p className={form.notice}>
            {t('accounts.signIn.already', { name: principal.displayName })}{' '}
            <Link to={next}>{t('accounts.signIn.continue')}</Link>
          </p>
        )}
        <form className={form.form} noValidate onSubmit={submit}>
          <div className={form.field}>
            <label htmlFor={ids.user} className={form.label}>
              {t('accounts.signIn.username')}
            </label>
            <input
              id={ids.user}
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              maxLength={40}
              value={username}
              aria-invalid={failed || undefined}
              aria-describedby={failed ? ids.error : undefined}
              onChange={(e) => setUsername(e.currentTarget.value)}
            />
          </div>
          <div className={form.field}>
            <label htmlFor={ids.password} className={form.label}>
              {t('accounts.signIn.password')}
            </label>
            <input
              id={ids.password}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              maxLength={200}
              value={password}
              aria-invalid={failed || undefined}
              aria-describedby={failed ? ids.error : undefined}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
          </div>
          {failed && (
            <p id={ids.error} role="alert" className={form.alert}>
              {refusalText(signIn.error, t, lang)}
            </p>
          )}
          <div className={form.actions}>
            <button
              type="submit"
              className={form.primary}
              disabled={signIn.isPending || !username.trim() || !password}
            >
              {signIn.isPending ? t('accounts.signIn.submitting') : t('accounts.signIn.submit')}
            </button>
            <Link className={styles.home} to={paths.overview}>
              {t('errors.home')}
            </Link>
          </div>
        </form>
        {session.data?.demoAccounts && session.data.demoAccounts.length > 0 && (
          <DemoAccounts
            accounts={session.data.demoAccounts}
            onPick={(a) => {
              setUsername(a.username);
              setPassword(a.password);
              signIn.reset();
            }}
          />
        )}
      </div>
    </main>
  );
}
