import { ImportCsv } from '@/features/data-entry/components/ImportCsv';

export function ImportRoute() {
  return <ImportCsv />;
}
