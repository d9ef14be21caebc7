import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { CopyButton } from '../../components/ui/copy-button';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Pagination } from '../../components/ui/pagination';
import { Select } from '../../components/ui/select';
import { Skeleton } from '../../components/ui/spinner';
import { Badge, type BadgeTone } from '../../components/ui/badge';
import { useToast } from '../../components/ui/toast';
import type { OutboxMessageKind, OutboxMessageStatus, OutboxMessagesQuery } from '../../gql/graphql';
import { formatDateTime, plural } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { OUTBOX_PAGE_SIZE, useOutboxMessages, useOutboxSummary, useRetryOutboxMessage } from './use-outbox';
import './outbox.css';

type Message = OutboxMessagesQuery['outboxMessages']['items'][number];

export const KIND_LABELS: Record<OutboxMessageKind, string> = {
  INVITATION: 'Invitation',
  SIGN_UP_CONFIRMATION: 'Sign-up confirmation',
  SIGN_UP_ATTEMPT: 'Sign-up attempt',
  PASSWORD_RESET: 'Password reset',
  PASSWORD_CHANGED: 'Password changed',
  CHECKLIST_DUE: 'Checklist due',
  CHECKLIST_OVERDUE: 'Checklist overdue',
  SUPERVISION_SCHEDULED: 'Supervision scheduled',
  SUPERVISION_MOVED: 'Supervision moved',
  SUPERVISION_CANCELLED: 'Supervision cancelled',
  SUPERVISION_REMINDER: 'Supervision reminder',
  NOTE_READY_FOR_REFLECTION: 'Note ready for reflection',
  NOTE_READY_TO_SIGN: 'Note ready to sign',
  NOTE_SIGNATURE_REMOVED: 'Signature removed',
  ACTION_ITEM_DUE: 'Action item due',
  WEEKLY_DIGEST: 'Weekly digest',
  NEW_DEVICE_SIGN_IN: 'New-device sign-in',
};

export const STATUS_LABELS: Record<OutboxMessageStatus, { label: string; tone: BadgeTone }> = {
  HELD: { label: 'Held', tone: 'neutral' },
  QUEUED: { label: 'Queued', tone: 'info' },
  SENDING: { label: 'Sending', tone: 'accent' },
  SENT: { label: 'Sent', tone: 'success' },
  FAILED: { label: 'Failed', tone: 'danger' },
};

/** Retry is offered while a message waits or has failed, and only when a mail server is configured. */
const canRetry = (status: OutboxMessageStatus) => status === 'FAILED' || status === 'QUEUED';

