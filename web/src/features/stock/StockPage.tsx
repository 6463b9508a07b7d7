import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { AlertList } from '../alerts/AlertList';
import { isKitProduct } from '../movements/kits';
import { CopyAge } from '../../components/CopyAge';
import { LoadState } from '../../components/LoadState';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { usePoint, useProducts } from '../points/queries';
import { InboundList } from '../shipments/InboundList';
import { useDestinations, useReceivedOnPhone } from '../shipments/queries';
import { useOpenShiftOfKit, useSuppliedKits } from '../shifts/queries';
import { EXPIRING_SOON_DAYS, ExpiringList } from './ExpiringList';
import { daysToExpiry } from './fefo';
import { productName } from './product-name';
import { useProjectedStock } from './queries';

export function StockPage() {
  const { pointId } = useParams<{ pointId: string }>();
  const { t } = useTranslation('stock');
  const language = useLanguage();
  const { point } = usePoint(pointId);
  const products = useProducts();
  const stock = useProjectedStock(pointId, point?.timeZone);
  const timeZone = point?.timeZone ?? 'Asia/Jakarta';
  const held = stock.products?.filter((product) => product.onHand > 0 || product.inTransitInbound > 0);
  const received = useReceivedOnPhone(pointId);
  const suppliesOthers = (useDestinations(pointId).data?.data.length ?? 0) > 0;
  const isKit = point?.type === 'outreach';
  const suppliesKits = (useSuppliedKits(pointId, suppliesOthers).data?.data.length ?? 0) > 0;
  const openShift = useOpenShiftOfKit(pointId, isKit).data;
  const catalogueHasKits = products.data?.data.items.some(isKitProduct) ?? false;

  return (
    <section>
      <h1>{point?.name ?? t('stock')}</h1>
      <nav className="actions" aria-label={t('actions')}>
        <Link href={`/points/${pointId}/record/distribution`} className="button primary">
          {t('recordDistribution')}
        </Link>
        <Link href={`/points/${pointId}/record/receipt`} className="button">
          {t('recordReceipt')}
        </Link>
        <Link href={`/points/${pointId}/record/adjustment`} className="button">
          {t('recordAdjustment')}
        </Link>
        <Link href={`/points/${pointId}/record/stock_count`} className="button">
          {t('recordCount')}
        </Link>
        {catalogueHasKits && (
          <>
            <Link href={`/points/${pointId}/record/kit_assembly`} className="button">
              {t('recordKitAssembly')}
            </Link>
            <Link href={`/points/${pointId}/record/kit_disassembly`} className="button">
              {t('recordKitDisassembly')}
            </Link>
          </>
        )}
        {point?.supplierPointId && (
          <Link href={`/points/${pointId}/requests`} className="button">
            {t('recordRequest')}
          </Link>
        )}
        {suppliesOthers && (
          <Link href={`/points/${pointId}/dispatch`} className="button">
            {t('recordDispatch')}
          </Link>
        )}
        {openShift && (
          <Link href={`/points/${pointId}/shifts/${openShift.id}`} className="button">
            {t('myShift')}
          </Link>
        )}
        {suppliesKits && (
          <Link href={`/points/${pointId}/shifts`} className="button">
            {t('shiftsLink')}
          </Link>
        )}
        <Link href={`/points/${pointId}/sharps`} className="button">
          {t('recordSharps')}
        </Link>
        <Link href={`/points/${pointId}/reversal`} className="button">
          {t('recordReversal')}
        </Link>
      </nav>
      <AlertList pointId={pointId} timeZone={timeZone} />
      <InboundList pointId={pointId} timeZone={timeZone} received={received} />
      {stock.products && <ExpiringList stock={stock.products} today={stock.today} />}
      <h2>{t('stockOnHand')}</h2>
      <CopyAge answer={stock.savedAt ? { savedAt: stock.savedAt, fromCache: stock.fromCache } : undefined} timeZone={timeZone} />
      {!held && <LoadState query={stock.query} />}
      {held?.length === 0 && <p>{t('noStock')}</p>}
      <ul className="cards">
        {held?.map((product) => (
          <li key={product.productId} className="card">
            <h3>{productName(product.productId, product.productName, products.data?.data.items, language)}</h3>
            <p className="figures">
              <span>
                <span className="figure">{formatNumber(product.usable, language)}</span> {t('usable')}
              </span>
              {product.expired > 0 && <span className="warn">{t('expiredCount', { count: product.expired, value: formatNumber(product.expired, language) })}</span>}
              {product.inTransitInbound > 0 && <span>{t('inTransit', { value: formatNumber(product.inTransitInbound, language) })}</span>}
            </p>
            <table className="lots">
              <caption className="visually-hidden">{t('lotsOf', { product: product.productCode })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('lot')}</th>
                  <th scope="col">{t('expiry')}</th>
                  <th scope="col">{t('funding')}</th>
                  <th scope="col" className="number">
                    {t('quantity')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {product.lots
                  .filter((lot) => lot.quantity > 0)
                  .map((lot) => {
                    const days = daysToExpiry(lot.expiryDate, stock.today);
                    const state = days < 0 ? 'expired' : days <= EXPIRING_SOON_DAYS ? 'expiring' : '';
                    return (
                      <tr key={lot.lotId} className={state}>
                        <td>{lot.lotNumber}</td>
                        <td>
                          {formatDate(lot.expiryDate, language)}
                          {state && <span className="tag">{days < 0 ? t('expired') : t('daysLeft', { count: days })}</span>}
                        </td>
                        <td>{t(`fundingSources.${lot.fundingSource}`)}</td>
                        <td className="number">{formatNumber(lot.quantity, language)}</td>
                      </tr>
                    );
                  })}
              </tbody>
            </table>
          </li>
        ))}
      </ul>
    </section>
  );
}
