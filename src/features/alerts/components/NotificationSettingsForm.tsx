// How an account wants to hear about alerts: an email address (or none), email per alert on or
// off, a digest, and the language of what is sent. Checked here as the server checks it; what the
// server still refuses (422) is said beside the form.
import '@/lib/i18n/alerts';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from '@/lib/i18n';
import { errorText } from '@/components/ui/ErrorMessage';
import { Panel, QueryView } from '@/components/ui/Panel';
import form from '@/components/ui/form.module.css';
import { DIGESTS, notificationSettingsSchema, type NotificationSettings } from '@/domain/inbox';
import { ApiValidationError } from '@/lib/api/client';
import { alertQueries, useSaveSettings } from '@/lib/api/alerts';

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

export function NotificationSettingsForm() {
  const { t } = useTranslation();
  const settings = useQuery(alertQueries.settings());
  return (
    <Panel title={t('alerts.settings.heading')}>
      <QueryView query={settings} loadingLabel={t('app.loading')}>
        {(saved) => <SettingsForm saved={saved} />}
      </QueryView>
    </Panel>
  );
}
