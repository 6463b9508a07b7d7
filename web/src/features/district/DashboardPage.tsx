import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { api } from '../../api/client';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { useSession } from '../auth/session';
import { jsonOnly, useRead, type Dashboard } from './api';
import { Failure, Loading } from './parts';
import { useSearchParams, withQuery } from './search';

/**
 * The officer's regency at a glance (an administrator: the country, a province, a regency). Every figure is a link to
 * the list behind it, with the same filters.
 */
export function DashboardPage() {
  const { t } = useTranslation('district');
  const language = useLanguage();
  const user = useSession()!.user;
  const [params] = useSearchParams();
  const ownRegency = user.role === 'district_officer' && user.regencyCodes.length === 1 ? user.regencyCodes[0] : undefined;
  const regencyCode = params.regencyCode ?? (params.provinceCode ? undefined : ownRegency);
  const provinceCode = regencyCode ? undefined : params.provinceCode;
  const dashboard = useRead(['dashboard', provinceCode, regencyCode], () => api.GET('/api/v1/dashboard', { params: { query: { provinceCode, regencyCode } } }));
  const data = dashboard.data;
  if (!data) return dashboard.isError ? <Failure error={dashboard.error} /> : <Loading />;

  const area = { regencyCode: data.regencyCode, provinceCode: data.regencyCode ? undefined : data.provinceCode };
  const n = (value: number) => formatNumber(value, language);
  const title = data.name ?? (user.role === 'admin' ? t('dashboard.country') : t('dashboard.yourRegencies'));

  return (
    <section>
      {user.role === 'admin' && <Crumbs data={data} />}
      <h1>{t('dashboard.title', { area: title })}</h1>
      <p className="muted">{t('dashboard.asOf', { when: formatDateTime(data.asOf, language, 'Asia/Jakarta'), points: n(data.points) })}</p>

      <h2>{t('dashboard.stock')}</h2>
      <ul className="tiles">
        <Tile tone="bad" href={withQuery('/shortages', { ...area, status: 'stockout' })} figure={n(data.stockout.points)} label={t('dashboard.stockout')} note={t('dashboard.rows', { count: data.stockout.rows, value: n(data.stockout.rows) })} />
        <Tile tone="warn" href={withQuery('/shortages', { ...area, status: 'below_min' })} figure={n(data.belowMin.points)} label={t('dashboard.belowMin')} note={t('dashboard.rows', { count: data.belowMin.rows, value: n(data.belowMin.rows) })} />
        <Tile tone="info" href={withQuery('/shortages', { ...area, status: 'above_max' })} figure={n(data.aboveMax.points)} label={t('dashboard.aboveMax')} note={t('dashboard.rows', { count: data.aboveMax.rows, value: n(data.aboveMax.rows) })} />
      </ul>

      <h2>{t('dashboard.expiry')}</h2>
      <ul className="tiles">
        {([30, 60, 90] as const).map((days) => (
          <Tile
            key={days}
            tone={days === 30 ? 'bad' : 'warn'}
            href={withQuery('/expiries', { ...area, status: 'expiring', withinDays: days })}
            figure={n(data[`lotsExpiring${days}`])}
            label={t('dashboard.expiringWithin', { days })}
          />
        ))}
        <Tile tone="bad" href={withQuery('/expiries', { ...area, status: 'expired' })} figure={n(data.lotsExpired)} label={t('dashboard.expired')} />
      </ul>

      <h2>{t('dashboard.work')}</h2>
      <ul className="tiles">
        <Tile tone="warn" href={withQuery('/requests', { ...area, status: 'submitted' })} figure={n(data.requestsWaiting)} label={t('dashboard.requestsWaiting')} note={t('dashboard.decisionDays', { count: data.thresholds.requestDecisionDays })} />
        <Tile tone="warn" href={withQuery('/alerts', { ...area, status: 'open', type: 'shipment_overdue' })} figure={n(data.shipmentsOverdue)} label={t('dashboard.shipmentsOverdue')} note={t('dashboard.transitDays', { count: data.thresholds.shipmentTransitDays })} />
        <Tile tone="info" href={withQuery('/alerts', { ...area, status: 'open' })} figure={n(data.openAlerts)} label={t('dashboard.openAlerts')} />
        <Tile tone="warn" href={withQuery('/data-quality', { ...area, status: 'open' })} figure={n(data.openFlags)} label={t('dashboard.openFlags')} />
      </ul>

      {data.areaLevel && <Areas data={data} />}
      {data.level === 'regency' && <StockedOut regencyCode={data.regencyCode!} />}
    </section>
  );
}

