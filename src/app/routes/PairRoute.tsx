import { PairPage } from '@/features/accounts/components/PairPage';

export function PairRoute() {
  return <PairPage />;
}
