// The `accounts` section of the Chinese dictionary, registered when a view that uses it loads:
// every module that words accounts, sessions or screens imports this first.
import { accountsZh } from './accounts-zh';
import { registerSection } from '@/lib/i18n';

registerSection('accounts', accountsZh);
