import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { paths } from '../../api/schema';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { useSession } from '../auth/session';
import { jsonOnly, useRead, type Schemas } from './api';
import { Downloads } from './Downloads';
import { Failure, Filter, Loading, Pager } from './parts';
import { useSearchParams } from './search';
import { elapsedSince, explanationsOf, monthOf, monthRange, productsWithDifference } from './shifts';

const OPEN_PAGE = 50;
const CLOSED_PAGE = 20;
type ListQuery = paths['/api/v1/outreach-shifts']['get']['parameters']['query'];
type TotalsQuery = paths['/api/v1/outreach-shifts/totals']['get']['parameters']['query'];
type Shift = Schemas['ShiftResponse'];

/**
 * Outreach shifts (docs/outreach-shifts.md) in the officer's regencies: the bags out now, the closed shifts whose count
 * differed from the ledger with what explained it, and per-officer totals over months. Counts only: this API knows
 * nothing about clients.
 */
export function OutreachShiftsPage() {
  const { t } = useTranslation('district');
  const session = useSession()!;
  const [params, update] = useSearchParams();
  const regencies = session.user.regencyCodes;
  const regencyCode = params.regencyCode;

  return (
    <section>
      <h1>{t('outreachShifts.title')}</h1>
      <p className="muted">{t('outreachShifts.lead')}</p>
      <div className="filters">
        {regencies.length > 0 ? (
          <Filter label={t('reports.regency')} value={regencyCode} options={regencies.map((code) => [code, code])} onChange={(code) => update({ regencyCode: code })} />
        ) : (
          <label>
            {t('reports.regency')}
            <input value={regencyCode ?? ''} placeholder="32.73" size={6} onChange={(event) => update({ regencyCode: event.target.value || undefined })} />
          </label>
        )}
      </div>
      <OpenShifts regencyCode={regencyCode} offset={Number(params.openOffset ?? 0)} onOffset={(next) => update({ openOffset: String(next), offset: params.offset })} />
      <ClosedShifts regencyCode={regencyCode} offset={Number(params.offset ?? 0)} onOffset={(next) => update({ offset: String(next) })} />
      <Totals regencyCode={regencyCode} params={params} update={update} />
    </section>
  );
}

/** The shift's kit, spanning the rows of its products. */
function KitCell({ shift, rows }: { shift: Shift; rows: number }) {
  return (
    <td rowSpan={rows}>
      <span className="nowrap">{shift.kitPointCode}</span>
      <div className="muted">{shift.kitPointName}</div>
    </td>
  );
}

function Officers({ shift }: { shift: Shift }) {
  return <>{shift.officers.length > 0 ? shift.officers.join(', ') : '–'}</>;
}

