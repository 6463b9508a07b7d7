import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { useProducts } from '../points/queries';
import { daysToExpiry } from './fefo';
import { productName } from './product-name';
import type { ProductStock } from './projection';

/** Days before expiry from which a lot is shown as expiring soon (the shortest default warning window). */
export const EXPIRING_SOON_DAYS = 90;

/** Lots expired or expiring within the window, soonest first, from the stock as the phone knows it (works offline). */
export function expiringLots(stock: ProductStock[], today: string) {
  return stock
    .flatMap((product) => product.lots.filter((lot) => lot.quantity > 0).map((lot) => ({ product, lot, days: daysToExpiry(lot.expiryDate, today) })))
    .filter((entry) => entry.days <= EXPIRING_SOON_DAYS)
    .sort((a, b) => a.lot.expiryDate.localeCompare(b.lot.expiryDate));
}

export function ExpiringList({ stock, today }: { stock: ProductStock[]; today: string }) {
  const { t } = useTranslation('stock');
  const language = useLanguage();
  const catalogue = useProducts().data?.data.items;
  const lots = expiringLots(stock, today);
  if (lots.length === 0) return null;
  return (
    <section aria-labelledby="expiring-title">
      <h2 id="expiring-title">{t('expiringTitle')}</h2>
      <ul className="cards">
        {lots.map(({ product, lot, days }) => (
          <li key={lot.lotId} className={`card ${days < 0 ? 'card-expired' : 'card-expiring'}`}>
            <strong>{productName(product.productId, product.productName, catalogue, language)}</strong>{' '}
            <span className="muted">{t('lotNumber', { lot: lot.lotNumber })}</span>
            <br />
            {formatNumber(lot.quantity, language)} · {formatDate(lot.expiryDate, language)} · {days < 0 ? t('expired') : t('daysLeft', { count: days })}
          </li>
        ))}
      </ul>
    </section>
  );
}
