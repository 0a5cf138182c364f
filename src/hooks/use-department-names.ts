// Department ids as the reader knows them (short names), joined in the language's way: 市金融局、市科技局.
import '@/lib/i18n/accounts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@/lib/i18n';
import { pick } from '@/domain/format';
import { useLanguage } from '@/hooks/use-language';
import { departmentQueries } from '@/lib/api/queries';

export function useDepartmentNames(): (ids: readonly string[]) => string {
  const lang = useLanguage();
  const { t } = useTranslation();
  const departments = useQuery(departmentQueries.list());
  return (ids) =>
    ids
      .map((id) => {
        const d = departments.data?.find((x) => x.id === id);
        return d ? pick(d.shortName, lang) : id;
      })
      .join(t('accounts.refusal.separator'));
}
