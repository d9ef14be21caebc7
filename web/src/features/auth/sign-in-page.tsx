import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useDocumentTitle } from '../../lib/use-document-title';
import { AuthLayout } from './auth-layout';
import { DemoLogins } from './demo-logins';
import { SignInForm } from './sign-in-form';
import { safeNextPath } from './use-auth';

export function SignInPage() {
  useDocumentTitle('Sign in');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const expired = params.get('reason') === 'expired';
  return (
    <AuthLayout
      aside={
        <DemoLogins
          onUse={(e, p) => {
            setEmail(e);
            setPassword(p);
          }}
        />
      }
    >
      <h1>Sign in</h1>
      <p className="auth__intro">{expired ? 'Your session ended. Please sign in again to carry on.' : 'Welcome back.'}</p>
      <SignInForm
        email={email}
        password={password}
        onEmailChange={setEmail}
        onPasswordChange={setPassword}
        onSignedIn={() => navigate(safeNextPath(params.get('next')), { replace: true })}
      />
      <p className="auth__links">
        <Link to="/forgot-password">Forgot password?</Link>
      </p>
      <p className="auth__switch">
        New to Tandem? <Link to="/create-organization">Create an organisation</Link>
      </p>
    </AuthLayout>
  );
}
