import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { CopyAge } from '../../components/CopyAge';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { useSession } from '../auth/session';
import { useMarkAllRead, useNotifications } from './queries';
import { notificationLink, notificationText } from './words';

/** The reader's notifications, newest first: unread ones stand out until "mark all as read". Both apps show it. */
export function NotificationsPage({ workspace = false }: { workspace?: boolean }) {
  const { t } = useTranslation('notifications');
  const language = useLanguage();
  const session = useSession()!;
  const list = useNotifications(session.username);
  const markAll = useMarkAllRead(session.username);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const items = list.data?.data.items ?? [];
  const unread = list.data?.data.unread ?? 0;

  return (
    <section className="notifications">
      <h1>{t('title')}</h1>
      <CopyAge answer={list.data} timeZone={timeZone} />
      {list.isError && (
        <p className="error" role="alert">
          {t('readFailed')}
        </p>
      )}
      {list.data && items.length === 0 && <p className="muted">{t('none')}</p>}
      {unread > 0 && (
        <button type="button" disabled={markAll.isPending} onClick={() => markAll.mutate(items[0].id)}>
          {t('markAll', { count: unread })}
        </button>
      )}
      {markAll.isError && (
        <p className="error" role="alert">
          {t('markFailed')}
        </p>
      )}
      <ul className="notification-list">
        {items.map((item) => {
          const text = notificationText(t, item, language);
          const link = notificationLink(item, workspace);
          return (
            <li key={item.id} className={item.readAt ? 'read' : 'unread'}>
              {!item.readAt && <span className="visually-hidden">{t('unread')}: </span>}
              {link ? <Link href={link}>{text}</Link> : <span>{text}</span>}
              <time className="muted" dateTime={item.createdAt}>
                {formatDateTime(item.createdAt, language, timeZone)}
              </time>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
