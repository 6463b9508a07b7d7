import { useTranslation } from 'react-i18next';
import { CopyAge } from '../../components/CopyAge';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { useProducts } from '../points/queries';
import { productName } from '../stock/product-name';
import { useOpenAlerts } from './queries';

/** Some nullable fields come typed as objects from the OpenAPI document (no type on their ApiProperty): text or nothing. */
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** The point's open alerts, most severe first; nothing at all when there are none. */
export function AlertList({ pointId, timeZone }: { pointId: string; timeZone: string }) {
  const { t } = useTranslation('stock');
  const language = useLanguage();
  const alerts = useOpenAlerts(pointId);
  const catalogue = useProducts().data?.data.items;
  const items = alerts.data?.data.items ?? [];
  if (items.length === 0) return null;
  const rank = { critical: 0, warning: 1, info: 2 };
  const sorted = [...items].sort((a, b) => rank[a.severity] - rank[b.severity]);
  return (
    <section aria-labelledby="alerts-title">
      <h2 id="alerts-title">{t('alertsTitle', { value: formatNumber(items.length, language) })}</h2>
      <CopyAge answer={alerts.data} timeZone={timeZone} />
      <ul className="cards">
        {sorted.map((alert) => {
          const productId = text(alert.productId);
          const product = productId ? productName(productId, text(alert.productCode) ?? '', catalogue, language) : undefined;
          return (
            <li key={alert.id} className={`card alert alert-${alert.severity}`}>
              <strong>{t(`alertTypes.${alert.type}`)}</strong>
              {(product || text(alert.lotNumber)) && (
                <span className="muted">
                  {' '}
                  {[product, text(alert.lotNumber) && t('lotNumber', { lot: text(alert.lotNumber) })].filter(Boolean).join(' · ')}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
