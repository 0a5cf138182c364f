// Everything a screen needs around it: the query cache, i18n, and preferences applied to the page.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { applyLanguage } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import { usePreferences } from '@/stores/preferences';

function PreferencesEffects() {
  const language = usePreferences((s) => s.language);
  const theme = usePreferences((s) => s.theme);
  useEffect(() => applyLanguage(language), [language]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return null;
}

export function AppProvider({
  children,
  queryClient,
}: {
  children: ReactNode;
  queryClient?: QueryClient;
}) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  // The first render already speaks the chosen language, before any effect runs.
  applyLanguage(usePreferences.getState().language);
  return (
    <QueryClientProvider client={client}>
      <PreferencesEffects />
      {children}
    </QueryClientProvider>
  );
}
