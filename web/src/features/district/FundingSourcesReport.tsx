import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { Downloads } from './Downloads';
import { useRead, type Schemas } from './api';
import { Failure, Loading } from './parts';
import { useSearchParams } from './search';

type Row = Schemas['FundingSourceRow'];

/**
 * Funding-source accountability: the period's figures per funding source and product (and per regency when the scope
 * is wider), the table a principal recipient puts in its progress report. Scope: the report page's regency/province.
 */
export function FundingSourcesReport({ defaultMonth, regencyCode, provinceCode }: { defaultMonth: string; regencyCode?: string; provinceCode?: string }) {
  const { t } = useTranslation('district');
  const language = useLanguage();
  const [params, update] = useSearchParams();
  const from = params.fundingFrom ?? defaultMonth;
  const to = params.fundingTo ?? from;
  const query = { from, to, regencyCode, provinceCode };
  const report = useRead(['funding-sources', query], () => api.GET('/api/v1/reports/funding-sources', { params: { query } }));
  const n = (value: number) => formatNumber(value, language);
  const source = (row: Row) => (row.fundingSource ? t(`funding.sources.${row.fundingSource}`) : t('funding.sources.none'));
  const perRegency = report.data ? new Set(report.data.items.map((row) => row.regencyCode)).size > 1 : false;

  const table = (rows: Row[], label: string, withRegency: boolean) => (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={label}>
      <table className="data">
        <thead>
          <tr>
            {withRegency && <th scope="col">{t('reports.regency')}</th>}
            <th scope="col">{t('funding.source')}</th>
            <th scope="col">{t('columns.product')}</th>
            <th scope="col" className="number">{t('reports.opening')}</th>
            <th scope="col" className="number">{t('reports.received')}</th>
            <th scope="col" className="number">{t('funding.distributed')}</th>
            <th scope="col" className="number">{t('reports.shippedOut')}</th>
            <th scope="col" className="number">{t('funding.expiredWrittenOff')}</th>
            <th scope="col" className="number">{t('funding.otherLosses')}</th>
            <th scope="col" className="number">{t('funding.onHand')}</th>
            <th scope="col" className="number">{t('funding.expiredOnHand')}</th>
            <th scope="col" className="number">{t('reports.stockoutDays')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.regencyCode}/${row.fundingSource}/${row.productId}`}>
              {withRegency && <td>{row.regencyCode}</td>}
              <td>{source(row)}</td>
              <td>{row.productCode}</td>
              <td className="number">{n(row.opening)}</td>
              <td className="number">{n(row.received)}</td>
              <td className="number">{n(row.distributed)}</td>
              <td className="number">{n(row.shippedOut)}</td>
              <td className="number">{n(row.expiredWrittenOff)}</td>
              <td className="number">{n(row.otherLosses)}</td>
              <td className="number">{n(row.onHand)}</td>
              <td className="number">{n(row.expiredOnHand)}</td>
              <td className="number">{n(row.stockoutDays)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  return (
    <section aria-labelledby="funding-title">
      <h2 id="funding-title">{t('funding.title')}</h2>
      <p className="muted">{t('funding.lead')}</p>
      <div className="filters">
        <label>
          {t('funding.from')}
          <input type="month" value={from} onChange={(event) => event.target.value && update({ fundingFrom: event.target.value })} />
        </label>
        <label>
          {t('funding.to')}
          <input type="month" value={to} onChange={(event) => event.target.value && update({ fundingTo: event.target.value })} />
        </label>
      </div>
      <Downloads path="/api/v1/reports/funding-sources" query={query} name={`sumber-dana-${from}-${to}`} label={t('funding.title')} />
      {report.isError && <Failure error={report.error} />}
      {!report.data && !report.isError && <Loading />}
      {report.data && (
        <>
          {table(report.data.totals, t('funding.totals'), false)}
          {perRegency && (
            <>
              <h3>{t('funding.perRegency')}</h3>
              {table(report.data.items, t('funding.perRegency'), true)}
            </>
          )}
          <p className="muted">{t('funding.stockoutNote')}</p>
        </>
      )}
    </section>
  );
}
