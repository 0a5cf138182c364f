// Accounts, as an admin keeps them: the list, a new account, and on each one its role, departments
// and name, disabling, a new password, ending its sessions and clearing a sign-in lock.
import '@/lib/i18n/accounts';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation, type TFunction } from '@/lib/i18n';
import { errorText } from '@/components/ui/ErrorMessage';
import { Panel, QueryView } from '@/components/ui/Panel';
import form from '@/components/ui/form.module.css';
import tableStyles from '@/components/ui/table.module.css';
import {
  displayNameSchema,
  newAccountSchema,
  passwordSchema,
  type Account,
  type Role,
} from '@/domain/accounts';
import { formatDateTime } from '@/domain/format';
import { useDepartmentNames } from '@/hooks/use-department-names';
import { useLanguage } from '@/hooks/use-language';
import { ApiError } from '@/lib/api/client';
import { userQueries, useUserWrites } from '@/lib/api/accounts';
import { useSession } from '@/lib/api/session';
import { DepartmentChoices } from './DepartmentChoices';
import styles from './admin.module.css';

const ROLES: readonly Role[] = ['viewer', 'editor', 'admin'];

type Done = { ok: true; text: string } | { ok: false; text: string } | null;

function failure(error: unknown, t: TFunction, username: string): string {
  if (error instanceof ApiError && error.problemCode === 'usernameTaken') {
    return t('accounts.users.usernameTaken', { username });
  }
  return t('accounts.users.failed', { reason: errorText(error, t) });
}

function Outcome({ done }: { done: Done }) {
  if (!done) return <p role="status" className={styles.outcome} />;
  return done.ok ? (
    <p role="status" className={`${styles.outcome} ${form.done}`}>
      {done.text}
    </p>
  ) : (
    <p role="alert" className={form.alert}>
      {done.text}
    </p>
  );
}

function RoleSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: Role;
  onChange: (role: Role) => void;
}) {
  const { t } = useTranslation();
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as Role)}>
      {ROLES.map((r) => (
        <option key={r} value={r}>
          {t(`accounts.role.${r}`)}
        </option>
      ))}
    </select>
  );
}

function TextField(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
  hint?: string;
  type?: 'text' | 'password';
  autoComplete?: string;
}) {
  const id = useId();
  return (
    <div className={form.field}>
      <label htmlFor={id} className={form.label}>
        {props.label}
      </label>
      <input
        id={id}
        type={props.type ?? 'text'}
        autoComplete={props.autoComplete ?? 'off'}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : props.hint ? `${id}-hint` : undefined}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      />
      {props.error && (
        <p id={`${id}-error`} className={form.error}>
          {props.error}
        </p>
      )}
      {props.hint && (
        <p id={`${id}-hint`} className={form.hint}>
          {props.hint}
        </p>
      )}
    </div>
  );
}

const EMPTY = {
  username: '',
  displayName: '',
  role: 'editor' as Role,
  departments: [] as string[],
  password: '',
};

function CreateAccount({ onDone }: { onDone: (done: Done) => void }) {
  const { t } = useTranslation();
  const roleId = useId();
  const { create } = useUserWrites();
  const [draft, setDraft] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (patch: Partial<typeof EMPTY>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const parsed = newAccountSchema.safeParse({
      ...draft,
      departments: draft.role === 'editor' ? draft.departments : [],
    });
    const found: Record<string, string> = {};
    // An editor records for their departments: none would leave them nothing to do.
    if (draft.role === 'editor' && draft.departments.length === 0) {
      found.departments = t('accounts.users.departmentsRequired');
    }
    if (!parsed.success || found.departments) {
      for (const issue of parsed.success ? [] : parsed.error.issues) {
        const field = String(issue.path[0]);
        found[field] ??=
          field === 'username'
            ? t('accounts.users.usernameInvalid')
            : field === 'password'
              ? t('accounts.users.passwordTooShort')
              : t('accounts.users.displayNameRequired');
      }
      setErrors(found);
      return;
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: (account) => {
        setDraft(EMPTY);
        onDone({ ok: true, text: t('accounts.users.created', { username: account.username }) });
      },
      onError: (error) => onDone({ ok: false, text: failure(error, t, parsed.data.username) }),
    });
  };

  return (
    <Panel title={t('accounts.users.createHeading')}>
      <form className={form.form} noValidate onSubmit={submit}>
        <div className={form.grid}>
          <TextField
            label={t('accounts.users.username')}
            value={draft.username}
            onChange={(username) => set({ username })}
            error={errors.username}
          />
          <TextField
            label={t('accounts.users.displayName')}
            value={draft.displayName}
            onChange={(displayName) => set({ displayName })}
            error={errors.displayName}
          />
          <div className={form.field}>
            <label htmlFor={roleId} className={form.label}>
              {t('accounts.users.role')}
            </label>
            <RoleSelect id={roleId} value={draft.role} onChange={(role) => set({ role })} />
          </div>
          <TextField
            label={t('accounts.users.password')}
            type="password"
            autoComplete="new-password"
            value={draft.password}
            onChange={(password) => set({ password })}
            error={errors.password}
            hint={t('accounts.users.passwordHint')}
          />
          {draft.role === 'editor' && (
            <DepartmentChoices
              legend={t('accounts.users.departments')}
              hint={t('accounts.users.departmentsHint')}
              error={errors.departments}
              value={draft.departments}
              onChange={(departments) => set({ departments })}
            />
          )}
        </div>
        <div className={form.actions}>
          <button type="submit" className={form.primary} disabled={create.isPending}>
            {create.isPending ? t('accounts.users.creating') : t('accounts.users.create')}
          </button>
        </div>
      </form>
    </Panel>
  );
}

