// Mutations that touch many indicators at once: an all-or-nothing CSV import, and the demo's reset.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { importReportSchema, type ImportRow } from '@/domain/import-schemas';
import { z } from '@/domain/zod';
import { apiPost } from '@/lib/api/client';
import { auditQueries } from '@/lib/api/audit-queries';
import { indicatorQueries } from '@/lib/api/queries';
import { refreshQueries } from '@/lib/refresh-queries';

function useInvalidateFigures() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      refreshQueries(queryClient, { queryKey: indicatorQueries.all }),
      refreshQueries(queryClient, { queryKey: auditQueries.all }),
    ]);
}

export function useImportRows() {
  const invalidate = useInvalidateFigures();
  return useMutation({
    mutationFn: (body: { rows: ImportRow[] }) => apiPost('/imports', body, importReportSchema),
    // Not awaited: the report shows at once, even if the refetch after it has to retry.
    onSuccess: () => void invalidate(),
  });
}

export function useResetDemoData() {
  const invalidate = useInvalidateFigures();
  return useMutation({
    mutationFn: () => apiPost('/demo/reset', undefined, z.undefined()),
    onSuccess: invalidate,
  });
}
