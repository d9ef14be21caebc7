import { NavLink } from 'react-router-dom';
import { useUnreadNotificationCount } from './use-notifications';
import './notifications.css';

/** The header's bell: leads to the inbox; its name says how many entries are unread. */
export function NotificationBell() {
  const unread = useUnreadNotificationCount();
  const count = unread.data ?? 0;
  const name = count > 0 ? `Notifications, ${count} unread` : 'Notifications';
  return (
    <NavLink to="/notifications" end className="notification-bell" aria-label={name} title={name}>
      <svg className="notification-bell__icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <path
          d="M12 3a6 6 0 0 0-6 6v3.6L4.3 15.4A1 1 0 0 0 5.2 17h13.6a1 1 0 0 0 .9-1.6L18 12.6V9a6 6 0 0 0-6-6Zm-2.5 15.5a2.5 2.5 0 0 0 5 0"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      {count > 0 ? (
        <span className="notification-bell__count" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      ) : null}
    </NavLink>
  );
}
