import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { api } from '../../api/client';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { useProducts } from '../points/queries';
import { productName } from '../stock/product-name';
import { useRead, type ShortageRow } from './api';
import { Downloads } from './Downloads';
import { explainShortage, formatFigure } from './figures';
import { HistoryChart, type ChartSeries } from './HistoryChart';
import { StockLevels } from './StockLevels';
import { Failure, Loading } from './parts';
import { PdfDownload } from '../../components/PdfDownload';

/** One point: status per product with its figures, stock by lot, charts of use and stock, stock-outs, alerts, requests. */
export function PointPage() {
  const { pointId } = useParams<{ pointId: string }>();
  const { t } = useTranslation('district');
  const language = useLanguage();
  const products = useProducts();
  const point = useRead(['point', pointId], () => api.GET('/api/v1/points/{id}', { params: { path: { id: pointId } } }));
  const status = useRead(['point-status', pointId], () => api.GET('/api/v1/points/{id}/stock-status', { params: { path: { id: pointId } } }));
  const stock = useRead(['point-stock', pointId], () => api.GET('/api/v1/points/{pointId}/stock', { params: { path: { pointId } } }));
  const alerts = useRead(['point-alerts', pointId], () => api.GET('/api/v1/alerts', { params: { query: { pointId, status: 'open', limit: 50 } } }));
  const requests = useRead(['point-requests', pointId], () => api.GET('/api/v1/resupply-requests', { params: { query: { pointId, limit: 20 } } }));
  const rows = status.data;
  const [chosen, setChosen] = useState<string>();
  // The chart opens on the most telling product: one short of stock that has been used, else any that has been used.
  const used = rows?.filter((row) => row.amc.consumed > 0);
  const productId = chosen ?? (used?.find((row) => row.status === 'stockout' || row.status === 'below_min') ?? used?.[0] ?? rows?.[0])?.productId;
  const name = (id: string, fallback: string) => productName(id, fallback, products.data?.data.items, language);
  const n = (value: number) => formatNumber(value, language);

  if (point.isError) return <Failure error={point.error} />;
  if (!point.data) return <Loading />;
  const selected = rows?.find((row) => row.productId === productId);

  return (
    <section>
      <h1>{point.data.name}</h1>
      <p className="muted">
        {point.data.code} · {t(`stock:pointTypes.${point.data.type}`)} · {point.data.regencyName}
      </p>

      <h2>{t('point.status')}</h2>
      {!rows && <Loading />}
      {rows && (
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
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
              {rows.map((row) => (
                <tr key={row.productId}>
                  <td>
                    <button type="button" className="link-button" aria-pressed={row.productId === productId} onClick={() => setChosen(row.productId)}>
                      {name(row.productId, row.productCode)}
                    </button>
                  </td>
                  <td>
                    <span className={`pill pill-${row.status}`}>{t(`statuses.${row.status}`)}</span>
                  </td>
                  <td className="number">{n(row.usable)}</td>
                  <td className="number">{formatFigure(row.amc.amc, language)}</td>
                  <td className="number">{row.monthsOfStock === null ? '–' : formatFigure(row.monthsOfStock, language)}</td>
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
      )}

      <StockLevels pointId={pointId} />

      {selected && <ProductHistory pointId={pointId} row={selected} label={name(selected.productId, selected.productCode)} />}

      <h2>{t('point.lots')}</h2>
      <Downloads path="/api/v1/points/{pointId}/stock" pathParams={{ pointId }} query={{}} name={`stok-${point.data.code}`} />
      {stock.data && (
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('columns.product')}</th>
                <th scope="col">{t('columns.lot')}</th>
                <th scope="col">{t('columns.expiry')}</th>
                <th scope="col">{t('columns.funding')}</th>
                <th scope="col" className="number">{t('columns.quantity')}</th>
              </tr>
            </thead>
            <tbody>
              {stock.data.flatMap((product) =>
                product.lots
                  .filter((lot) => lot.quantity > 0)
                  .map((lot) => (
                    <tr key={lot.lotId}>
                      <td>{name(product.productId, product.productCode)}</td>
                      <td>{lot.lotNumber}</td>
                      <td>
                        {formatDate(lot.expiryDate, language)}
                        {lot.daysToExpiry < 0 && <span className="pill pill-expired">{t('expiries.expired')}</span>}
                      </td>
                      <td>{t(`stock:fundingSources.${lot.fundingSource}`)}</td>
                      <td className="number">{n(lot.quantity)}</td>
                    </tr>
                  )),
              )}
            </tbody>
          </table>
        </div>
      )}

      <div className="two-columns">
        <div>
          <h2>{t('point.alerts')}</h2>
          {alerts.data?.items.length === 0 && <p className="muted">{t('point.noAlerts')}</p>}
          <ul className="cards">
            {alerts.data?.items.map((alert) => (
              <li key={alert.id} className="card">
                <span className={`pill pill-${alert.severity}`}>{t(`alertTypes.${alert.type}`)}</span> {alert.productCode ? String(alert.productCode) : ''}{' '}
                {alert.lotNumber ? String(alert.lotNumber) : ''}
                <div className="muted">{t('alerts.since', { when: formatDateTime(alert.firstSeenAt, language, point.data!.timeZone) })}</div>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h2>{t('point.requests')}</h2>
          {requests.data?.items.length === 0 && <p className="muted">{t('point.noRequests')}</p>}
          <ul className="cards">
            {requests.data?.items.map((request) => (
              <li key={request.id}>
                <Link href={`/requests/${request.id}`} className="card card-link">
                  <span>
                    <span className={`pill pill-${request.status}`}>{t(`requestStatuses.${request.status}`)}</span> {request.pointName} → {request.supplierPointName}
                  </span>
                  <span className="muted">{formatDateTime(request.requestedAt, language, point.data!.timeZone)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}

/** Monthly use against the AMC, and month-end stock against the min/max band, with the stock-out periods. */
function ProductHistory({ pointId, row, label }: { pointId: string; row: ShortageRow; label: string }) {
  const { t } = useTranslation('district');
  const language = useLanguage();
  const history = useRead(['point-history', pointId, row.productId], () =>
    api.GET('/api/v1/points/{id}/history', { params: { path: { id: pointId }, query: { productId: row.productId, months: 12 } } }),
  );
  const data = history.data;
  const months = useMemo(() => data?.months.map((month) => formatMonth(month.month, language)) ?? [], [data, language]);
  const use = useMemo<ChartSeries[]>(
    () =>
      data
        ? [
            { label: t('point.consumed'), values: data.months.map((month) => month.consumed), color: '#0b6e4f', style: 'bars' },
            { label: t('point.amcLine'), values: data.months.map(() => row.amc.amc), color: '#8a4b00', style: 'dashed' },
          ]
        : [],
    [data, row, t],
  );
  const onHand = useMemo<ChartSeries[]>(
    () =>
      data
        ? [
            { label: t('point.closingStock'), values: data.months.map((month) => month.closingStock), color: '#0b6e4f', style: 'line' },
            { label: t('point.minLine'), values: data.months.map(() => row.minMonths * row.amc.amc), color: '#a11b1b', style: 'dashed' },
            { label: t('point.maxLine'), values: data.months.map(() => row.maxMonths * row.amc.amc), color: '#4e5a55', style: 'dashed' },
          ]
        : [],
    [data, row, t],
  );
  if (!data) return history.isError ? <Failure error={history.error} /> : <Loading />;
  const n = (value: number) => formatNumber(value, language);
  return (
    <>
      <h2>{t('point.history', { product: label })}</h2>
      <PdfDownload path={`/api/v1/points/${pointId}/stock-card.pdf?productId=${row.productId}`} label={t('common:documents.stockCard')} />
      <div className="two-columns">
        <div>
          <h3>{t('point.useChart')}</h3>
          <HistoryChart label={t('point.useChartLabel', { product: label })} months={months} series={use} language={language} />
        </div>
        <div>
          <h3>{t('point.stockChart')}</h3>
          <HistoryChart label={t('point.stockChartLabel', { product: label })} months={months} series={onHand} language={language} />
        </div>
      </div>
      <h3>{t('point.stockouts')}</h3>
      {data.stockoutPeriods.length === 0 && <p className="muted">{t('point.noStockouts')}</p>}
      <ul>
        {data.stockoutPeriods.map((period) => (
          <li key={period.startedOn}>
            {period.endedOn
              ? t('point.stockoutPeriod', { from: formatDate(period.startedOn, language), to: formatDate(period.endedOn, language) })
              : t('point.stockoutOngoing', { from: formatDate(period.startedOn, language) })}
          </li>
        ))}
      </ul>
      <details>
        <summary>{t('point.numbers')}</summary>
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('point.month')}</th>
                <th scope="col" className="number">{t('point.consumed')}</th>
                <th scope="col" className="number">{t('point.closingStock')}</th>
              </tr>
            </thead>
            <tbody>
              {data.months.map((month, index) => (
                <tr key={month.month}>
                  <td>{months[index]}</td>
                  <td className="number">{n(month.consumed)}</td>
                  <td className="number">{n(month.closingStock)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}

function formatMonth(month: string, language: 'id' | 'en'): string {
  const [year, index] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(Date.UTC(year, index - 1, 1)));
}
