import i18next from 'i18next';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { useFlash } from '../../components/flash';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { PasswordPage } from '../auth/PasswordPage';
import { ReLogin } from '../auth/ReLogin';
import { Bell } from '../notifications/Bell';
import { NotificationsPage } from '../notifications/NotificationsPage';
import { logOut, useSession } from '../auth/session';
import { AlertsPage } from './AlertsPage';
import { DashboardPage } from './DashboardPage';
import { DataQualityPage } from './DataQualityPage';
import './district.css';
import { ExpiriesPage } from './ExpiriesPage';
import { OutreachShiftsPage } from './OutreachShiftsPage';
import { PointPage } from './PointPage';
import { RedistributionPage } from './RedistributionPage';
import { ReportsPage } from './ReportsPage';
import { RequestPage } from './RequestPage';
import { RequestsPage } from './RequestsPage';
import { ShortagesPage } from './ShortagesPage';

/** Administration is loaded only when opened (an administrator's pages; anyone else is told it is not theirs). */
const AdminPages = lazy(() => import('../admin/AdminPages'));

// The workspace's words travel with its code: the field app's bundle does not carry them.
const files = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/district.json', { eager: true });
for (const [path, module] of Object.entries(files)) {
  const language = /locales\/(\w+)\//.exec(path)?.[1];
  if (language) i18next.addResourceBundle(language, 'district', module.default, true, true);
}

const SECTIONS = [
  ['/', 'nav.dashboard'],
  ['/shortages', 'nav.shortages'],
  ['/expiries', 'nav.expiries'],
  ['/requests', 'nav.requests'],
  ['/alerts', 'nav.alerts'],
  ['/redistribution', 'nav.redistribution'],
  ['/outreach-shifts', 'nav.outreachShifts'],
  ['/reports/monthly', 'nav.monthlyReport'],
  ['/data-quality', 'nav.dataQuality'],
] as const;

/** Administration, in the nav for the administrator only. */
const ADMIN_SECTIONS = [
  ['/admin/products', 'nav.products'],
  ['/admin/points', 'nav.points'],
  ['/admin/users', 'nav.users'],
] as const;

/** The district health office's workspace (district officers, and administrators nationally): laptop first. */
export default function DistrictApp() {
  return (
    <WorkspaceLayout>
      <Switch>
        <Route path="/" component={DashboardPage} />
        <Route path="/shortages" component={ShortagesPage} />
        <Route path="/expiries" component={ExpiriesPage} />
        <Route path="/points/:pointId" component={PointPage} />
        <Route path="/requests" component={RequestsPage} />
        <Route path="/requests/:id" component={RequestPage} />
        <Route path="/alerts" component={AlertsPage} />
        <Route path="/redistribution" component={RedistributionPage} />
        <Route path="/outreach-shifts" component={OutreachShiftsPage} />
        <Route path="/reports/monthly" component={ReportsPage} />
        <Route path="/data-quality" component={DataQualityPage} />
        <Route path="/password" component={PasswordPage} />
        <Route path="/notifications">
          <NotificationsPage workspace />
        </Route>
        <Route path="/admin">
          <Suspense fallback={null}>
            <AdminPages />
          </Suspense>
        </Route>
        <Route path="/admin/*">
          <Suspense fallback={null}>
            <AdminPages />
          </Suspense>
        </Route>
        <Route>
          <Redirect to="/" />
        </Route>
      </Switch>
    </WorkspaceLayout>
  );
}

function WorkspaceLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation('district');
  const session = useSession()!;
  const [location] = useLocation();
  const message = useFlash();
  const current = (path: string) => (path === '/' ? location === '/' : location.startsWith(path));

  return (
    <div className="app workspace">
      <header className="top-bar">
        <Link href="/" className="brand">
          pasokan <span className="brand-sub">{t('workspace')}</span>
        </Link>
        <Bell username={session.username} />
      </header>
      <nav className="workspace-nav" aria-label={t('nav.label')}>
        {SECTIONS.map(([path, key]) => (
          <Link key={path} href={path} aria-current={current(path) ? 'page' : undefined}>
            {t(key)}
          </Link>
        ))}
        {session.user.role === 'admin' &&
          ADMIN_SECTIONS.map(([path, key]) => (
            <Link key={path} href={path} aria-current={current(path) ? 'page' : undefined}>
              {t(key)}
            </Link>
          ))}
      </nav>
      {session.expired && <ReLogin username={session.username} />}
      {message && (
        <p className="flash" role="status">
          {message.text}
        </p>
      )}
      <main>{children}</main>
      <footer className="bottom-bar">
        <span className="who">
          {session.username} · {t(`roles.${session.user.role}`)}
          {session.user.regencyCodes.length > 0 && ` · ${session.user.regencyCodes.join(', ')}`}
        </span>
        <LanguageSwitch />
        <Link href="/password">{t('auth:passwordChange.link')}</Link>
        <button type="button" className="link-button" onClick={() => void logOut()}>
          {t('common:signOut')}
        </button>
      </footer>
    </div>
  );
}
