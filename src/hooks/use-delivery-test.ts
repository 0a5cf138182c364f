// What a test message did, in words: delivered, not delivered and why (a category), or why none
// could be sent (the demo sends nothing; no mail server; no address; asked a moment ago).
import '@/lib/i18n/alerts';
import { useTranslation } from '@/lib/i18n';
import { errorText } from '@/components/ui/ErrorMessage';
import type { DeliveryProblem, TestDeliveryResponse } from '@/domain/inbox';
import { ApiError } from '@/lib/api/client';

const PLAIN = {
  notInDemo: 'demo',
  emailNotConfigured: 'notConfigured',
  noEmailAddress: 'noAddress',
  tooManyTests: 'tooSoon',
} as const;

export interface TestOutcome {
  ok: boolean;
  text: string;
}

/** The words for a test's answer (`data`) or failure (`error`); null before one was asked. */
export function useDeliveryTestText() {
  const { t } = useTranslation();
  return (test: {
    data?: TestDeliveryResponse | undefined;
    error: unknown;
  }): TestOutcome | null => {
    if (test.data) {
      return test.data.delivered
        ? { ok: true, text: t('alerts.test.sent') }
        : {
            ok: false,
            text: t('alerts.test.notSent', {
              why: t(`alerts.errors.${test.data.error ?? 'other'}`),
            }),
          };
    }
    if (!test.error) return null;
    const code = test.error instanceof ApiError ? test.error.problemCode : null;
    const plain = code && code in PLAIN ? PLAIN[code as keyof typeof PLAIN] : null;
    return {
      ok: false,
      text: plain
        ? t(`alerts.test.${plain}`)
        : t('alerts.test.failed', { reason: errorText(test.error, t) }),
    };
  };
}

/** A failing delivery, in words: not sent (the demo), or given up or retrying after N attempts. */
export function useDeliveryProblemText() {
  const { t } = useTranslation();
  return (p: DeliveryProblem): string => {
    const error = p.error ? t(`alerts.errors.${p.error}`) : '—';
    if (p.attempts === 0) return t('alerts.webhooks.unsent', { error });
    return t('alerts.webhooks.problem', {
      state:
        p.state === 'failed'
          ? t('alerts.webhooks.failedState')
          : t('alerts.webhooks.retryingState'),
      attempts: p.attempts,
      error,
    });
  };
}
