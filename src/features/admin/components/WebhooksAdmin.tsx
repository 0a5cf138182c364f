// Webhooks, as an admin keeps them (issue 17): the list with each one's format, departments and
// failing deliveries (error and attempts), a new one, and removing one after a confirmation.
import '@/lib/i18n/accounts';
import '@/lib/i18n/alerts';
import { useSession } from '@/lib/api/session';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from '@/lib/i18n';
import { errorText } from '@/components/ui/ErrorMessage';
import { Panel, QueryView } from '@/components/ui/Panel';
import form from '@/components/ui/form.module.css';
import tableStyles from '@/components/ui/table.module.css';
import { formatDateTime } from '@/domain/format';
import {
  newWebhookSchema,
  WEBHOOK_FORMATS,
  type Webhook,
  type WebhookFormat,
} from '@/domain/inbox';
import { useDepartmentNames } from '@/hooks/use-department-names';
import { useLanguage } from '@/hooks/use-language';
import { alertQueries, alertsAbsent, refusedUrl, useWebhookWrites } from '@/lib/api/alerts';
import { DepartmentChoices } from './DepartmentChoices';
import { WebhookTest } from './WebhookTest';
import { useDeliveryProblemText } from '@/hooks/use-delivery-test';
import styles from './admin.module.css';

type Done = { ok: boolean; text: string } | null;
type Field = 'name' | 'url' | 'secret';

function CreateWebhook({ onDone }: { onDone: (done: Done) => void }) {
  const { t } = useTranslation();
  const ids = { name: useId(), url: useId(), format: useId(), secret: useId() };
  const { create } = useWebhookWrites();
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [format, setFormat] = useState<WebhookFormat>('json');
  const [secret, setSecret] = useState('');
  const [departments, setDepartments] = useState<string[]>([]);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const messages: Record<Field, string> = {
    name: t('alerts.webhooks.nameRequired'),
    url: t('alerts.webhooks.urlInvalid'),
    secret: t('alerts.webhooks.secretShort'),
  };

  const submit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const parsed = newWebhookSchema.safeParse({ name, url, format, secret, departments });
    if (!parsed.success) {
      const found: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (field === 'name' || field === 'url' || field === 'secret')
          found[field] = messages[field];
      }
      setErrors(found);
      return;
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: () => {
        onDone({ ok: true, text: t('alerts.webhooks.created', { name: parsed.data.name }) });
        setName('');
        setUrl('');
        setSecret('');
        setDepartments([]);
      },
      onError: (error) => {
        // The server's word on the address (https only, nothing inside) goes beside the field.
        const url = refusedUrl(error);
        if (url) setErrors({ url: t(`entry.issues.${url}`) });
        onDone({ ok: false, text: t('alerts.webhooks.failed', { reason: errorText(error, t) }) });
      },
    });
  };

  const text = (
    field: Field,
    id: string,
    label: string,
    value: string,
    set: (v: string) => void,
  ) => (
    <div className={`${form.field} ${field === 'url' ? form.wide : ''}`}>
      <label htmlFor={id} className={form.label}>
        {label}
      </label>
      <input
        id={id}
        value={value}
        type={field === 'secret' ? 'password' : field === 'url' ? 'url' : 'text'}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={errors[field] ? `${id}-error` : undefined}
        onChange={(e) => set(e.currentTarget.value)}
      />
      {errors[field] && (
        <p id={`${id}-error`} className={form.error}>
          {errors[field]}
        </p>
      )}
    </div>
  );

  return (
    <Panel title={t('alerts.webhooks.createHeading')}>
      <form className={form.form} noValidate onSubmit={submit}>
        <div className={form.grid}>
          {text('name', ids.name, t('alerts.webhooks.name'), name, setName)}
          <div className={form.field}>
            <label htmlFor={ids.format} className={form.label}>
              {t('alerts.webhooks.format')}
            </label>
            <select
              id={ids.format}
              value={format}
              onChange={(e) => setFormat(e.currentTarget.value as WebhookFormat)}
            >
              {WEBHOOK_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {t(`alerts.webhooks.formats.${f}`)}
                </option>
              ))}
            </select>
          </div>
          {text('url', ids.url, t('alerts.webhooks.url'), url, setUrl)}
          {text('secret', ids.secret, t('alerts.webhooks.secret'), secret, setSecret)}
          <p className={`${form.hint} ${form.wide}`}>{t('alerts.webhooks.secretHint')}</p>
          <DepartmentChoices
            legend={t('alerts.webhooks.departments')}
            hint={t('alerts.webhooks.departmentsHint')}
            value={departments}
            onChange={setDepartments}
          />
        </div>
        <div className={form.actions}>
          <button type="submit" className={form.primary} disabled={create.isPending}>
            {create.isPending ? t('alerts.webhooks.creating') : t('alerts.webhooks.create')}
          </button>
        </div>
      </form>
    </Panel>
  );
}

