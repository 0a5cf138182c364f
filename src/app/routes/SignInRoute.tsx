import { SignInPage } from '@/features/accounts/components/SignInPage';

export function SignInRoute() {
  return <SignInPage />;
}
