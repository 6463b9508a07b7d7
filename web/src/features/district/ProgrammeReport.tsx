import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { Downloads } from './Downloads';
import { HistoryChart, type ChartSeries } from './HistoryChart';
import { jsonOnly, useRead, type Schemas } from './api';
import { Failure, Loading } from './parts';
import { monthsBefore, monthsBetween } from './programme';
import { useSearchParams } from './search';

type Row = Schemas['ProgrammeRow'];

/**
 * The needle-syringe programme, monthly (docs/needle-programme.md): complete syringe sets distributed (and how: at the
 * point, outreach, hotspot, by peers), contacts, used syringes returned with the return ratio, sharps containers,
 * naloxone doses and reported overdose reversals, per regency and month with a chart of distributed and returned, and
 * the same per point. Scope: the report page's regency/province; the period defaults to the six months up to the
 * report's month.
 */
export function ProgrammeReport({ defaultMonth, regencyCode, provinceCode }: { defaultMonth: string; regencyCode?: string; provinceCode?: string }) {
  const { t } = useTranslation('district');
  const language = useLanguage();
  const [params, update] = useSearchParams();
  const to = params.programmeTo ?? defaultMonth;
  const from = params.programmeFrom ?? monthsBefore(to, 5);
  const query = { from, to, regencyCode, provinceCode };
  const report = useRead(['programme', query], () => jsonOnly(api.GET('/api/v1/reports/programme', { params: { query } })));
  const n = (value: number) => formatNumber(value, language);
  const ratio = (row: Row) => (row.returnRatio === null ? '–' : `${formatNumber(Math.round(row.returnRatio * 1000) / 10, language)} %`);

  const trend = useMemo(() => {
    const months = monthsBetween(from, to);
    const sum = (field: 'distributed' | 'returned') => months.map((month) => (report.data?.regencies ?? []).filter((row) => row.month === month).reduce((total, row) => total + row[field], 0));
    const series: ChartSeries[] = [
      { label: t('programme.distributed'), values: sum('distributed'), color: '#0b6e4f', style: 'bars' },
      { label: t('programme.returned'), values: sum('returned'), color: '#b35c00', style: 'line' },
    ];
    return { months, series };
  }, [from, to, report.data, t]);

  const table = (rows: Row[], label: string, perPoint: boolean) => (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={label}>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t('programme.month')}</th>
            <th scope="col">{perPoint ? t('columns.point') : t('reports.regency')}</th>
            <th scope="col" className="number">{t('programme.distributed')}</th>
            <th scope="col" className="number">{t('programme.returned')}</th>
            <th scope="col" className="number">{t('programme.contacts')}</th>
            <th scope="col" className="number">{t('programme.outreach')}</th>
            <th scope="col" className="number">{t('programme.peer')}</th>
            <th scope="col" className="number">{t('programme.estimated')}</th>
            <th scope="col" className="number">{t('programme.ratio')}</th>
            <th scope="col" className="number">{t('programme.containersReturned')}</th>
            <th scope="col" className="number">{t('programme.containersHandedOver')}</th>
            <th scope="col" className="number">{t('programme.containersDestroyed')}</th>
            <th scope="col" className="number">{t('programme.naloxoneDoses')}</th>
            <th scope="col" className="number">{t('programme.refills')}</th>
            <th scope="col" className="number">{t('programme.reversals')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.month}/${row.regencyCode}/${row.pointId}`}>
              <td className="nowrap">{row.month}</td>
              <td>{perPoint ? row.pointCode : row.regencyCode}</td>
              <td className="number">{n(row.distributed)}</td>
              <td className="number">{n(row.returned)}</td>
              <td className="number">{n(row.contacts)}</td>
              <td className="number">{n(row.distributedOutreach + row.distributedHotspot)}</td>
              <td className="number">{n(row.distributedPeerSecondary)}</td>
              <td className="number">{n(row.returnedEstimated)}</td>
              <td className="number">{ratio(row)}</td>
              <td className="number">{n(row.containersReturned)}</td>
              <td className="number">{n(row.containersHandedOver)}</td>
              <td className="number">{n(row.containersDestroyed)}</td>
              <td className="number">{n(row.naloxoneDoses)}</td>
              <td className="number">{n(row.naloxoneRefills)}</td>
              <td className="number">{n(row.overdoseReversals)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  return (
    <section aria-labelledby="programme-title">
      <h2 id="programme-title">{t('programme.title')}</h2>
      <p className="muted">{t('programme.lead')}</p>
      <div className="filters">
        <label>
          {t('funding.from')}
          <input type="month" value={from} onChange={(event) => event.target.value && update({ programmeFrom: event.target.value })} />
        </label>
        <label>
          {t('funding.to')}
          <input type="month" value={to} onChange={(event) => event.target.value && update({ programmeTo: event.target.value })} />
        </label>
      </div>
      <Downloads path="/api/v1/reports/programme" query={query} name={`program-lass-${from}-${to}`} label={t('programme.title')} />
      {report.isError && <Failure error={report.error} />}
      {!report.data && !report.isError && <Loading />}
      {report.data && report.data.items.length === 0 && <p>{t('programme.none')}</p>}
      {report.data && report.data.items.length > 0 && (
        <>
          <HistoryChart label={t('programme.chartLabel', { from, to })} months={trend.months} series={trend.series} language={language} />
          {table(report.data.regencies, t('programme.perRegency'), false)}
          <h3>{t('programme.perPoint')}</h3>
          {table(report.data.items, t('programme.perPoint'), true)}
        </>
      )}
    </section>
  );
}
