// Departments as checkboxes, by their short names: an editor's scope, a screen's show.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@/lib/i18n';
import form from '@/components/ui/form.module.css';
import { pick } from '@/domain/format';
import { useLanguage } from '@/hooks/use-language';
import { departmentQueries } from '@/lib/api/queries';

export function DepartmentChoices({
  legend,
  hint,
  error,
  value,
  onChange,
}: {
  legend: string;
  hint?: string;
  error?: string | undefined;
  value: readonly string[];
  onChange: (next: string[]) => void;
}) {
  const lang = useLanguage();
  const { t } = useTranslation();
  const departments = useQuery(departmentQueries.list());
  return (
    <fieldset className={`${form.choices} ${form.wide}`}>
      <legend className={form.legend}>{legend}</legend>
      {departments.data === undefined && <span className={form.muted}>{t('app.loading')}</span>}
      {(departments.data ?? []).map((d) => (
        <label key={d.id} className={form.choice}>
          <input
            type="checkbox"
            checked={value.includes(d.id)}
            onChange={(e) =>
              onChange(
                e.currentTarget.checked ? [...value, d.id] : value.filter((id) => id !== d.id),
              )
            }
          />
          {pick(d.shortName, lang)}
        </label>
      ))}
      {error && <p className={`${form.error} ${form.wide}`}>{error}</p>}
      {hint && <p className={`${form.hint} ${form.wide}`}>{hint}</p>}
    </fieldset>
  );
}