function OpenShifts({ regencyCode, offset, onOffset }: { regencyCode?: string; offset: number; onOffset: (offset: number) => void }) {
  const { t } = useTranslation('district');
  const language = useLanguage();
  const query = { status: 'open', regencyCode, limit: OPEN_PAGE, offset } as ListQuery;
  const list = useRead(['outreach-shifts', query], () => api.GET('/api/v1/outreach-shifts', { params: { query } }));
  const n = (value: number) => formatNumber(value, language);
  const now = new Date();
  const elapsed = (shift: Shift) => {
    const since = elapsedSince(shift.startedAt, now);
    return since.unit === 'lessThanMinute' ? t('outreachShifts.elapsed.lessThanMinute') : t(`outreachShifts.elapsed.${since.unit}`, { count: since.count, value: n(since.count) });
  };
  return (
    <>
      <h2 id="open-shifts">{t('outreachShifts.open.title')}</h2>
      {list.isError && <Failure error={list.error} />}
      {!list.data && !list.isError && <Loading />}
      {list.data && (
        <>
          <p className="muted" role="status">
            {list.data.total === 0 ? t('outreachShifts.open.none') : t('outreachShifts.open.count', { count: list.data.total, value: n(list.data.total) })}
          </p>
          {list.data.items.length > 0 && (
            // Eight columns scroll inside their box on a phone; the box takes focus so a keyboard can scroll it.
            <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="open-shifts">
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">{t('outreachShifts.columns.kit')}</th>
                    <th scope="col">{t('outreachShifts.columns.officers')}</th>
                    <th scope="col">{t('outreachShifts.columns.issuingPoint')}</th>
                    <th scope="col">{t('outreachShifts.columns.running')}</th>
                    <th scope="col">{t('columns.product')}</th>
                    <th scope="col" className="number">{t('outreachShifts.columns.issued')}</th>
                    <th scope="col" className="number">{t('outreachShifts.columns.distributedSoFar')}</th>
                    <th scope="col" className="number">{t('outreachShifts.columns.expected')}</th>
                  </tr>
                </thead>
                {list.data.items.map((shift) => (
                  <tbody key={shift.id}>
                    {shift.products.map((product, index) => (
                      <tr key={product.productId}>
                        {index === 0 && (
                          <>
                            <KitCell shift={shift} rows={shift.products.length} />
                            <td rowSpan={shift.products.length}>
                              <Officers shift={shift} />
                            </td>
                            <td rowSpan={shift.products.length}>{shift.issuingPointName}</td>
                            <td rowSpan={shift.products.length}>
                              <span className="nowrap">{elapsed(shift)}</span>
                              <div className="muted">{t('outreachShifts.startedBy', { when: formatDateTime(shift.startedAt, language, 'Asia/Jakarta'), user: shift.startedBy })}</div>
                            </td>
                          </>
                        )}
                        <td className="nowrap" title={product.productNameId ?? product.productName}>{product.productCode}</td>
                        <td className="number">{n(product.issued)}</td>
                        <td className="number">{n(product.distributed)}</td>
                        <td className="number">{n(product.expected)}</td>
                      </tr>
                    ))}
                  </tbody>
                ))}
              </table>
            </div>
          )}
          <Pager total={list.data.total} limit={OPEN_PAGE} offset={offset} onOffset={onOffset} />
        </>
      )}
    </>
  );
}

function ClosedShifts({ regencyCode, offset, onOffset }: { regencyCode?: string; offset: number; onOffset: (offset: number) => void }) {
  const { t } = useTranslation('district');
  const language = useLanguage();
  const query = { status: 'closed', withDifferences: 'true', regencyCode, limit: CLOSED_PAGE, offset } as ListQuery;
  const list = useRead(['outreach-shifts', query], () => api.GET('/api/v1/outreach-shifts', { params: { query } }));
  const n = (value: number) => formatNumber(value, language);
  const signed = (value: number) => (value > 0 ? `+${n(value)}` : n(value));
  return (
    <>
      <h2 id="closed-shifts">{t('outreachShifts.closed.title')}</h2>
      <p className="muted">{t('outreachShifts.closed.lead')}</p>
      {list.isError && <Failure error={list.error} />}
      {!list.data && !list.isError && <Loading />}
      {list.data && (
        <>
          <p className="muted" role="status">
            {list.data.total === 0 ? t('outreachShifts.closed.none') : t('outreachShifts.closed.count', { count: list.data.total, value: n(list.data.total) })}
          </p>
          {list.data.items.length > 0 && (
            <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="closed-shifts">
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">{t('outreachShifts.columns.kit')}</th>
                    <th scope="col">{t('outreachShifts.columns.officers')}</th>
                    <th scope="col">{t('outreachShifts.columns.closed')}</th>
                    <th scope="col">{t('columns.product')}</th>
                    <th scope="col" className="number">{t('outreachShifts.columns.expected')}</th>
                    <th scope="col" className="number">{t('outreachShifts.columns.counted')}</th>
                    <th scope="col" className="number">{t('outreachShifts.columns.difference')}</th>
                    <th scope="col">{t('outreachShifts.columns.explanation')}</th>
                  </tr>
                </thead>
                {list.data.items.map((shift) => {
                  const products = productsWithDifference(shift.products);
                  return (
                    <tbody key={shift.id}>
                      {products.map((product, index) => (
                        <tr key={product.productId}>
                          {index === 0 && (
                            <>
                              <KitCell shift={shift} rows={products.length} />
                              <td rowSpan={products.length}>
                                <Officers shift={shift} />
                              </td>
                              <td rowSpan={products.length}>
                                <span className="nowrap">{shift.closedAt ? formatDateTime(shift.closedAt, language, 'Asia/Jakarta') : '–'}</span>
                                {shift.closedBy && <div className="muted">{t('outreachShifts.closedBy', { user: shift.closedBy })}</div>}
                              </td>
                            </>
                          )}
                          <td className="nowrap" title={product.productNameId ?? product.productName}>{product.productCode}</td>
                          <td className="number">{n(product.expected)}</td>
                          <td className="number">{product.counted === null ? '–' : n(product.counted)}</td>
                          <td className="number">{product.difference === null ? '–' : signed(product.difference)}</td>
                          <td>{explanationsOf(product).map(({ kind, quantity }) => t(`outreachShifts.explain.${kind}`, { value: n(quantity) })).join(', ')}</td>
                        </tr>
                      ))}
                    </tbody>
                  );
                })}
              </table>
            </div>
          )}
          <Pager total={list.data.total} limit={CLOSED_PAGE} offset={offset} onOffset={onOffset} />
        </>
      )}
    </>
  );
}

