import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { api } from '../../api/client';
import type { paths } from '../../api/schema';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { jsonOnly, useRead } from './api';
import { Downloads } from './Downloads';
import { REQUEST_STATUSES } from './options';
import { Failure, Filter, Loading, Pager } from './parts';
import { useSearchParams } from './search';
import { AreaNote } from './ShortagesPage';

const PAGE = 25;
type Query = paths['/api/v1/resupply-requests']['get']['parameters']['query'];

/** Resupply requests of the points in scope (as requester), waiting ones first by default. */
export function RequestsPage() {
  const { t } = useTranslation('district');
  const language = useLanguage();
  const [params, update] = useSearchParams();
  const offset = Number(params.offset ?? 0);
  const query = { role: 'requester', status: params.status, regencyCode: params.regencyCode, provinceCode: params.provinceCode, limit: PAGE, offset } as Query;
  const list = useRead(['requests', query], () => jsonOnly(api.GET('/api/v1/resupply-requests', { params: { query } })));
  return (
    <section>
      <h1>{t('requests.title')}</h1>
      <AreaNote params={params} />
      <div className="filters">
        <Filter label={t('filters.status')} value={params.status} options={REQUEST_STATUSES.map((status) => [status, t(`requestStatuses.${status}`)])} onChange={(status) => update({ status })} />
      </div>
      <Downloads path="/api/v1/resupply-requests" query={{ ...query, limit: undefined, offset: undefined }} name="permintaan" />
      {list.isError && <Failure error={list.error} />}
      {!list.data && !list.isError && <Loading />}
      {list.data && (
        <>
          <p className="muted" role="status">
            {t('requests.count', { count: list.data.total, value: formatNumber(list.data.total, language) })}
          </p>
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t('columns.requester')}</th>
                  <th scope="col">{t('columns.supplier')}</th>
                  <th scope="col">{t('columns.status')}</th>
                  <th scope="col">{t('columns.requestedAt')}</th>
                  <th scope="col" className="number">{t('columns.lines')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((request) => (
                  <tr key={request.id}>
                    <td>
                      <Link href={`/requests/${request.id}`}>{request.pointName}</Link>
                    </td>
                    <td>{request.supplierPointName}</td>
                    <td>
                      <span className={`pill pill-${request.status}`}>{t(`requestStatuses.${request.status}`)}</span>
                    </td>
                    <td>{formatDateTime(request.requestedAt, language, 'Asia/Jakarta')}</td>
                    <td className="number">{formatNumber(request.lines.length, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager total={list.data.total} limit={PAGE} offset={offset} onOffset={(next) => update({ offset: String(next) })} />
        </>
      )}
    </section>
  );
}
