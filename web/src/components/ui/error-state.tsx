import { ApiError, errorMessage } from '../../lib/graphql-client';
import { Button } from './button';
import './state.css';

const TITLES: Record<string, string> = {
  FORBIDDEN: 'You don’t have access to this',
  NOT_FOUND: 'We couldn’t find that',
  NETWORK_ERROR: 'Tandem can’t be reached right now',
};

export interface ErrorStateProps {
  error: unknown;
  /** Offer "Try again" (network and server errors). */
  onRetry?: () => void;
  title?: string;
}

/** A failed load, said plainly, with the server's message and a request id for support. */
export function ErrorState({ error, onRetry, title }: ErrorStateProps) {
  const code = error instanceof ApiError ? error.code : undefined;
  const requestId = error instanceof ApiError ? error.requestId : null;
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{title ?? (code && TITLES[code]) ?? 'Something went wrong'}</p>
      <p className="state__body">{errorMessage(error)}</p>
      {requestId ? <p className="state__meta">Reference: {requestId}</p> : null}
      {onRetry && code !== 'FORBIDDEN' && code !== 'NOT_FOUND' ? (
        <div className="state__action">
          <Button onClick={onRetry}>Try again</Button>
        </div>
      ) : null}
    </div>
  );
}
