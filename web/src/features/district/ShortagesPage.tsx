import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { api } from '../../api/client';
import type { paths } from '../../api/schema';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { useProducts } from '../points/queries';
import { productName } from '../stock/product-name';
import { Downloads } from './Downloads';
import { jsonOnly, useRead, type Schemas, type ShortageRow } from './api';
import { explainShortage, formatFigure } from './figures';
import { CATEGORIES, POINT_TYPES, STOCK_STATUSES } from './options';
import { Failure, Filter, Loading, Pager } from './parts';
import { useSearchParams } from './search';

const PAGE = 25;
type Query = paths['/api/v1/shortages']['get']['parameters']['query'];

/** A kit's row (docs/kits.md): the need met with components assembled at the point. */
type KitSuggestion = Schemas['KitSuggestion'];

/** Every point and product in scope with its status and the figures behind it, filtered and paged on the server. */
export function ShortagesPage() {
  const { t } = useTranslation('district');
  const language = useLanguage();
  const [params, update] = useSearchParams();
  const products = useProducts();
  const offset = Number(params.offset ?? 0);
  const query = {
    regencyCode: params.regencyCode,
    provinceCode: params.provinceCode,
    status: params.status,
    category: params.category,
    pointType: params.pointType,
    productId: params.productId,
    sort: params.sort ?? 'point',
    limit: PAGE,
    offset,
  } as Query;
  const report = useRead(['shortages', query], () => jsonOnly(api.GET('/api/v1/shortages', { params: { query } })));
  const name = (row: ShortageRow) => productName(row.productId, row.productCode, products.data?.data.items, language);
  const n = (value: number) => formatNumber(value, language);

  return (
    <section>
      <h1>{t('shortages.title')}</h1>
      <AreaNote params={params} />
      <div className="filters">
        <Filter label={t('filters.status')} value={params.status} options={STOCK_STATUSES.map((status) => [status, t(`statuses.${status}`)])} onChange={(status) => update({ status })} />
        <Filter label={t('filters.product')} value={params.productId} options={(products.data?.data.items ?? []).map((product) => [product.id, language === 'id' && product.nameId ? product.nameId : product.name])} onChange={(productId) => update({ productId })} />
        <Filter label={t('filters.category')} value={params.category} options={CATEGORIES.map((category) => [category, t(`categories.${category}`)])} onChange={(category) => update({ category })} />
        <Filter label={t('filters.pointType')} value={params.pointType} options={POINT_TYPES.map((type) => [type, t(`stock:pointTypes.${type}`)])} onChange={(pointType) => update({ pointType })} />
        <label>
          {t('filters.sort')}
          <select value={params.sort ?? 'point'} onChange={(event) => update({ sort: event.target.value })}>
            <option value="point">{t('shortages.sortPoint')}</option>
            <option value="monthsOfStock">{t('shortages.sortMonths')}</option>
            <option value="suggestedQuantity">{t('shortages.sortSuggested')}</option>
          </select>
        </label>
      </div>
      <Downloads path="/api/v1/shortages" query={{ ...query, limit: undefined, offset: undefined, sort: undefined }} name="kekurangan-stok" />
      {report.isError && <Failure error={report.error} />}
      {!report.data && !report.isError && <Loading />}
      {report.data && (
        <>
          <p className="muted" role="status">
            {t('shortages.count', { count: report.data.total, value: n(report.data.total) })}
          </p>
          {report.data.pendingPoints > 0 && (
            <p className="muted" role="note">
              {t('shortages.pending', { count: report.data.pendingPoints, value: n(report.data.pendingPoints) })}
            </p>
          )}
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t('columns.point')}</th>
                  <th scope="col">{t('columns.product')}</th>
                  <th scope="col">{t('columns.status')}</th>
                  <th scope="col" className="number">{t('columns.usable')}</th>
                  <th scope="col" className="number">{t('columns.amc')}</th>
                  <th scope="col" className="number">{t('columns.monthsOfStock')}</th>
                  <th scope="col" className="number">{t('columns.suggested')}</th>
                  <th scope="col">{t('columns.how')}</th>
                </tr>
              </thead>
              <tbody>
                {report.data.items.map((row) => (
                  <tr key={`${row.pointId}/${row.productId}`}>
                    <td>
                      <Link href={`/points/${row.pointId}`}>{row.pointName}</Link>
                      <div className="muted">{t(`stock:pointTypes.${row.pointType}`)}</div>
                    </td>
                    <td>
                      {name(row)}
                      <KitLine kit={row.kit} />
                    </td>
                    <td>
                      <span className={`pill pill-${row.status}`}>{t(`statuses.${row.status}`)}</span>
                    </td>
                    <td className="number">
                      {n(row.usable)}
                      {row.inTransitInbound > 0 && <div className="muted">{t('shortages.inTransit', { value: n(row.inTransitInbound) })}</div>}
                    </td>
                    <td className="number">
                      {formatFigure(row.amc.amc, language)}
                      <div className="muted">{t(`confidence.${row.amc.confidence}`)}</div>
                    </td>
                    <td className="number">
                      {row.monthsOfStock === null ? '–' : formatFigure(row.monthsOfStock, language)}
                      <div className="muted">{t('shortages.levels', { min: formatFigure(row.minMonths, language), max: formatFigure(row.maxMonths, language) })}</div>
                    </td>
                    <td className="number">{n(row.suggestedQuantity)}</td>
                    <td>
                      <details>
                        <summary>{t('shortages.explain')}</summary>
                        {explainShortage(row, t, language).map((line) => (
                          <p key={line}>{line}</p>
                        ))}
                      </details>
                    </td>
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

/** For a kit: how many the point could assemble now, and the components that would meet the suggestion instead. */
function KitLine({ kit }: { kit?: KitSuggestion }) {
  const { t } = useTranslation('district');
  const language = useLanguage();
  if (!kit) return null;
  const n = (value: number) => formatNumber(value, language);
  return (
    <div className="muted">
      {t('shortages.kit', {
        count: kit.assemblable,
        value: n(kit.assemblable),
        components: kit.components.map((component) => `${n(component.forSuggested)} ${component.productCode}`).join(', '),
      })}
    </div>
  );
}

/** Which area a list is for, when it came from a dashboard of a province or regency. */
export function AreaNote({ params }: { params: Record<string, string> }) {
  const { t } = useTranslation('district');
  if (params.regencyCode) return <p className="muted">{t('area.regency', { code: params.regencyCode })}</p>;
  if (params.provinceCode) return <p className="muted">{t('area.province', { code: params.provinceCode })}</p>;
  return null;
}
