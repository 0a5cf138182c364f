import { AdminOnly } from '@/features/admin/components/AdminOnly';
import { WebhooksAdmin } from '@/features/admin/components/WebhooksAdmin';

export function AdminWebhooksRoute() {
  return (
    <AdminOnly action="manageAccounts">
      <WebhooksAdmin />
    </AdminOnly>
  );
}
