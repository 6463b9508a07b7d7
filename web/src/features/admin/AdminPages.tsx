import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { useSession } from '../auth/session';
import { PointFormPage, PointsPage } from './PointsPage';
import { ProductFormPage, ProductsPage } from './ProductsPage';
import { UserFormPage, UsersPage } from './UsersPage';

// Administration's words travel with its code, like the workspace's.
const files = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/admin.json', { eager: true });
for (const [path, module] of Object.entries(files)) {
  const language = /locales\/(\w+)\//.exec(path)?.[1];
  if (language) i18next.addResourceBundle(language, 'admin', module.default, true, true);
}

/** Administration (products, points, users) for the administrator; anyone else is told it is not theirs (the API refuses too). */
export default function AdminPages() {
  const { t } = useTranslation('admin');
  const user = useSession()!.user;
  if (user.role !== 'admin')
    return (
      <p className="error" role="alert">
        {t('refused')}
      </p>
    );
  return (
    <Switch>
      <Route path="/admin/products" component={ProductsPage} />
      <Route path="/admin/products/new" component={ProductFormPage} />
      <Route path="/admin/products/:id" component={ProductFormPage} />
      <Route path="/admin/points" component={PointsPage} />
      <Route path="/admin/points/new" component={PointFormPage} />
      <Route path="/admin/points/:id" component={PointFormPage} />
      <Route path="/admin/users/new" component={UserFormPage} />
      <Route path="/admin/users/:id" component={UserFormPage} />
      <Route component={UsersPage} />
    </Switch>
  );
}
