import { useState } from 'react';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { CopyButton } from '../../components/ui/copy-button';
import { Skeleton } from '../../components/ui/spinner';
import { useToast } from '../../components/ui/toast';
import { formatDateTime } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-client';
import { useCalendarFeed, useCreateCalendarFeed, useRevokeCalendarFeed } from './use-supervision';

/**
 * "Subscribe to my calendar": a private iCalendar feed address. Only a hash of it is kept, so the address is shown
 * once, right after it is made; making a new one replaces the old, and it can be revoked.
 */
export function CalendarFeedPanel() {
  const [confirming, setConfirming] = useState<'replace' | 'revoke' | null>(null);
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const toast = useToast();
  const address = create.data;
  const make = () => create.mutate(undefined, { onSuccess: () => setConfirming(null) });
  return (
    <section className="card feed-panel" aria-labelledby="feed-title">
      <h2 id="feed-title" className="card-title">
        Subscribe to my calendar
      </h2>
      <p className="muted small">
        Add your supervision sessions to Google, Outlook or Apple Calendar. The address is private: anyone who has it can see the times and
        people of your sessions (never what was written). It is shown only once, when you make it; revoke it if it was shared by mistake.
      </p>
      {address ? (
        <div className="stack-sm">
          <Alert tone="info">Copy this address now: for your privacy it is not stored and cannot be shown again.</Alert>
          <div className="feed-link">
            <code aria-label="Your calendar feed address">{address}</code>
            <CopyButton text={address} label="Copy address" />
          </div>
          <div className="row">
            <a className="btn btn--secondary btn--sm" href={address.replace(/^https?:/, 'webcal:')}>
              Open in my calendar app
            </a>
          </div>
        </div>
      ) : feed.isPending ? (
        <Skeleton lines={1} label="Loading your calendar address" />
      ) : feed.isError ? (
        <Alert tone="danger">{errorMessage(feed.error)}</Alert>
      ) : feed.data.active ? (
        <div className="stack-sm">
          <p className="small">You have a calendar address, made {formatDateTime(feed.data.createdAt)}.</p>
          <div className="row">
            <Button size="sm" onClick={() => setConfirming('replace')}>
              Make a new address…
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setConfirming('revoke')}>
              Revoke this address…
            </Button>
          </div>
        </div>
      ) : (
        <div className="stack-sm">
          {create.isError ? <Alert tone="danger">{errorMessage(create.error)}</Alert> : null}
          <div>
            <Button size="sm" onClick={make} disabled={create.isPending}>
              Make my calendar address
            </Button>
          </div>
        </div>
      )}
      <ConfirmDialog
        open={confirming === 'replace'}
        title="Make a new calendar address?"
        description="Calendar apps using your current address stop updating; subscribe again with the new one."
        confirmLabel="Make a new address"
        pending={create.isPending}
        error={create.error}
        onCancel={() => setConfirming(null)}
        onConfirm={make}
      />
      <ConfirmDialog
        open={confirming === 'revoke'}
        title="Revoke your calendar address?"
        description="Calendar apps using the current address stop updating. You can make a new address straight away and subscribe again."
        confirmLabel="Revoke address"
        pending={revoke.isPending}
        error={revoke.error}
        onCancel={() => setConfirming(null)}
        onConfirm={() =>
          revoke.mutate(undefined, {
            onSuccess: () => {
              setConfirming(null);
              create.reset();
              toast.show('Calendar address revoked. Make a new one whenever you like.');
            },
          })
        }
      />
    </section>
  );
}
