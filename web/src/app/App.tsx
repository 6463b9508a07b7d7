import { Redirect, Route, Switch } from 'wouter';
import { LoginPage } from '../features/auth/LoginPage';
import { useSession } from '../features/auth/session';
import { DistributionPage } from '../features/movements/DistributionPage';
import { FixRecordPage } from '../features/outbox/FixRecordPage';
import { OutboxPage } from '../features/outbox/OutboxPage';
import { PointsPage } from '../features/points/PointsPage';
import { StockPage } from '../features/stock/StockPage';
import { Layout } from './Layout';

export function App() {
  const session = useSession();
  if (!session) return <LoginPage />;
  return (
    <Layout>
      <Switch>
        <Route path="/" component={PointsPage} />
        <Route path="/points/:pointId" component={StockPage} />
        <Route path="/points/:pointId/distribution" component={DistributionPage} />
        <Route path="/outbox" component={OutboxPage} />
        <Route path="/outbox/:id/fix" component={FixRecordPage} />
        <Route>
          <Redirect to="/" />
        </Route>
      </Switch>
    </Layout>
  );
}