function WebhookRow({ hook, onDone }: { hook: Webhook; onDone: (done: Done) => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const names = useDepartmentNames();
  const { remove } = useWebhookWrites();
  const problemText = useDeliveryProblemText();
  const [confirming, setConfirming] = useState(false);
  const confirm = () => {
    setConfirming(false);
    remove.mutate(hook.id, {
      onSuccess: () =>
        onDone({ ok: true, text: t('alerts.webhooks.removed', { name: hook.name }) }),
      onError: (error) =>
        onDone({ ok: false, text: t('alerts.webhooks.failed', { reason: errorText(error, t) }) }),
    });
  };
  return (
    <tr>
      <th scope="row">{hook.name}</th>
      <td>
        <code>{hook.url}</code>
      </td>
      <td>{t(`alerts.webhooks.formats.${hook.format}`)}</td>
      <td>
        {hook.departments.length ? names(hook.departments) : t('alerts.webhooks.allDepartments')}
      </td>
      <td className={hook.problems.length ? styles.off : undefined}>
        {hook.problems.length === 0 ? (
          t('alerts.webhooks.noProblems')
        ) : (
          <ul className={styles.problems}>
            {hook.problems.map((p) => (
              <li key={p.event}>
                {problemText(p)}
                {p.nextAttemptAt && (
                  <>
                    {'；'}
                    {t('alerts.webhooks.nextAttempt', {
                      time: formatDateTime(p.nextAttemptAt, lang),
                    })}
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        <WebhookTest hook={hook} />
        {!confirming && (
          <button
            type="button"
            className={form.danger}
            aria-label={`${t('alerts.webhooks.remove')} ${hook.name}`}
            disabled={remove.isPending}
            onClick={() => setConfirming(true)}
          >
            {t('alerts.webhooks.remove')}
          </button>
        )}
        {confirming && (
          <div
            role="alertdialog"
            aria-label={t('alerts.webhooks.remove')}
            className={styles.confirm}
          >
            <p>{t('alerts.webhooks.removeConfirm', { name: hook.name })}</p>
            <div className={form.actions}>
              <button type="button" className={form.danger} onClick={confirm}>
                {t('alerts.webhooks.removeYes')}
              </button>
              <button
                type="button"
                className={form.secondary}
                autoFocus
                onClick={() => setConfirming(false)}
              >
                {t('alerts.webhooks.cancel')}
              </button>
            </div>
          </div>
        )}
      </td>
    </tr>
  );
}

export function WebhooksAdmin() {
  const { t } = useTranslation();
  const session = useSession();
  const available = session.data?.alerts === true;
  // Only where the API has alerts (the server and the demo both have them).
  const hooks = useQuery({ ...alertQueries.webhooks(), enabled: available });
  const [done, setDone] = useState<Done>(null);
  if ((session.data && !available) || alertsAbsent(hooks.error)) {
    return (
      <div className={styles.page}>
        <h1 className={styles.title}>{t('alerts.webhooks.heading')}</h1>
        <p role="alert" className={form.notice}>
          {t('alerts.inbox.absent')}
        </p>
      </div>
    );
  }
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>{t('alerts.webhooks.heading')}</h1>
      {done && (
        <p role={done.ok ? 'status' : 'alert'} className={done.ok ? form.done : form.alert}>
          {done.text}
        </p>
      )}
      <CreateWebhook onDone={setDone} />
      <Panel title={t('alerts.webhooks.listCaption')}>
        <QueryView query={hooks} loadingLabel={t('app.loading')}>
          {(items) =>
            items.length === 0 ? (
              <p>{t('alerts.webhooks.empty')}</p>
            ) : (
              <div className={tableStyles.scroll}>
                <table className={`${tableStyles.table} ${tableStyles.alignTop}`}>
                  <caption className="visually-hidden">{t('alerts.webhooks.listCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('alerts.webhooks.name')}</th>
                      <th scope="col">{t('alerts.webhooks.url')}</th>
                      <th scope="col">{t('alerts.webhooks.format')}</th>
                      <th scope="col">{t('alerts.webhooks.departments')}</th>
                      <th scope="col">{t('alerts.webhooks.problems')}</th>
                      <th scope="col">{t('alerts.webhooks.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((h) => (
                      <WebhookRow key={h.id} hook={h} onDone={setDone} />
                    ))}
                  </tbody>
                </table>
              </div>
            )
          }
        </QueryView>
      </Panel>
    </div>
  );
}
