// How an account wants to hear about alerts: an email address (or none), email per alert on or
// off, a digest, and the language of what is sent. Checked here as the server checks it; what the
// server still refuses (422) is said beside the form. Where no email can go out (a server without
// a mail server, the demo) a warning says so, and a test email answers at once.
import '@/lib/i18n/alerts';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from '@/lib/i18n';
import { errorText } from '@/components/ui/ErrorMessage';
import { Panel, QueryView } from '@/components/ui/Panel';
import form from '@/components/ui/form.module.css';
import {
  DIGESTS,
  notificationSettingsSchema,
  type EmailDelivery,
  type NotificationSettings,
} from '@/domain/inbox';
import { useDeliveryTestText } from '@/hooks/use-delivery-test';
import { ApiValidationError } from '@/lib/api/client';
import { alertQueries, useSaveSettings, useTestEmail } from '@/lib/api/alerts';

const DIGEST_WORDS = { off: 'digestOff', daily: 'digestDaily', weekly: 'digestWeekly' } as const;

function SettingsForm({ saved }: { saved: NotificationSettings }) {
  const { t } = useTranslation();
  const ids = { email: useId(), digest: useId(), language: useId() };
  const save = useSaveSettings();
  const [email, setEmail] = useState(saved.email ?? '');
  const [emailAlerts, setEmailAlerts] = useState(saved.emailAlerts);
  const [digest, setDigest] = useState(saved.digest);
  const [language, setLanguage] = useState(saved.language);
  const [emailError, setEmailError] = useState<string | null>(null);

  const refusal = save.error
    ? save.error instanceof ApiValidationError
      ? t('alerts.settings.refused', {
          reason: /email/i.test(save.error.message)
            ? t('alerts.settings.emailInvalid')
            : save.error.message,
        })
      : t('alerts.settings.failed', { reason: errorText(save.error, t) })
    : null;

  const submit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const parsed = notificationSettingsSchema.safeParse({
      email: email.trim() || null,
      emailAlerts,
      digest,
      language,
    });
    if (!parsed.success) {
      setEmailError(t('alerts.settings.emailInvalid'));
      return;
    }
    setEmailError(null);
    save.mutate(parsed.data);
  };

  return (
    <form className={form.form} noValidate onSubmit={submit}>
      <div className={form.grid}>
        <div className={form.field}>
          <label htmlFor={ids.email} className={form.label}>
            {t('alerts.settings.email')}
          </label>
          <input
            id={ids.email}
            type="email"
            autoComplete="email"
            value={email}
            maxLength={200}
            aria-invalid={emailError ? true : undefined}
            aria-describedby={`${emailError ? `${ids.email}-error ` : ''}${ids.email}-hint`}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          {emailError && (
            <p id={`${ids.email}-error`} className={form.error}>
              {emailError}
            </p>
          )}
          <p id={`${ids.email}-hint`} className={form.hint}>
            {t('alerts.settings.emailHint')}
          </p>
        </div>
        <label className={form.choice}>
          <input
            type="checkbox"
            checked={emailAlerts}
            onChange={(e) => setEmailAlerts(e.currentTarget.checked)}
          />
          {t('alerts.settings.emailAlerts')}
        </label>
        <div className={form.field}>
          <label htmlFor={ids.digest} className={form.label}>
            {t('alerts.settings.digest')}
          </label>
          <select
            id={ids.digest}
            value={digest}
            onChange={(e) => setDigest(e.currentTarget.value as NotificationSettings['digest'])}
          >
            {DIGESTS.map((d) => (
              <option key={d} value={d}>
                {t(`alerts.settings.${DIGEST_WORDS[d]}`)}
              </option>
            ))}
          </select>
        </div>
        <div className={form.field}>
          <label htmlFor={ids.language} className={form.label}>
            {t('alerts.settings.language')}
          </label>
          <select
            id={ids.language}
            value={language}
            onChange={(e) => setLanguage(e.currentTarget.value as NotificationSettings['language'])}
          >
            <option value="zh" lang="zh-CN">
              中文
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
        </div>
      </div>
      <div className={form.actions}>
        <button type="submit" className={form.primary} disabled={save.isPending}>
          {save.isPending ? t('alerts.settings.saving') : t('alerts.settings.save')}
        </button>
        <span role="status" className={form.muted}>
          {save.isSuccess && t('alerts.settings.saved')}
        </span>
      </div>
      {refusal && (
        <p role="alert" className={form.error}>
          {refusal}
        </p>
      )}
    </form>
  );
}

/** Where no email can go out, said before anyone types an address. */
function DeliveryWarning({ delivery }: { delivery: EmailDelivery }) {
  const { t } = useTranslation();
  if (delivery === 'ready') return null;
  return <p className={form.notice}>{t(`alerts.settings.${delivery}`)}</p>;
}

/** A test email to the saved address, and what became of it. */
function EmailTest() {
  const { t } = useTranslation();
  const test = useTestEmail();
  const outcome = useDeliveryTestText()(test);
  return (
    <div className={form.actions}>
      <button
        type="button"
        className={form.secondary}
        disabled={test.isPending}
        onClick={() => test.mutate()}
      >
        {test.isPending ? t('alerts.settings.testing') : t('alerts.settings.test')}
      </button>
      {outcome && (
        <p role={outcome.ok ? 'status' : 'alert'} className={outcome.ok ? form.done : form.alert}>
          {outcome.text}
        </p>
      )}
    </div>
  );
}

export function NotificationSettingsForm() {
  const { t } = useTranslation();
  const settings = useQuery(alertQueries.settings());
  return (
    <Panel title={t('alerts.settings.heading')}>
      <QueryView query={settings} loadingLabel={t('app.loading')}>
        {(saved) => (
          <>
            <DeliveryWarning delivery={saved.emailDelivery} />
            <SettingsForm saved={saved} />
            <EmailTest />
          </>
        )}
      </QueryView>
    </Panel>
  );
}
