import { InboxPage } from '@/features/alerts/components/InboxPage';

export function InboxRoute() {
  return <InboxPage />;
}
