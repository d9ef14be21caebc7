import { useState } from 'react';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { useToast } from '../../components/ui/toast';
import { useViewer } from '../auth/use-auth';
import { InOutboxNote } from './invite-person-dialog';
import type { PersonDetail } from './person-types';
import { PersonStatusBadge } from './role-display';
import { useResendInvitation, useSendPasswordReset, useSetPersonActive } from './use-people';

/**
 * Sign-in access: a fresh invitation while one is pending, a password reset link once the person has a password (both
 * go to the person's message, never to this screen), and deactivation (history is kept).
 */
export function PersonAccountCard({ person }: { person: PersonDetail }) {
  const viewer = useViewer();
  const [confirming, setConfirming] = useState(false);
  const setActive = useSetPersonActive();
  const resend = useResendInvitation();
  const sendReset = useSendPasswordReset();
  const toast = useToast();
  const self = viewer.id === person.id;

  const confirm = () =>
    setActive.mutate(
      { personId: person.id, active: !person.active },
      {
        onSuccess: () => {
          setConfirming(false);
          toast.show(person.active ? `${person.name} has been deactivated` : `${person.name} has been reactivated`);
        },
      },
    );

  return (
    <section className="card danger-zone" aria-labelledby="account-title">
      <h2 id="account-title" className="card-title">
        Sign-in and access
      </h2>
      <p>
        <PersonStatusBadge active={person.active} invitationPending={person.invitationPending} />
      </p>
      {person.active && person.invitationPending ? (
        <div className="stack-sm">
          <p className="muted small">
            {person.name} hasn’t set a password yet. A new link replaces any earlier one.
          </p>
          {resend.error ? (
            <Alert tone="danger" title="No new invitation was sent">
              {resend.error.message}
            </Alert>
          ) : null}
          {resend.data ? (
            <InOutboxNote name={person.name} personId={person.id} what="A new invitation" />
          ) : (
            <div>
              <Button onClick={() => resend.mutate(person.id)} loading={resend.isPending}>
                Send a new invitation
              </Button>
            </div>
          )}
        </div>
      ) : null}
      {person.active && !person.invitationPending ? (
        <div className="stack-sm">
          <p className="muted small">
            If {person.name} can’t sign in, send them a link to choose a new password. You never see or set their password; using the
            link signs them out everywhere.
          </p>
          {sendReset.error ? (
            <Alert tone="danger" title="No reset link was sent">
              {sendReset.error.message}
            </Alert>
          ) : null}
          {sendReset.data ? (
            <InOutboxNote name={person.name} personId={person.id} what="A password reset link (valid 60 minutes)" />
          ) : (
            <div>
              <Button onClick={() => sendReset.mutate(person.id)} loading={sendReset.isPending}>
                Send a password reset link
              </Button>
            </div>
          )}
        </div>
      ) : null}
      <div className="stack-sm" style={{ marginTop: 'var(--space-4)' }}>
        {person.active ? (
          <p className="muted small">
            Deactivating signs {person.name} out everywhere at once. Their history, checklists and supervision records are kept.
          </p>
        ) : (
          <p className="muted small">Reactivating lets {person.name} sign in again with their existing password.</p>
        )}
        <div>
          <Button
            variant={person.active ? 'danger' : 'secondary'}
            onClick={() => setConfirming(true)}
            disabled={self && person.active}
            title={self && person.active ? 'You can’t deactivate your own account' : undefined}
          >
            {person.active ? 'Deactivate…' : 'Reactivate…'}
          </Button>
          {self && person.active ? <p className="muted small">You can’t deactivate your own account.</p> : null}
        </div>
      </div>
      <ConfirmDialog
        open={confirming}
        onCancel={() => {
          setConfirming(false);
          setActive.reset();
        }}
        onConfirm={confirm}
        pending={setActive.isPending}
        error={setActive.error}
        tone={person.active ? 'danger' : 'primary'}
        confirmLabel={person.active ? 'Deactivate' : 'Reactivate'}
        title={person.active ? `Deactivate ${person.name}?` : `Reactivate ${person.name}?`}
        description={
          person.active
            ? 'They will be signed out straight away and won’t be able to sign in. Everything they recorded stays, and you can reactivate them later.'
            : 'They will be able to sign in again.'
        }
      />
    </section>
  );
}
