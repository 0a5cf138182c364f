// The `alerts` section of the Chinese dictionary, registered when a view that uses it loads:
// every module that words alerts, follows or webhooks imports this first.
import { alertsZh } from './alerts-zh';
import { registerSection } from '@/lib/i18n';

registerSection('alerts', alertsZh);
