import { Component, type ErrorInfo, type ReactNode } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { Button } from '../../components/ui/button';
import '../../components/ui/state.css';

function Fallback({ message, detail }: { message: string; detail?: string }) {
  return (
    <main id="main" className="crash">
      <div className="state state--error" role="alert">
        <p className="state__title">Something went wrong on this page</p>
        <p className="state__body">{message}</p>
        {detail ? <p className="state__meta">{detail}</p> : null}
        <div className="state__action">
          <Button variant="primary" onClick={() => window.location.reload()}>
            Reload the page
          </Button>
          <Button onClick={() => window.location.assign('/')}>Go to Home</Button>
        </div>
      </div>
    </main>
  );
}

/** Shown by the router when a page throws while rendering or loading. */
export function RouteErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error)) return <Fallback message={`${error.status} ${error.statusText}`} />;
  return <Fallback message="Your work elsewhere is safe. Reloading usually helps." detail={error instanceof Error ? error.message : undefined} />;
}

interface State {
  error: Error | null;
}

/** The last line of defence around the whole app (errors outside the router). */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Tandem crashed', error, info.componentStack);
  }

  override render() {
    if (this.state.error) return <Fallback message="Your work elsewhere is safe. Reloading usually helps." detail={this.state.error.message} />;
    return this.props.children;
  }
}