function EditAccount({
  account,
  onDone,
  onClose,
}: {
  account: Account;
  onDone: (done: Done) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const roleId = useId();
  const { change } = useUserWrites();
  const [displayName, setDisplayName] = useState(account.displayName);
  const [role, setRole] = useState(account.role);
  const [departments, setDepartments] = useState(account.departments);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { username } = account;
  const fail = (error: unknown) => onDone({ ok: false, text: failure(error, t, username) });

  const save = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const name = displayNameSchema.safeParse(displayName);
    if (!name.success) return setErrors({ displayName: t('accounts.users.displayNameRequired') });
    if (role === 'editor' && departments.length === 0) {
      return setErrors({ departments: t('accounts.users.departmentsRequired') });
    }
    setErrors({});
    change.mutate(
      {
        username,
        change: {
          displayName: name.data,
          role,
          departments: role === 'editor' ? departments : [],
        },
      },
      {
        onSuccess: () => {
          onDone({ ok: true, text: t('accounts.users.saved', { username }) });
          onClose();
        },
        onError: fail,
      },
    );
  };

  const reset = () => {
    const parsed = passwordSchema.safeParse(password);
    if (!parsed.success) return setErrors({ password: t('accounts.users.passwordTooShort') });
    setErrors({});
    change.mutate(
      { username, change: { password: parsed.data } },
      {
        onSuccess: () => {
          setPassword('');
          onDone({ ok: true, text: t('accounts.users.passwordReset', { username }) });
        },
        onError: fail,
      },
    );
  };

  return (
    <form
      className={`${form.form} ${styles.edit}`}
      noValidate
      onSubmit={save}
      aria-label={t('accounts.users.editHeading', { username })}
    >
      <div className={form.grid}>
        <TextField
          label={t('accounts.users.displayName')}
          value={displayName}
          onChange={setDisplayName}
          error={errors.displayName}
        />
        <div className={form.field}>
          <label htmlFor={roleId} className={form.label}>
            {t('accounts.users.role')}
          </label>
          <RoleSelect id={roleId} value={role} onChange={setRole} />
        </div>
        {role === 'editor' && (
          <DepartmentChoices
            legend={t('accounts.users.departments')}
            hint={t('accounts.users.departmentsHint')}
            error={errors.departments}
            value={departments}
            onChange={setDepartments}
          />
        )}
      </div>
      <div className={form.actions}>
        <button type="submit" className={form.primary} disabled={change.isPending}>
          {t('accounts.users.save')}
        </button>
        <button type="button" className={form.secondary} onClick={onClose}>
          {t('accounts.users.cancel')}
        </button>
      </div>
      <div className={`${form.actions} ${styles.reset}`}>
        <TextField
          label={t('accounts.users.newPassword')}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={errors.password}
          hint={t('accounts.users.passwordHint')}
        />
        <button
          type="button"
          className={form.secondary}
          disabled={change.isPending}
          onClick={reset}
        >
          {t('accounts.users.resetPassword')}
        </button>
      </div>
    </form>
  );
}

