import { Link, useSearchParams } from 'react-router-dom';
import { Button, ButtonLink } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Pagination } from '../../components/ui/pagination';
import { Skeleton } from '../../components/ui/spinner';
import type { NotificationsQuery } from '../../gql/graphql';
import { formatDateTime, plural } from '../../lib/format';
import { INBOX_PAGE_SIZE, useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications } from './use-notifications';
import './notifications.css';

type Entry = NotificationsQuery['notifications']['items'][number];

/** Only paths inside the app are followed; anything else is shown without a link. */
const internalLink = (link: string | null | undefined): string | null => (link && link.startsWith('/') && !link.startsWith('//') ? link : null);

function InboxItem({ entry, onRead, reading }: { entry: Entry; onRead: (id: string) => void; reading: boolean }) {
  const unread = !entry.readAt;
  const link = internalLink(entry.link);
  const headingId = `notification-${entry.id}`;
  return (
    <li className={unread ? 'card inbox-item inbox-item--unread' : 'card inbox-item'} aria-labelledby={headingId}>
      <div className="inbox-item__text">
        <h2 id={headingId} className="inbox-item__title">
          {link ? (
            <Link to={link} onClick={() => unread && onRead(entry.id)}>
              {entry.title}
            </Link>
          ) : (
            entry.title
          )}
          {unread ? <span className="visually-hidden"> (unread)</span> : null}
        </h2>
        <p className="inbox-item__body">{entry.body}</p>
        <p className="muted small">{formatDateTime(entry.createdAt)}</p>
      </div>
      {unread ? (
        <Button size="sm" variant="ghost" loading={reading} onClick={() => onRead(entry.id)} aria-label={`Mark “${entry.title}” read`}>
          Mark read
        </Button>
      ) : null}
    </li>
  );
}

/** The signed-in person's inbox: newest first, each entry leads to the thing it is about. */
export function InboxPage() {
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('show') === 'unread';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const inbox = useNotifications(unreadOnly, page);
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const unreadCount = inbox.data?.notifications.unreadCount ?? 0;

  const setParam = (key: string, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        if (key !== 'page') next.delete('page');
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeader
        title="Notifications"
        description="What Tandem has told you, newest first. Each entry leads to the thing it is about."
        actions={
          <ButtonLink to="/notifications/preferences" size="sm">
            Notification settings
          </ButtonLink>
        }
      />
      <div className="inbox-toolbar">
        <div role="group" aria-label="Show">
          <Button size="sm" variant={unreadOnly ? 'ghost' : 'secondary'} aria-pressed={!unreadOnly} onClick={() => setParam('show', null)}>
            All
          </Button>{' '}
          <Button size="sm" variant={unreadOnly ? 'secondary' : 'ghost'} aria-pressed={unreadOnly} onClick={() => setParam('show', 'unread')}>
            Unread
          </Button>
        </div>
        <span className="spacer" />
        <p className="muted small" role="status">
          {inbox.data ? (unreadCount > 0 ? plural(unreadCount, 'unread entry', 'unread entries') : 'All read') : ''}
        </p>
        <Button size="sm" variant="secondary" disabled={unreadCount === 0} loading={markAll.isPending} onClick={() => markAll.mutate()}>
          Mark all read
        </Button>
      </div>
      {inbox.isPending ? (
        <div className="card">
          <Skeleton lines={6} label="Loading your notifications" />
        </div>
      ) : inbox.isError ? (
        <ErrorState error={inbox.error} onRetry={() => void inbox.refetch()} />
      ) : inbox.data.notifications.totalCount === 0 ? (
        <EmptyState title={unreadOnly ? 'Nothing unread' : 'No notifications yet'}>
          Sessions scheduled or moved, notes waiting for you and checklists due will appear here.
        </EmptyState>
      ) : (
        <div aria-busy={inbox.isFetching}>
          <ul className="inbox-list" aria-label="Notifications">
            {inbox.data.notifications.items.map((n) => (
              <InboxItem key={n.id} entry={n} reading={markRead.isPending && markRead.variables === n.id} onRead={(id) => markRead.mutate(id)} />
            ))}
          </ul>
          <Pagination
            page={page}
            pageSize={INBOX_PAGE_SIZE}
            totalCount={inbox.data.notifications.totalCount}
            noun="notifications"
            onPageChange={(p) => setParam('page', p > 1 ? String(p) : null)}
          />
        </div>
      )}
    </>
  );
}
