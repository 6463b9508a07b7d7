import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { api } from '../../api/client';
import type { paths } from '../../api/schema';
import { problemMessage } from '../../components/problem-message';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { answer, jsonOnly, ProblemError, useRead, type Alert } from './api';
import { Downloads } from './Downloads';
import { ALERT_TYPES } from './options';
import { Failure, Filter, Loading, Pager } from './parts';
import { useSearchParams } from './search';
import { AreaNote } from './ShortagesPage';

const PAGE = 25;
type Query = paths['/api/v1/alerts']['get']['parameters']['query'];

/** Alerts at the points in scope, most severe first; acknowledging says "seen", the alert stays until it clears. */
export function AlertsPage() {
  const { t } = useTranslation('district');
  const language = useLanguage();
  const [params, update] = useSearchParams();
  const offset = Number(params.offset ?? 0);
  const query = {
    status: params.status ?? 'open',
    type: params.type,
    severity: params.severity,
    regencyCode: params.regencyCode,
    provinceCode: params.provinceCode,
    limit: PAGE,
    offset,
  } as Query;
  const list = useRead(['alerts', query], () => jsonOnly(api.GET('/api/v1/alerts', { params: { query } })));
  return (
    <section>
      <h1>{t('alerts.title')}</h1>
      <AreaNote params={params} />
      <div className="filters">
        <label>
          {t('filters.status')}
          <select value={params.status ?? 'open'} onChange={(event) => update({ status: event.target.value })}>
            {(['open', 'acknowledged', 'resolved'] as const).map((status) => (
              <option key={status} value={status}>
                {t(`alertStatuses.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <Filter label={t('filters.alertType')} value={params.type} options={ALERT_TYPES.map((type) => [type, t(`alertTypes.${type}`)])} onChange={(type) => update({ type })} />
        <Filter label={t('filters.severity')} value={params.severity} options={(['critical', 'warning', 'info'] as const).map((severity) => [severity, t(`severities.${severity}`)])} onChange={(severity) => update({ severity })} />
      </div>
      <Downloads path="/api/v1/alerts" query={{ ...query, limit: undefined, offset: undefined }} name="peringatan" />
      {list.isError && <Failure error={list.error} />}
      {!list.data && !list.isError && <Loading />}
      {list.data && (
        <>
          <p className="muted" role="status">
            {t('alerts.count', { count: list.data.total, value: formatNumber(list.data.total, language) })}
          </p>
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t('columns.alert')}</th>
                  <th scope="col">{t('columns.point')}</th>
                  <th scope="col">{t('columns.what')}</th>
                  <th scope="col">{t('columns.since')}</th>
                  <th scope="col">{t('columns.action')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((alert) => (
                  <AlertRow key={alert.id} alert={alert} />
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

function AlertRow({ alert }: { alert: Alert }) {
  const { t } = useTranslation('district');
  const language = useLanguage();
  const client = useQueryClient();
  const [error, setError] = useState<string>();
  const acknowledge = async () => {
    try {
      await answer(api.POST('/api/v1/alerts/{id}/acknowledge', { params: { path: { id: alert.id } } }));
      await client.invalidateQueries({ queryKey: ['district'] });
    } catch (caught) {
      setError(caught instanceof ProblemError ? problemMessage(t, caught.problem) : t('readFailed'));
    }
  };
  return (
    <tr>
      <td>
        <span className={`pill pill-${alert.severity}`}>{t(`severities.${alert.severity}`)}</span> {t(`alertTypes.${alert.type}`)}
      </td>
      <td>
        <Link href={`/points/${alert.pointId}`}>{alert.pointName}</Link>
      </td>
      <td>{[alert.productCode, alert.lotNumber].filter(Boolean).map(String).join(' · ')}</td>
      <td>{formatDateTime(alert.firstSeenAt, language, 'Asia/Jakarta')}</td>
      <td>
        {alert.status === 'open' ? (
          <button type="button" onClick={() => void acknowledge()} aria-label={t('alerts.acknowledgeAt', { type: t(`alertTypes.${alert.type}`), point: alert.pointName })}>
            {t('alerts.acknowledge')}
          </button>
        ) : (
          t(`alertStatuses.${alert.status}`)
        )}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </td>
    </tr>
  );
}
