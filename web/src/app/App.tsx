import { lazy, Suspense, type ComponentType } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { LoginPage } from '../features/auth/LoginPage';
import { PasswordPage } from '../features/auth/PasswordPage';
import { useSession } from '../features/auth/session';
import { CapturePage } from '../features/movements/CapturePage';
import { ReversalPage } from '../features/movements/ReversalPage';
import { FixRecordPage } from '../features/outbox/FixRecordPage';
import { NotificationsPage } from '../features/notifications/NotificationsPage';
import { OutboxPage } from '../features/outbox/OutboxPage';
import { PointsPage } from '../features/points/PointsPage';
import { NewRequestPage, RequestsPage } from '../features/resupply/ResupplyPage';
import { SharpsPage } from '../features/sharps/SharpsPage';
import { DispatchPage } from '../features/shipments/DispatchPage';
import { ReceiveShipmentPage } from '../features/shipments/ReceiveShipmentPage';
import { StockPage } from '../features/stock/StockPage';
import { usesWorkspace } from '../features/district/roles';
import { Layout } from './Layout';

/** The district workspace is loaded only for district officers and administrators: the field app never carries it. */
const DistrictApp = lazy(() => import('../features/district/DistrictApp'));

/** Outreach shifts concern few points and need a connection: their screens (one chunk) load when opened. */
const ShiftsPage = lazy(() => import('../features/shifts/screens').then((screens) => ({ default: screens.ShiftsPage })));
const ShiftPage = lazy(() => import('../features/shifts/screens').then((screens) => ({ default: screens.ShiftPage })));

/** The workspace's root component, when main.tsx loaded it before the first render. */
export type Workspace = ComponentType;

export function App({ workspace: LoadedWorkspace }: { workspace?: Workspace }) {
  const session = useSession();
  if (!session) return <LoginPage />;
  if (usesWorkspace(session.user) && LoadedWorkspace) return <LoadedWorkspace />;
  if (usesWorkspace(session.user))
    return (
      <Suspense fallback={null}>
        <DistrictApp />
      </Suspense>
    );
  return (
    <Layout>
      <Switch>
        <Route path="/" component={PointsPage} />
        <Route path="/points/:pointId" component={StockPage} />
        <Route path="/points/:pointId/record/:type" component={CapturePage} />
        <Route path="/points/:pointId/reversal" component={ReversalPage} />
        <Route path="/points/:pointId/shipments/:shipmentId/receive" component={ReceiveShipmentPage} />
        <Route path="/points/:pointId/dispatch" component={DispatchPage} />
        <Route path="/points/:pointId/sharps" component={SharpsPage} />
        <Route path="/points/:pointId/requests" component={RequestsPage} />
        <Route path="/points/:pointId/requests/new" component={NewRequestPage} />
        <Route path="/points/:pointId/shifts">
          <Suspense fallback={null}>
            <ShiftsPage />
          </Suspense>
        </Route>
        <Route path="/points/:pointId/shifts/:shiftId">
          <Suspense fallback={null}>
            <ShiftPage />
          </Suspense>
        </Route>
        <Route path="/password" component={PasswordPage} />
        <Route path="/outbox" component={OutboxPage} />
        <Route path="/notifications">
          <NotificationsPage />
        </Route>
        <Route path="/outbox/:id/fix" component={FixRecordPage} />
        <Route>
          <Redirect to="/" />
        </Route>
      </Switch>
    </Layout>
  );
}
