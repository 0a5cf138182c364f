// A test message to one webhook, and what became of it (delivered, or why not as a category; in
// the demo, that it sends nothing).
import '@/lib/i18n/alerts';
import { useTranslation } from '@/lib/i18n';
import form from '@/components/ui/form.module.css';
import type { Webhook } from '@/domain/inbox';
import { useDeliveryTestText } from '@/hooks/use-delivery-test';
import { useTestWebhook } from '@/lib/api/alerts';

export function WebhookTest({ hook }: { hook: Pick<Webhook, 'id' | 'name'> }) {
  const { t } = useTranslation();
  const test = useTestWebhook();
  const outcome = useDeliveryTestText()(test);
  return (
    <>
      <button
        type="button"
        className={form.secondary}
        aria-label={`${t('alerts.webhooks.test')} ${hook.name}`}
        disabled={test.isPending}
        onClick={() => test.mutate(hook.id)}
      >
        {t('alerts.webhooks.test')}
      </button>
      {outcome && (
        <p role={outcome.ok ? 'status' : 'alert'} className={outcome.ok ? form.done : form.alert}>
          {outcome.text}
        </p>
      )}
    </>
  );
}
