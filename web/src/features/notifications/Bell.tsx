import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { useUnreadCount } from './queries';

/** The bell in the top bar of both apps: how many notifications are unread, and the way to them. */
export function Bell({ username }: { username: string }) {
  const { t } = useTranslation('notifications');
  const language = useLanguage();
  const unread = useUnreadCount(username).data ?? 0;
  return (
    <Link href="/notifications" className="bell-link" aria-label={t('bell', { count: unread })}>
      <svg aria-hidden="true" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 && <span className="badge">{formatNumber(unread, language)}</span>}
    </Link>
  );
}
