import { useTranslation } from '@/lib/i18n';
import type { Language } from '@/domain/format';

/** The interface language as the formatters take it. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'zh';
}
