import { AdminOnly } from '@/features/admin/components/AdminOnly';
import { UsersAdmin } from '@/features/admin/components/UsersAdmin';

export function AdminUsersRoute() {
  return (
    <AdminOnly action="manageAccounts">
      <UsersAdmin />
    </AdminOnly>
  );
}
