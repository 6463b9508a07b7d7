import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFlash } from '../components/flash';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useOnline } from '../components/use-online';
import { ReLogin } from '../features/auth/ReLogin';
import { logOut, useSession } from '../features/auth/session';
import { Bell } from '../features/notifications/Bell';
import { useOutboxCounts } from '../features/outbox/use-outbox';
import { useLanguage } from '../i18n/i18n';
import { formatNumber } from '../i18n/format';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession()!;
  const online = useOnline();
  const counts = useOutboxCounts(session.username);
  const language = useLanguage();
  const waiting = (counts?.pending ?? 0) + (counts?.refused ?? 0);
  const message = useFlash();

  const signOut = async () => {
    if (waiting > 0 && !window.confirm(t('signOutWithWaiting', { count: waiting }))) return;
    await logOut();
  };

  return (
    <div className="app">
      <header className="top-bar">
        <Link href="/" className="brand">
          pasokan
        </Link>
        <span className={online ? 'net net-online' : 'net net-offline'} role="status">
          {online ? t('online') : t('offline')}
        </span>
        <Link href="/outbox" className="outbox-link" aria-label={t('outboxWaiting', { count: waiting })}>
          {t('outbox')}
          {waiting > 0 && <span className={counts?.refused ? 'badge badge-refused' : 'badge'}>{formatNumber(waiting, language)}</span>}
        </Link>
        <Bell username={session.username} />
      </header>
      {session.expired && <ReLogin username={session.username} />}
      {message && (
        <p className="flash" role="status">
          {message.text}
        </p>
      )}
      <main>{children}</main>
      <footer className="bottom-bar">
        <span className="who">{session.username}</span>
        <LanguageSwitch />
        <Link href="/password">{t('auth:passwordChange.link')}</Link>
        <button type="button" className="link-button" onClick={() => void signOut()}>
          {t('signOut')}
        </button>
      </footer>
    </div>
  );
}