/** The body as plain text, with its links clickable. */
function BodyText({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  const url = /https?:\/\/\S+/g;
  let last = 0;
  for (const m of text.matchAll(url)) {
    parts.push(text.slice(last, m.index));
    parts.push(
      <a key={m.index} href={m[0]} rel="noreferrer">
        {m[0]}
      </a>,
    );
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return <pre className="outbox-body">{parts}</pre>;
}

function MessageCard({ message, mailConfigured }: { message: Message; mailConfigured: boolean }) {
  const retry = useRetryOutboxMessage();
  const toast = useToast();
  const status = STATUS_LABELS[message.status];
  return (
    <article className="card outbox-message" aria-labelledby={`msg-${message.id}`}>
      <header className="outbox-message__head">
        <span className="outbox-kind">{KIND_LABELS[message.kind]}</span>
        <h2 id={`msg-${message.id}`} className="outbox-message__subject">
          {message.subject}
        </h2>
        <dl className="outbox-meta">
          <div>
            <dt>To</dt>
            <dd>
              {message.recipient ? <Link to={`/people/${message.recipient.id}`}>{message.recipient.name}</Link> : 'Someone no longer here'}{' '}
              &lt;{message.toAddress}&gt;
            </dd>
          </div>
          <div>
            <dt>Written</dt>
            <dd>{formatDateTime(message.createdAt)}</dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd>
              <Badge tone={status.tone}>{status.label}</Badge>
              {message.status === 'SENT' && message.sentAt ? <span className="small"> {formatDateTime(message.sentAt)}</span> : null}
              {message.status === 'QUEUED' && message.attempts > 0 ? <span className="small"> after {plural(message.attempts, 'try', 'tries')}</span> : null}
              {message.lastError && message.status !== 'SENT' ? <span className="outbox-error small"> {message.lastError}</span> : null}
            </dd>
          </div>
        </dl>
      </header>
      <BodyText text={message.bodyText} />
      {message.actionUrl || (mailConfigured && canRetry(message.status)) ? (
        <div className="outbox-message__actions">
          {message.actionUrl ? (
            <CopyButton text={message.actionUrl} label="Copy link" context={`from the message to ${message.recipient?.name ?? message.toAddress}`} />
          ) : null}
          {mailConfigured && canRetry(message.status) ? (
            <Button
              size="sm"
              loading={retry.isPending}
              aria-label={`Retry now: ${message.subject}`}
              onClick={() =>
                retry.mutate(message.id, {
                  onSuccess: () => toast.show('Queued to send now'),
                  onError: (e) => toast.show(e.message, 'danger'),
                })
              }
            >
              Retry now
            </Button>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}

/**
 * The organisation's outbox: every message Tandem has written, as it would be mailed. Until e-mail delivery is set up,
 * this is how links reach people — pass each message on to the person it is addressed to, and only to them.
 */
export function OutboxPage() {
  useDocumentTitle('Outbox');
  const [params, setParams] = useSearchParams();
  const kind = (params.get('kind') ?? '') as OutboxMessageKind | '';
  const recipientId = params.get('recipient') ?? undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const status = (params.get('status') ?? '') as OutboxMessageStatus | '';
  const messages = useOutboxMessages({ kind: kind || undefined, status: status || undefined, recipientId }, page);
  const summary = useOutboxSummary();
  const mailConfigured = summary.data?.mailConfigured ?? false;

  const setParam = (key: string, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        if (key !== 'page') next.delete('page');
        return next;
      },
      { replace: true, flushSync: true },
    );

  return (
    <>
      <PageHeader title="Outbox" description="Messages Tandem has written to people in your organisation, newest first, exactly as they would be e-mailed." />
      {summary.data && !mailConfigured ? (
        <Alert tone="info" title="E-mail isn’t sent yet">
          Tandem keeps each message here. Pass it on to the person it is addressed to — and only to them: a link in a message lets whoever
          opens it set that person’s password. Links work once; invitations expire after 14 days, password resets after 60 minutes.
        </Alert>
      ) : null}
      {summary.data ? (
        <p className="small outbox-summary" role="status">
          {mailConfigured ? 'Mail server configured. ' : ''}
          {(Object.keys(STATUS_LABELS) as OutboxMessageStatus[])
            .map((s) => `${STATUS_LABELS[s].label}: ${summary.data[s.toLowerCase() as Lowercase<OutboxMessageStatus>]}`)
            .join(' · ')}
        </p>
      ) : null}
      <div className="outbox-filters">
        <Select
          label="Show"
          emptyOption="All messages"
          options={(Object.keys(KIND_LABELS) as OutboxMessageKind[]).map((k) => ({ value: k, label: KIND_LABELS[k] }))}
          value={kind}
          onChange={(e) => setParam('kind', e.target.value || null)}
        />
        <Select
          label="Status"
          emptyOption="Any status"
          options={(Object.keys(STATUS_LABELS) as OutboxMessageStatus[]).map((k) => ({ value: k, label: STATUS_LABELS[k].label }))}
          value={status}
          onChange={(e) => setParam('status', e.target.value || null)}
        />
        {recipientId ? (
          <p className="small">
            Showing one person’s messages.{' '}
            <Button variant="ghost" size="sm" onClick={() => setParam('recipient', null)}>
              Show everyone’s
            </Button>
          </p>
        ) : null}
      </div>
      {messages.isPending ? (
        <div className="card">
          <Skeleton lines={8} label="Loading the outbox" />
        </div>
      ) : messages.isError ? (
        <ErrorState error={messages.error} onRetry={() => void messages.refetch()} />
      ) : messages.data.outboxMessages.totalCount === 0 ? (
        <EmptyState title="No messages yet">Invitations and password reset links will appear here.</EmptyState>
      ) : (
        <div className="outbox-list" aria-busy={messages.isFetching}>
          {messages.data.outboxMessages.items.map((m) => (
            <MessageCard key={m.id} message={m} mailConfigured={mailConfigured} />
          ))}
          <Pagination
            page={page}
            pageSize={OUTBOX_PAGE_SIZE}
            totalCount={messages.data.outboxMessages.totalCount}
            noun="messages"
            onPageChange={(p) => setParam('page', p > 1 ? String(p) : null)}
          />
        </div>
      )}
    </>
  );
}