function AccountRow({
  account,
  self,
  onDone,
}: {
  account: Account;
  self: boolean;
  onDone: (done: Done) => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const names = useDepartmentNames();
  const { change, endSessions, unlock } = useUserWrites();
  const [editing, setEditing] = useState(false);
  const { username } = account;
  const fail = (error: unknown) => onDone({ ok: false, text: failure(error, t, username) });
  const toggle = () =>
    change.mutate(
      { username, change: { disabled: !account.disabled } },
      {
        onSuccess: () =>
          onDone({
            ok: true,
            text: t(
              account.disabled ? 'accounts.users.enabledDone' : 'accounts.users.disabledDone',
              {
                username,
              },
            ),
          }),
        onError: fail,
      },
    );
  return (
    <>
      <tr data-disabled={account.disabled || undefined}>
        <th scope="row">
          {username}
          {self && <span className={form.muted}>{t('accounts.users.you')}</span>}
        </th>
        <td>{account.displayName}</td>
        <td>{t(`accounts.role.${account.role}`)}</td>
        <td>
          {account.departments.length ? names(account.departments) : t('accounts.users.none')}
        </td>
        <td className={account.disabled ? styles.off : undefined}>
          {account.disabled ? t('accounts.users.disabled') : t('accounts.users.active')}
          {account.signInLocked && (
            <span className={styles.off}> · {t('accounts.users.signInLocked')}</span>
          )}
        </td>
        <td className="figure">
          {account.lastSignInAt ? (
            <time dateTime={account.lastSignInAt}>
              {formatDateTime(account.lastSignInAt, lang)}
            </time>
          ) : (
            t('accounts.users.never')
          )}
        </td>
        <td>
          <div className={styles.rowActions}>
            <button
              type="button"
              className={form.secondary}
              aria-expanded={editing}
              aria-label={`${t('accounts.users.edit')} ${username}`}
              onClick={() => setEditing((v) => !v)}
            >
              {t('accounts.users.edit')}
            </button>
            {!self && (
              <button
                type="button"
                className={account.disabled ? form.secondary : form.danger}
                aria-label={`${account.disabled ? t('accounts.users.enable') : t('accounts.users.disable')} ${username}`}
                disabled={change.isPending}
                onClick={toggle}
              >
                {account.disabled ? t('accounts.users.enable') : t('accounts.users.disable')}
              </button>
            )}
            <button
              type="button"
              className={form.secondary}
              aria-label={`${t('accounts.users.endSessions')} ${username}`}
              disabled={endSessions.isPending}
              onClick={() =>
                endSessions.mutate(username, {
                  onSuccess: () =>
                    onDone({ ok: true, text: t('accounts.users.sessionsEnded', { username }) }),
                  onError: fail,
                })
              }
            >
              {t('accounts.users.endSessions')}
            </button>
            {account.signInLocked && (
              <button
                type="button"
                className={form.secondary}
                aria-label={`${t('accounts.users.unlock')} ${username}`}
                disabled={unlock.isPending}
                onClick={() =>
                  unlock.mutate(username, {
                    onSuccess: () =>
                      onDone({ ok: true, text: t('accounts.users.unlocked', { username }) }),
                    onError: fail,
                  })
                }
              >
                {t('accounts.users.unlock')}
              </button>
            )}
          </div>
        </td>
      </tr>
      {editing && (
        <tr>
          <td colSpan={7}>
            <EditAccount account={account} onDone={onDone} onClose={() => setEditing(false)} />
          </td>
        </tr>
      )}
    </>
  );
}

export function UsersAdmin() {
  const { t } = useTranslation();
  const users = useQuery(userQueries.list());
  const session = useSession();
  const principal = session.data?.principal;
  const me = principal?.kind === 'user' ? principal.username : null;
  const [done, setDone] = useState<Done>(null);
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>{t('accounts.users.heading')}</h1>
      <Outcome done={done} />
      <Panel title={t('accounts.users.listCaption')}>
        <QueryView query={users} loadingLabel={t('app.loading')}>
          {(items) => (
            <div className={tableStyles.scroll}>
              <table className={`${tableStyles.table} ${tableStyles.alignTop}`}>
                <caption className="visually-hidden">{t('accounts.users.listCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('accounts.users.username')}</th>
                    <th scope="col">{t('accounts.users.displayName')}</th>
                    <th scope="col">{t('accounts.users.role')}</th>
                    <th scope="col">{t('accounts.users.departments')}</th>
                    <th scope="col">{t('accounts.users.status')}</th>
                    <th scope="col">{t('accounts.users.lastSignIn')}</th>
                    <th scope="col">{t('accounts.users.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((a) => (
                    <AccountRow
                      key={a.username}
                      account={a}
                      self={a.username === me}
                      onDone={setDone}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </QueryView>
      </Panel>
      <CreateAccount onDone={setDone} />
    </div>
  );
}
