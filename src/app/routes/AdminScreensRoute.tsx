import { AdminOnly } from '@/features/admin/components/AdminOnly';
import { ScreensAdmin } from '@/features/admin/components/ScreensAdmin';

export function AdminScreensRoute() {
  return (
    <AdminOnly action="manageDisplays">
      <ScreensAdmin />
    </AdminOnly>
  );
}
