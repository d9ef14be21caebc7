import { useState } from 'react';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { CopyButton } from '../../components/ui/copy-button';
import { Skeleton } from '../../components/ui/spinner';
import { useToast } from '../../components/ui/toast';
import { errorMessage } from '../../lib/graphql-client';
import { useCalendarFeedUrl, useRevokeCalendarFeed } from './use-supervision';

/** "Subscribe to my calendar": the private iCalendar feed address, with copy and revoke. */
export function CalendarFeedPanel() {
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const feed = useCalendarFeedUrl(open);
  const revoke = useRevokeCalendarFeed();
  const toast = useToast();
  return (
    <section className="card feed-panel" aria-labelledby="feed-title">
      <h2 id="feed-title" className="card-title">
        Subscribe to my calendar
      </h2>
      <p className="muted small">
        Add your supervision sessions to Google, Outlook or Apple Calendar. The address is private: anyone who has it can see the times and
        people of your sessions (never what was written). Revoke it if it was shared by mistake.
      </p>
      {!open ? (
        <Button size="sm" onClick={() => setOpen(true)}>
          Show my calendar address
        </Button>
      ) : feed.isPending ? (
        <Skeleton lines={1} label="Loading your calendar address" />
      ) : feed.isError ? (
        <Alert tone="danger">{errorMessage(feed.error)}</Alert>
      ) : (
        <div className="stack-sm">
          <div className="feed-link">
            <code aria-label="Your calendar feed address">{feed.data}</code>
            <CopyButton text={feed.data} label="Copy address" />
          </div>
          <div className="row">
            <a className="btn btn--secondary btn--sm" href={feed.data.replace(/^https?:/, 'webcal:')}>
              Open in my calendar app
            </a>
            <Button size="sm" variant="ghost" onClick={() => setConfirming(true)}>
              Revoke this address…
            </Button>
          </div>
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title="Revoke your calendar address?"
        description="Calendar apps using the current address stop updating. You can make a new address straight away and subscribe again."
        confirmLabel="Revoke address"
        pending={revoke.isPending}
        error={revoke.error}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          revoke.mutate(undefined, {
            onSuccess: () => {
              setConfirming(false);
              setOpen(false);
              toast.show('Calendar address revoked. Show it again to get a new one.');
            },
          })
        }
      />
    </section>
  );
}
