// Wall screens, as an admin keeps them: the list, a new screen with its pairing link (shown once),
// and unpairing one, after a confirmation.
import '@/lib/i18n/accounts';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from '@/lib/i18n';
import { errorText } from '@/components/ui/ErrorMessage';
import { Panel, QueryView } from '@/components/ui/Panel';
import form from '@/components/ui/form.module.css';
import tableStyles from '@/components/ui/table.module.css';
import { displayNameSchema, type Display } from '@/domain/accounts';
import { formatDateTime } from '@/domain/format';
import { parsePlaylist } from '@/domain/playlist';
import { useDepartmentNames } from '@/hooks/use-department-names';
import { useLanguage } from '@/hooks/use-language';
import { displayQueries, useDisplayWrites } from '@/lib/api/accounts';
import { departmentQueries, indicatorQueries } from '@/lib/api/queries';
import { DepartmentChoices } from './DepartmentChoices';
import styles from './admin.module.css';

type Done = { ok: boolean; text: string } | null;

/** The pairing link, once: the whole URL (the app's base included), with a copy button. */
function PairingLink({ name, link, onClose }: { name: string; link: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<boolean | null>(null);
  const url = new URL(
    link.replace(/^\//, ''),
    new URL(import.meta.env.BASE_URL, window.location.origin),
  ).toString();
  const copy = () =>
    void navigator.clipboard
      ?.writeText(url)
      .then(() => setCopied(true))
      .catch(() => setCopied(false));
  return (
    <section className={styles.link} aria-label={t('accounts.screens.linkHeading', { name })}>
      <h3>{t('accounts.screens.linkHeading', { name })}</h3>
      <p className={styles.warning}>{t('accounts.screens.linkWarning')}</p>
      <code>{url}</code>
      <div className={form.actions}>
        <button type="button" className={form.primary} onClick={copy}>
          {t('accounts.screens.copy')}
        </button>
        <button type="button" className={form.secondary} onClick={onClose}>
          {t('accounts.screens.done')}
        </button>
        <span role="status" className={form.muted}>
          {copied === true && t('accounts.screens.copied')}
          {copied === false && t('accounts.screens.copyFailed')}
        </span>
      </div>
    </section>
  );
}

function CreateScreen({ onDone }: { onDone: (done: Done) => void }) {
  const { t } = useTranslation();
  const ids = { playlist: useId(), name: useId() };
  const { create } = useDisplayWrites();
  const departments = useQuery(departmentQueries.list());
  const indicators = useQuery(indicatorQueries.list());
  const [name, setName] = useState('');
  const [depts, setDepts] = useState<string[]>([]);
  const [playlist, setPlaylist] = useState('');
  const [errors, setErrors] = useState<{ name?: string; playlist?: string }>({});
  const [created, setCreated] = useState<{ name: string; link: string } | null>(null);

  const submit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const found: typeof errors = {};
    const parsedName = displayNameSchema.safeParse(name);
    if (!parsedName.success) found.name = t('accounts.screens.nameRequired');
    // Checked as the show will read it: what it would ignore or replace is refused here.
    const params = new URLSearchParams(playlist.trim().replace(/^.*\?/, ''));
    params.delete('dept');
    for (const d of depts) params.append('dept', d);
    const known =
      departments.data && indicators.data
        ? {
            departments: new Set(departments.data.map((d) => d.id)),
            indicators: new Set(indicators.data.items.map((i) => i.id)),
          }
        : null;
    const { notices } = parsePlaylist(params, known);
    if (notices.length > 0) {
      found.playlist = t('accounts.screens.playlistInvalid', {
        problems: notices.map((n) => `${n.param}=${n.value}`).join(t('accounts.refusal.separator')),
      });
    }
    setErrors(found);
    if (found.name || found.playlist || !parsedName.success) return;
    const record: Record<string, string> = {};
    for (const key of new Set(params.keys())) record[key] = params.getAll(key).join(',');
    create.mutate(
      { name: parsedName.data, departments: depts, playlist: record },
      {
        onSuccess: ({ display, link }) => {
          setCreated({ name: display.name, link });
          setName('');
          setDepts([]);
          setPlaylist('');
          onDone(null);
        },
        onError: (error) =>
          onDone({
            ok: false,
            text: t('accounts.screens.failed', { reason: errorText(error, t) }),
          }),
      },
    );
  };

  return (
    <Panel title={t('accounts.screens.createHeading')}>
      {created ? (
        <PairingLink name={created.name} link={created.link} onClose={() => setCreated(null)} />
      ) : (
        <form className={form.form} noValidate onSubmit={submit}>
          <div className={form.grid}>
            <div className={form.field}>
              <label htmlFor={ids.name} className={form.label}>
                {t('accounts.screens.name')}
              </label>
              <input
                id={ids.name}
                value={name}
                maxLength={80}
                aria-invalid={errors.name ? true : undefined}
                aria-describedby={errors.name ? `${ids.name}-error` : undefined}
                onChange={(e) => setName(e.currentTarget.value)}
              />
              {errors.name && (
                <p id={`${ids.name}-error`} className={form.error}>
                  {errors.name}
                </p>
              )}
            </div>
            <DepartmentChoices
              legend={t('accounts.screens.departments')}
              value={depts}
              onChange={setDepts}
            />
            <div className={`${form.field} ${form.wide}`}>
              <label htmlFor={ids.playlist} className={form.label}>
                {t('accounts.screens.playlistLabel')}
              </label>
              <input
                id={ids.playlist}
                value={playlist}
                maxLength={400}
                spellCheck={false}
                aria-invalid={errors.playlist ? true : undefined}
                aria-describedby={`${errors.playlist ? `${ids.playlist}-error ` : ''}${ids.playlist}-hint`}
                onChange={(e) => setPlaylist(e.currentTarget.value)}
              />
              {errors.playlist && (
                <p id={`${ids.playlist}-error`} className={form.error}>
                  {errors.playlist}
                </p>
              )}
              <p id={`${ids.playlist}-hint`} className={form.hint}>
                {t('accounts.screens.playlistHint')}
              </p>
            </div>
          </div>
          <div className={form.actions}>
            <button type="submit" className={form.primary} disabled={create.isPending}>
              {create.isPending ? t('accounts.screens.creating') : t('accounts.screens.create')}
            </button>
          </div>
        </form>
      )}
    </Panel>
  );
}

function ScreenRow({ display, onDone }: { display: Display; onDone: (done: Done) => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const names = useDepartmentNames();
  const { revoke } = useDisplayWrites();
  const [confirming, setConfirming] = useState(false);
  // As an admin would type it: commas and ids unescaped.
  const playlist = Object.entries(display.playlist)
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
  const confirm = () => {
    setConfirming(false);
    revoke.mutate(display.id, {
      onSuccess: () =>
        onDone({ ok: true, text: t('accounts.screens.revokedDone', { name: display.name }) }),
      onError: (error) =>
        onDone({ ok: false, text: t('accounts.screens.failed', { reason: errorText(error, t) }) }),
    });
  };
  return (
    <tr>
      <th scope="row">{display.name}</th>
      <td>
        {display.departments.length
          ? names(display.departments)
          : t('accounts.screens.allDepartments')}
      </td>
      <td>
        <code>{playlist || '—'}</code>
      </td>
      <td className="figure">
        {display.lastSeenAt ? (
          <time dateTime={display.lastSeenAt}>{formatDateTime(display.lastSeenAt, lang)}</time>
        ) : (
          t('accounts.screens.notPaired')
        )}
      </td>
      <td className={display.revokedAt ? styles.off : undefined}>
        {display.revokedAt
          ? t('accounts.screens.revoked', { date: formatDateTime(display.revokedAt, lang) })
          : t('accounts.screens.active')}
      </td>
      <td>
        {!display.revokedAt && !confirming && (
          <button
            type="button"
            className={form.danger}
            aria-label={`${t('accounts.screens.revoke')} ${display.name}`}
            disabled={revoke.isPending}
            onClick={() => setConfirming(true)}
          >
            {t('accounts.screens.revoke')}
          </button>
        )}
        {!display.revokedAt && confirming && (
          <div
            role="alertdialog"
            aria-label={t('accounts.screens.revoke')}
            className={styles.confirm}
          >
            <p>{t('accounts.screens.revokeConfirm', { name: display.name })}</p>
            <div className={form.actions}>
              <button type="button" className={form.danger} onClick={confirm}>
                {t('accounts.screens.revokeYes')}
              </button>
              <button
                type="button"
                className={form.secondary}
                autoFocus
                onClick={() => setConfirming(false)}
              >
                {t('accounts.users.cancel')}
              </button>
            </div>
          </div>
        )}
      </td>
    </tr>
  );
}

export function ScreensAdmin() {
  const { t } = useTranslation();
  const displays = useQuery(displayQueries.list());
  const [done, setDone] = useState<Done>(null);
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>{t('accounts.screens.heading')}</h1>
      <p className={form.muted}>{t('accounts.screens.intro')}</p>
      {done && (
        <p role={done.ok ? 'status' : 'alert'} className={done.ok ? form.done : form.alert}>
          {done.text}
        </p>
      )}
      <CreateScreen onDone={setDone} />
      <Panel title={t('accounts.screens.listCaption')}>
        <QueryView query={displays} loadingLabel={t('app.loading')}>
          {(items) => (
            <div className={tableStyles.scroll}>
              <table className={`${tableStyles.table} ${tableStyles.alignTop}`}>
                <caption className="visually-hidden">{t('accounts.screens.listCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('accounts.screens.name')}</th>
                    <th scope="col">{t('accounts.screens.departments')}</th>
                    <th scope="col">{t('accounts.screens.playlist')}</th>
                    <th scope="col">{t('accounts.screens.lastSeen')}</th>
                    <th scope="col">{t('accounts.screens.status')}</th>
                    <th scope="col">{t('accounts.screens.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((d) => (
                    <ScreenRow key={d.id} display={d} onDone={setDone} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </QueryView>
      </Panel>
    </div>
  );
}