function Totals({ regencyCode, params, update }: { regencyCode?: string; params: Record<string, string>; update: (changes: Record<string, string | undefined>) => void }) {
  const { t } = useTranslation('district');
  const language = useLanguage();
  const thisMonth = monthOf(new Date());
  const from = params.from ?? thisMonth;
  const to = params.to ?? thisMonth;
  const query = { from, to, regencyCode } as TotalsQuery;
  const totals = useRead(['outreach-shifts', 'totals', query], () => jsonOnly(api.GET('/api/v1/outreach-shifts/totals', { params: { query } })));
  const n = (value: number) => formatNumber(value, language);
  const setMonth = (end: 'from' | 'to', value: string) => {
    if (!value) return;
    const range = monthRange(end === 'from' ? value : from, end === 'to' ? value : to, end);
    update({ ...range, offset: params.offset, openOffset: params.openOffset });
  };
  const figures = ['shifts', 'issued', 'distributed', 'unrecorded', 'lost', 'damaged', 'found', 'returned'] as const;
  return (
    <>
      <h2 id="shift-totals">{t('outreachShifts.totals.title')}</h2>
      <p className="muted">{t('outreachShifts.totals.lead')}</p>
      <div className="filters">
        <label>
          {t('outreachShifts.totals.from')}
          <input type="month" value={from} onChange={(event) => setMonth('from', event.target.value)} />
        </label>
        <label>
          {t('outreachShifts.totals.to')}
          <input type="month" value={to} onChange={(event) => setMonth('to', event.target.value)} />
        </label>
      </div>
      <Downloads path="/api/v1/outreach-shifts/totals" query={query} name={`shift-penjangkauan-${from}-${to}`} label={t('outreachShifts.totals.title')} />
      {totals.isError && <Failure error={totals.error} />}
      {!totals.data && !totals.isError && <Loading />}
      {totals.data && (
        <>
          <p className="muted" role="status">
            {totals.data.items.length === 0 ? t('outreachShifts.totals.none') : t('outreachShifts.totals.rows', { count: totals.data.items.length, value: n(totals.data.items.length) })}{' '}
            {t('outreachShifts.totals.openNow', { count: totals.data.openShifts, value: n(totals.data.openShifts) })}
          </p>
          {totals.data.items.length > 0 && (
            <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="shift-totals">
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">{t('outreachShifts.columns.kit')}</th>
                    <th scope="col">{t('outreachShifts.columns.officers')}</th>
                    <th scope="col">{t('columns.product')}</th>
                    {figures.map((figure) => (
                      <th key={figure} scope="col" className="number">
                        {t(`outreachShifts.totals.${figure}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {totals.data.items.map((row) => (
                    <tr key={`${row.kitPointId}/${row.productId}`}>
                      <td className="nowrap" title={row.kitPointName}>{row.kitPointCode}</td>
                      <td>{row.officers.length > 0 ? row.officers.join(', ') : '–'}</td>
                      <td className="nowrap" title={row.productName}>{row.productCode}</td>
                      {figures.map((figure) => (
                        <td key={figure} className="number">
                          {n(row[figure])}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}