function Tile({ href, figure, label, note, tone }: { href: string; figure: string; label: string; note?: string; tone: 'bad' | 'warn' | 'info' }) {
  return (
    <li>
      <Link href={href} className={`tile tile-${tone}`}>
        <span className="figure">{figure}</span>
        <span>{label}</span>
        {note && <span className="tile-note">{note}</span>}
      </Link>
    </li>
  );
}

function Crumbs({ data }: { data: Dashboard }) {
  const { t } = useTranslation('district');
  return (
    <nav aria-label={t('dashboard.levels')}>
      <ol className="crumbs">
        <li>{data.level === 'all' ? <span aria-current="page">{t('dashboard.country')}</span> : <Link href="/">{t('dashboard.country')}</Link>}</li>
        {data.provinceCode && (
          <li>
            {data.level === 'province' ? <span aria-current="page">{data.name}</span> : <Link href={withQuery('/', { provinceCode: data.provinceCode })}>{t('dashboard.province', { code: data.provinceCode })}</Link>}
          </li>
        )}
        {data.level === 'regency' && <li aria-current="page">{data.name}</li>}
      </ol>
    </nav>
  );
}

/** One row per province or regency, each opening its own dashboard. */
function Areas({ data }: { data: Dashboard }) {
  const { t } = useTranslation('district');
  const language = useLanguage();
  const n = (value: number) => formatNumber(value, language);
  const href = (code: string) => withQuery('/', data.areaLevel === 'province' ? { provinceCode: code } : { regencyCode: code });
  return (
    <>
      <h2>{data.areaLevel === 'province' ? t('dashboard.byProvince') : t('dashboard.byRegency')}</h2>
      <div className="table-wrap">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{data.areaLevel === 'province' ? t('dashboard.provinceColumn') : t('dashboard.regencyColumn')}</th>
              <th scope="col" className="number">{t('dashboard.pointsColumn')}</th>
              <th scope="col" className="number">{t('dashboard.stockout')}</th>
              <th scope="col" className="number">{t('dashboard.belowMin')}</th>
              <th scope="col" className="number">{t('dashboard.expiringWithin', { days: 90 })}</th>
              <th scope="col" className="number">{t('dashboard.requestsWaiting')}</th>
              <th scope="col" className="number">{t('dashboard.openAlerts')}</th>
            </tr>
          </thead>
          <tbody>
            {data.areas.map((area) => (
              <tr key={area.code}>
                <th scope="row">
                  <Link href={href(area.code)}>{area.name}</Link>
                </th>
                <td className="number">{n(area.points)}</td>
                <td className="number">{n(area.stockout.points)}</td>
                <td className="number">{n(area.belowMin.points)}</td>
                <td className="number">{n(area.lotsExpiring90)}</td>
                <td className="number">{n(area.requestsWaiting)}</td>
                <td className="number">{n(area.openAlerts)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The first stocked-out points of the regency, each opening its page. */
function StockedOut({ regencyCode }: { regencyCode: string }) {
  const { t } = useTranslation('district');
  const rows = useRead(['stocked-out', regencyCode], () => jsonOnly(api.GET('/api/v1/shortages', { params: { query: { regencyCode, status: 'stockout', limit: 200 } } })));
  const byPoint = new Map<string, { name: string; products: string[] }>();
  for (const row of rows.data?.items ?? []) {
    const entry = byPoint.get(row.pointId) ?? { name: row.pointName, products: [] };
    entry.products.push(row.productCode);
    byPoint.set(row.pointId, entry);
  }
  if (byPoint.size === 0) return null;
  return (
    <>
      <h2>{t('dashboard.stockedOutPoints')}</h2>
      <ul className="cards">
        {[...byPoint.entries()].slice(0, 10).map(([pointId, entry]) => (
          <li key={pointId}>
            <Link href={`/points/${pointId}`} className="card card-link">
              <strong>{entry.name}</strong>
              <span className="muted">{t('dashboard.outOf', { products: entry.products.join(', ') })}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
