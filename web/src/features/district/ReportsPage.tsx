import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { api } from '../../api/client';
import type { paths } from '../../api/schema';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { useSession } from '../auth/session';
import { PdfDownload } from '../../components/PdfDownload';
import { Dhis2Downloads } from './Dhis2Downloads';
import { Downloads } from './Downloads';
import { FundingSourcesReport } from './FundingSourcesReport';
import { CoverageReport } from './CoverageReport';
import { ProgrammeReport } from './ProgrammeReport';
import { jsonOnly, useRead, type Schemas } from './api';
import { Failure, Loading, Pager } from './parts';
import { useSearchParams } from './search';

const PAGE = 20;
type Query = paths['/api/v1/reports/monthly']['get']['parameters']['query'];
type Row = Schemas['MonthlyReportRow'];
const REASONS = ['damaged', 'quality_problem', 'lost', 'stolen', 'found', 'expired_write_off', 'correction'] as const;

/** Last month in the browser's calendar: the month a report is usually filed for (SIHA, by the 15th). */
function lastMonth(): string {
  const now = new Date();
  const month = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return `${month.getFullYear()}-${String(month.getMonth() + 1).padStart(2, '0')}`;
}

/** The monthly logistics report (LPLPO shape) of a regency, a province or the country, with downloads for SIHA. */
export function ReportsPage() {
  const { t } = useTranslation('district');
  const language = useLanguage();
  const session = useSession()!;
  const [params, update] = useSearchParams();
  const offset = Number(params.offset ?? 0);
  const regencies = session.user.regencyCodes;
  const regencyCode = params.regencyCode ?? (params.provinceCode ? undefined : regencies[0]);
  const query = { month: params.month ?? lastMonth(), regencyCode, provinceCode: params.provinceCode, limit: PAGE, offset } as Query;
  const report = useRead(['monthly', query], () => jsonOnly(api.GET('/api/v1/reports/monthly', { params: { query } })));
  const n = (value: number) => formatNumber(value, language);
  const adjusted = (row: Row) => REASONS.reduce((sum, reason) => sum + row.adjustments[reason], 0);

  const rowCells = (row: Row) => (
    <>
      <td className="number">{n(row.opening)}</td>
      <td className="number">{n(row.received)}</td>
      <td className="number">{n(row.issued)}</td>
      <td className="number">{n(row.shippedOut)}</td>
      <td className="number" title={REASONS.filter((reason) => row.adjustments[reason] !== 0).map((reason) => `${t(`reports.reasons.${reason}`)}: ${n(row.adjustments[reason])}`).join(', ')}>
        {n(adjusted(row))}
      </td>
      <td className="number">{n(row.closing)}</td>
      <td>{row.nearestExpiry ? formatDate(row.nearestExpiry, language) : '–'}</td>
      <td className="number">{n(row.stockoutDays)}</td>
      <td className="number">{n(row.requested)}</td>
    </>
  );
  const header = (
    <>
      <th scope="col" className="number">{t('reports.opening')}</th>
      <th scope="col" className="number">{t('reports.received')}</th>
      <th scope="col" className="number">{t('reports.issued')}</th>
      <th scope="col" className="number">{t('reports.shippedOut')}</th>
      <th scope="col" className="number">{t('reports.adjustments')}</th>
      <th scope="col" className="number">{t('reports.closing')}</th>
      <th scope="col">{t('reports.nearestExpiry')}</th>
      <th scope="col" className="number">{t('reports.stockoutDays')}</th>
      <th scope="col" className="number">{t('reports.requested')}</th>
    </>
  );

  return (
    <section>
      <h1>{t('reports.title')}</h1>
      <div className="filters">
        <label>
          {t('reports.month')}
          <input type="month" value={query!.month} onChange={(event) => event.target.value && update({ month: event.target.value, offset: undefined })} />
        </label>
        {regencies.length > 0 ? (
          <label>
            {t('reports.regency')}
            <select value={regencyCode ?? ''} onChange={(event) => update({ regencyCode: event.target.value, offset: undefined })}>
              {regencies.map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <>
            <label>
              {t('reports.regency')}
              <input value={params.regencyCode ?? ''} placeholder="32.73" size={6} onChange={(event) => update({ regencyCode: event.target.value || undefined, provinceCode: undefined, offset: undefined })} />
            </label>
            <label>
              {t('reports.province')}
              <input value={params.provinceCode ?? ''} placeholder="32" size={3} onChange={(event) => update({ provinceCode: event.target.value || undefined, regencyCode: undefined, offset: undefined })} />
            </label>
          </>
        )}
      </div>
      <Downloads path="/api/v1/reports/monthly" query={{ ...query, limit: undefined, offset: undefined }} name={`laporan-bulanan-${query!.month}`} />
      <PdfDownload
        path={`/api/v1/reports/monthly.pdf?${new URLSearchParams(Object.entries({ month: query!.month, regencyCode, provinceCode: params.provinceCode }).filter((entry): entry is [string, string] => Boolean(entry[1])))}`}
        label={t('common:documents.monthly')}
      />
      <Dhis2Downloads scope={{ month: query!.month, regencyCode, provinceCode: params.provinceCode }} />
      {report.isError && <Failure error={report.error} />}
      {!report.data && !report.isError && <Loading />}
      {report.data && (
        <>
          <p className="muted" role="status">
            {report.data.closed ? t('reports.closed') : t('reports.open', { closed: report.data.closedPoints, total: report.data.total })}
          </p>
          <h2>{t('reports.totals')}</h2>
          {/* Eleven columns scroll inside their box on a narrow screen; the box takes focus so a keyboard can scroll it. */}
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t('reports.totals')}>
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t('columns.product')}</th>
                  {header}
                </tr>
              </thead>
              <tbody>
                {report.data.totals.map((row) => (
                  <tr key={row.productId}>
                    <td>{row.productCode}</td>
                    {rowCells(row)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{t('reports.perPoint')}</h2>
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t('reports.perPoint')}>
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t('columns.point')}</th>
                  <th scope="col">{t('columns.product')}</th>
                  {header}
                </tr>
              </thead>
              <tbody>
                {report.data.items.map((row) => (
                  <tr key={`${row.pointId}/${row.productId}`}>
                    <td>
                      <Link href={`/points/${row.pointId}`}>{row.pointName}</Link>
                    </td>
                    <td>{row.productCode}</td>
                    {rowCells(row)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager total={report.data.total} limit={PAGE} offset={offset} onOffset={(next) => update({ offset: String(next) })} />
        </>
      )}
      <FundingSourcesReport defaultMonth={query!.month} regencyCode={regencyCode} provinceCode={params.provinceCode} />
      <ProgrammeReport defaultMonth={query!.month} regencyCode={regencyCode} provinceCode={params.provinceCode} />
      <CoverageReport defaultYear={Number(query!.month.slice(0, 4))} regencyCode={regencyCode} provinceCode={params.provinceCode} />
    </section>
  );
}
