// The filter bar of the views it filters: departments (several), thrust, status and text, all in
// the URL.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from '@/lib/i18n';
import { isFiltered, STATUS_FILTERS, type FilterNotice, type StatusFilter } from '@/domain/filters';
import { pick } from '@/domain/format';
import type { ThrustId } from '@/domain/schemas';
import { useLanguage } from '@/hooks/use-language';
import { useViewFilters } from '@/hooks/use-view-filters';
import { departmentQueries, thrustQueries } from '@/lib/api/queries';
import styles from './filter-bar.module.css';

export function FilterBar() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { filters, setFilters, pageThrust } = useViewFilters();
  // On a thrust's page the thrust is the page's own, not a filter to clear.
  const clearable = isFiltered(pageThrust ? { ...filters, thrust: null } : filters);
  const departments = useQuery(departmentQueries.list());
  const thrusts = useQuery(thrustQueries.list());
  const ids = { dept: useId(), thrust: useId(), status: useId(), q: useId() };

  // The text box keeps what is typed; the URL follows without a history entry per keystroke.
  const [text, setText] = useState(filters.q);
  const [urlQ, setUrlQ] = useState(filters.q);
  // What the box last wrote to the URL, until the URL has it: that echo is not a navigation.
  const [sent, setSent] = useState<string | null>(null);
  // Back/forward or a cleared filter changes the URL: follow it, but never trim what is being typed.
  // The URL catching up with an earlier keystroke (late on a busy machine) must not undo the
  // keystrokes typed since.
  if (filters.q !== urlQ) {
    setUrlQ(filters.q);
    if (filters.q === sent) setSent(null);
    else if (text.trim() !== filters.q) setText(filters.q);
  }
  useEffect(() => {
    if (text.trim() === filters.q) return;
    const timer = setTimeout(() => {
      setSent(text.trim());
      setFilters({ q: text }, { replace: true });
    }, 150);
    return () => clearTimeout(timer);
  }, [text, filters.q, setFilters]);

  const selectedLabel =
    filters.departments.length === 0
      ? t('filters.departmentsAll')
      : filters.departments.length === 1
        ? (departments.data?.find((d) => d.id === filters.departments[0])?.shortName[lang] ??
          filters.departments[0])
        : t('filters.departmentsSelected', { count: filters.departments.length });

  const toggleDepartment = (id: string, on: boolean) => {
    const next = on ? [...filters.departments, id] : filters.departments.filter((d) => d !== id);
    setFilters({ departments: next });
  };

  return (
    <form
      className={styles.bar}
      role="search"
      aria-label={t('filters.label')}
      onSubmit={(e) => e.preventDefault()}
    >
      <details className={styles.departments}>
        <summary id={ids.dept}>
          <span className={styles.label}>{t('filters.department')}</span>
          <span className={styles.summaryValue}>{selectedLabel}</span>
        </summary>
        <fieldset className={styles.popover} aria-labelledby={ids.dept}>
          <legend className="visually-hidden">{t('filters.department')}</legend>
          {(departments.data ?? []).map((d) => (
            <label key={d.id} className={styles.check}>
              <input
                type="checkbox"
                checked={filters.departments.includes(d.id)}
                onChange={(e) => toggleDepartment(d.id, e.currentTarget.checked)}
              />
              <span>{pick(d.name, lang)}</span>
              {d.provenance === 'illustrative' && (
                <span className={styles.mark}>{t('provenance.illustrative')}</span>
              )}
            </label>
          ))}
        </fieldset>
      </details>

      <label className={styles.field} htmlFor={ids.thrust}>
        <span className={styles.label}>{t('filters.thrust')}</span>
        <select
          id={ids.thrust}
          value={filters.thrust ?? ''}
          onChange={(e) =>
            setFilters({ thrust: (e.currentTarget.value || null) as ThrustId | null })
          }
        >
          <option value="">{t('filters.thrustAll')}</option>
          {(thrusts.data ?? []).map((th) => (
            <option key={th.id} value={th.id}>
              {pick(th.shortName, lang)}
            </option>
          ))}
        </select>
      </label>

      <label className={styles.field} htmlFor={ids.status}>
        <span className={styles.label}>{t('filters.status')}</span>
        <select
          id={ids.status}
          value={filters.status ?? ''}
          onChange={(e) =>
            setFilters({ status: (e.currentTarget.value || null) as StatusFilter | null })
          }
        >
          <option value="">{t('filters.statusAll')}</option>
          {STATUS_FILTERS.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>

      <label className={`${styles.field} ${styles.grow}`} htmlFor={ids.q}>
        <span className={styles.label}>{t('filters.text')}</span>
        <input
          id={ids.q}
          type="search"
          value={text}
          maxLength={100}
          placeholder={t('filters.textPlaceholder')}
          onChange={(e) => setText(e.currentTarget.value)}
        />
      </label>

      {clearable && (
        <button
          type="button"
          className={styles.clear}
          onClick={() => {
            setText('');
            setFilters({
              departments: [],
              status: null,
              q: '',
              ...(pageThrust ? {} : { thrust: null }),
            });
          }}
        >
          {t('filters.clear')}
        </button>
      )}
    </form>
  );
}

/** Parameters the URL held that were not used, said plainly; the view shows without them. */
export function FilterNotices() {
  const { t } = useTranslation();
  const { notices } = useViewFilters();
  const [dismissed, setDismissed] = useState<string | null>(null);
  const key = notices.map((n) => `${n.param}:${n.value}:${n.reason}`).join('|');
  if (notices.length === 0 || dismissed === key) return null;
  return (
    <div role="status" className={styles.notices}>
      <strong>{t('filters.noticeTitle')}</strong>
      <ul>
        {notices.map((n: FilterNotice) => (
          <li key={`${n.param}:${n.value}:${n.reason}`}>
            {t(`filters.notice.${n.reason}`, { value: n.value, param: n.param })}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed(key)}>
        {t('filters.dismiss')}
      </button>
    </div>
  );
}
