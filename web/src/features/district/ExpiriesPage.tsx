import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { api } from '../../api/client';
import type { paths } from '../../api/schema';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { useProducts } from '../points/queries';
import { productName } from '../stock/product-name';
import { Downloads } from './Downloads';
import { jsonOnly, useRead } from './api';
import { explainExpiry } from './figures';
import { CATEGORIES, FUNDING_SOURCES, POINT_TYPES } from './options';
import { Failure, Filter, Loading, Pager } from './parts';
import { useSearchParams } from './search';
import { AreaNote } from './ShortagesPage';

const PAGE = 25;
type Query = paths['/api/v1/expiries']['get']['parameters']['query'];

/** Lots expiring or expired at the points in scope, with how much is expected to expire before it is used. */
export function ExpiriesPage() {
  const { t } = useTranslation('district');
  const language = useLanguage();
  const [params, update] = useSearchParams();
  const products = useProducts();
  const offset = Number(params.offset ?? 0);
  const query = {
    regencyCode: params.regencyCode,
    provinceCode: params.provinceCode,
    status: params.status,
    withinDays: params.withinDays ? Number(params.withinDays) : 90,
    productId: params.productId,
    category: params.category,
    pointType: params.pointType,
    fundingSource: params.fundingSource,
    sort: params.sort ?? 'expiry',
    limit: PAGE,
    offset,
  } as Query;
  const report = useRead(['expiries', query], () => jsonOnly(api.GET('/api/v1/expiries', { params: { query } })));
  const n = (value: number) => formatNumber(value, language);

  return (
    <section>
      <h1>{t('expiries.title')}</h1>
      <AreaNote params={params} />
      <div className="filters">
        <Filter label={t('filters.expiryStatus')} value={params.status} options={[['expiring', t('expiries.expiring')], ['expired', t('expiries.expired')]]} onChange={(status) => update({ status })} />
        <label>
          {t('filters.window')}
          <select value={String(query!.withinDays)} onChange={(event) => update({ withinDays: event.target.value })}>
            {[30, 60, 90, 180, 365].map((days) => (
              <option key={days} value={days}>
                {t('expiries.within', { days })}
              </option>
            ))}
          </select>
        </label>
        <Filter label={t('filters.product')} value={params.productId} options={(products.data?.data.items ?? []).map((product) => [product.id, language === 'id' && product.nameId ? product.nameId : product.name])} onChange={(productId) => update({ productId })} />
        <Filter label={t('filters.category')} value={params.category} options={CATEGORIES.map((category) => [category, t(`categories.${category}`)])} onChange={(category) => update({ category })} />
        <Filter label={t('filters.pointType')} value={params.pointType} options={POINT_TYPES.map((type) => [type, t(`stock:pointTypes.${type}`)])} onChange={(pointType) => update({ pointType })} />
        <Filter label={t('filters.funding')} value={params.fundingSource} options={FUNDING_SOURCES.map((source) => [source, t(`stock:fundingSources.${source}`)])} onChange={(fundingSource) => update({ fundingSource })} />
        <label>
          {t('filters.sort')}
          <select value={params.sort ?? 'expiry'} onChange={(event) => update({ sort: event.target.value })}>
            <option value="expiry">{t('expiries.sortExpiry')}</option>
            <option value="atRisk">{t('expiries.sortAtRisk')}</option>
          </select>
        </label>
      </div>
      <Downloads path="/api/v1/expiries" query={{ ...query, limit: undefined, offset: undefined, sort: undefined }} name="kedaluwarsa" />
      {report.isError && <Failure error={report.error} />}
      {!report.data && !report.isError && <Loading />}
      {report.data && (
        <>
          <p className="muted" role="status">
            {t('expiries.count', { count: report.data.total, value: n(report.data.total) })}
          </p>
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t('columns.point')}</th>
                  <th scope="col">{t('columns.product')}</th>
                  <th scope="col">{t('columns.lot')}</th>
                  <th scope="col">{t('columns.expiry')}</th>
                  <th scope="col" className="number">{t('columns.quantity')}</th>
                  <th scope="col" className="number">{t('columns.atRisk')}</th>
                  <th scope="col">{t('columns.funding')}</th>
                  <th scope="col">{t('columns.how')}</th>
                </tr>
              </thead>
              <tbody>
                {report.data.items.map((row) => (
                  <tr key={`${row.pointId}/${row.lotId}`}>
                    <td>
                      <Link href={`/points/${row.pointId}`}>{row.pointName}</Link>
                    </td>
                    <td>{productName(row.productId, row.productCode, products.data?.data.items, language)}</td>
                    <td>{row.lotNumber}</td>
                    <td>
                      {formatDate(row.expiryDate, language)}
                      <div>
                        <span className={`pill pill-${row.status}`}>{row.status === 'expired' ? t('expiries.expired') : t('expiries.daysLeft', { count: row.daysToExpiry })}</span>
                      </div>
                    </td>
                    <td className="number">{n(row.quantity)}</td>
                    <td className="number">{n(row.quantityAtRisk)}</td>
                    <td>{t(`stock:fundingSources.${row.fundingSource}`)}</td>
                    <td>{explainExpiry(row, t, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager total={report.data.total} limit={PAGE} offset={offset} onOffset={(next) => update({ offset: String(next) })} />
        </>
      )}
    </section>
  );
}
