import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api, type Problem } from '../../api/client';
import { problemMessage } from '../../components/problem-message';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { useSession } from '../auth/session';
import { Downloads } from './Downloads';
import { HistoryChart, type ChartSeries } from './HistoryChart';
import { answer, jsonOnly, ProblemError, useRead, type Schemas } from './api';
import { Failure, Loading } from './parts';
import { estimateRegencies, isReportYear } from './programme';
import { useSearchParams } from './search';

type Row = Schemas['CoverageRow'];

/**
 * Coverage (docs/needle-programme.md): complete needle-syringe sets distributed per person who injects drugs in a
 * year, per regency and province, against the WHO/UNODC/UNAIDS levels and the 2030 target, with a chart by regency;
 * a regency without an estimate says so. Administrators and district officers record estimates here.
 */
export function CoverageReport({ defaultYear, regencyCode, provinceCode }: { defaultYear: number; regencyCode?: string; provinceCode?: string }) {
  const { t } = useTranslation('district');
  const language = useLanguage();
  const [params, update] = useSearchParams();
  const year = Number(params.coverageYear ?? defaultYear);
  const query = { year, regencyCode, provinceCode };
  const report = useRead(['coverage', query], () => jsonOnly(api.GET('/api/v1/reports/coverage', { params: { query } })));
  const session = useSession()!;
  const n = (value: number | null) => (value === null ? t('coverage.noEstimate') : formatNumber(value, language));
  const level = (row: Row) => (row.level === null ? t('coverage.noEstimate') : t(`coverage.levels.${row.level}`));
  const target = (row: Row) => (row.meets2030Target === null ? t('coverage.noEstimate') : row.meets2030Target ? t('coverage.yes') : t('coverage.no'));

  const chart = useMemo(() => {
    const rows = (report.data?.items ?? []).filter((row) => row.setsPerPerson !== null).slice(0, 40);
    const labels = rows.map((row) => row.regencyCode ?? '');
    const series: ChartSeries[] = [
      { label: t('coverage.setsPerPerson'), values: rows.map((row) => row.setsPerPerson), color: '#0b6e4f', style: 'bars' },
      { label: t('coverage.lowBelow'), values: rows.map(() => 100), color: '#b35c00', style: 'dashed' },
      { label: t('coverage.highAbove'), values: rows.map(() => 200), color: '#1f5fa8', style: 'dashed' },
      { label: t('coverage.target2030'), values: rows.map(() => 300), color: '#6b2c91', style: 'dashed' },
    ];
    return { labels, series };
  }, [report.data, t]);

  const table = (rows: Row[], label: string, provinces: boolean) => (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={label}>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{provinces ? t('coverage.province') : t('reports.regency')}</th>
            <th scope="col" className="number">{t('coverage.sets')}</th>
            <th scope="col" className="number">{t('coverage.estimate')}</th>
            <th scope="col">{t('coverage.source')}</th>
            <th scope="col" className="number">{t('coverage.setsPerPerson')}</th>
            <th scope="col">{t('coverage.level')}</th>
            <th scope="col">{t('coverage.target2030')}</th>
            {provinces && <th scope="col" className="number">{t('coverage.without')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.provinceCode}/${row.regencyCode}`}>
              <th scope="row">
                {provinces ? row.provinceCode : row.regencyCode} {row.name}
              </th>
              <td className="number">{formatNumber(row.setsDistributed, language)}</td>
              <td className="number">{n(row.estimate)}</td>
              <td>{row.estimateSource ? `${row.estimateSource} (${row.estimateYear})` : '–'}</td>
              <td className="number">{n(row.setsPerPerson)}</td>
              <td>{level(row)}</td>
              <td>{target(row)}</td>
              {provinces && <td className="number">{formatNumber(row.regenciesWithoutEstimate, language)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  return (
    <section aria-labelledby="coverage-title">
      <h2 id="coverage-title">{t('coverage.title')}</h2>
      <p className="muted">{t('coverage.lead')}</p>
      <div className="filters">
        <label>
          {t('coverage.year')}
          <YearInput year={year} onYear={(next) => update({ coverageYear: String(next) })} />
        </label>
      </div>
      <Downloads path="/api/v1/reports/coverage" query={query} name={`cakupan-${year}`} label={t('coverage.title')} />
      {report.isError && <Failure error={report.error} />}
      {!report.data && !report.isError && <Loading />}
      {report.data && (
        <>
          {chart.labels.length > 0 && <HistoryChart label={t('coverage.chartLabel', { year })} months={chart.labels} series={chart.series} language={language} digits={1} />}
          {table(report.data.items, t('coverage.perRegency'), false)}
          {report.data.provinces.length > 0 && table(report.data.provinces, t('coverage.perProvince'), true)}
        </>
      )}
      {report.data && <EstimateForm year={year} regencies={estimateRegencies(report.data.items, session.user.regencyCodes)} defaultRegency={regencyCode} />}
    </section>
  );
}

/** The year as typed; the report is asked only once a whole year is there. */
function YearInput({ year, onYear }: { year: number; onYear: (year: number) => void }) {
  const [typed, setTyped] = useState(String(year));
  const [shown, setShown] = useState(year);
  // Another year from outside (the report month changed): show it.
  if (shown !== year) {
    setShown(year);
    setTyped(String(year));
  }
  return (
    <input
      type="number"
      min={2000}
      max={2100}
      inputMode="numeric"
      value={typed}
      onChange={(event) => {
        setTyped(event.target.value);
        if (isReportYear(event.target.value)) onYear(Number(event.target.value));
      }}
    />
  );
}

/**
 * Records an estimate of people who inject drugs for a regency and year (administrators, district officers), then
 * lists the regency's estimates with the one in use marked. `regencies`: the officer's own, or the page's for an
 * administrator.
 */
function EstimateForm({ year, regencies, defaultRegency }: { year: number; regencies: [string, string][]; defaultRegency?: string }) {
  const { t } = useTranslation('district');
  const language = useLanguage();
  const session = useSession()!;
  const client = useQueryClient();
  const [chosen, setRegency] = useState(defaultRegency ?? '');
  // The page's scope may change under the form: a regency no longer offered falls back to the first one.
  const regency = regencies.some(([code]) => code === chosen) ? chosen : (regencies[0]?.[0] ?? '');
  const [estimateYear, setEstimateYear] = useState(String(year));
  const [estimate, setEstimate] = useState('');
  const [source, setSource] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string }>();
  const estimates = useRead(['pwid-estimates', regency], () => jsonOnly(api.GET('/api/v1/pwid-estimates', { params: { query: { regencyCode: regency, limit: 20 } } })), /^\d{2}\.\d{2}$/.test(regency));
  if ((session.user.role !== 'admin' && session.user.role !== 'district_officer') || regencies.length === 0) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(undefined);
    try {
      await answer(api.POST('/api/v1/pwid-estimates', { body: { regencyCode: regency, year: Number(estimateYear), estimate: Number(estimate), source } }));
      setEstimate('');
      setSource('');
      setMessage({ error: false, text: t('coverage.recorded') });
      await client.invalidateQueries({ queryKey: ['district', 'coverage'] });
      await client.invalidateQueries({ queryKey: ['district', 'pwid-estimates'] });
    } catch (caught) {
      setMessage({ error: true, text: caught instanceof ProblemError ? estimateProblem(t, caught.problem) : t('readFailed') });
    }
  };
  return (
    <form className="form estimate-form" onSubmit={(event) => void submit(event)} aria-labelledby="estimate-title">
      <h3 id="estimate-title">{t('coverage.recordTitle')}</h3>
      <p className="muted">{t('coverage.recordLead')}</p>
      <label>
        {t('reports.regency')}
        <select value={regency} onChange={(event) => setRegency(event.target.value)}>
          {regencies.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('coverage.year')}
        <input type="number" min={2000} max={2100} value={estimateYear} onChange={(event) => setEstimateYear(event.target.value)} required />
      </label>
      <label>
        {t('coverage.estimate')}
        <input type="number" min={1} inputMode="numeric" value={estimate} onChange={(event) => setEstimate(event.target.value)} required />
      </label>
      <label>
        {t('coverage.source')}
        <input value={source} maxLength={200} onChange={(event) => setSource(event.target.value)} placeholder={t('coverage.sourceExample')} required />
      </label>
      <button type="submit">{t('coverage.record')}</button>
      {message && (
        <p className={message.error ? 'error' : 'muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {estimates.data && estimates.data.items.length > 0 && (
        <ul className="estimates" aria-label={t('coverage.recordedList', { regency })}>
          {estimates.data.items.map((entry) => (
            <li key={entry.id}>
              {entry.year}: {formatNumber(entry.estimate, language)} · {entry.source} · {entry.recordedBy}
              {entry.current && <strong> · {t('coverage.inUse')}</strong>}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}

/** A refused estimate in plain words: the problem, then what to fix in each field the server named. */
function estimateProblem(t: TFunction, problem: Problem): string {
  const fields = (problem.errors ?? []).map((error) => t(`coverage.fieldErrors.${error.field}`, { defaultValue: error.messages.join('; ') }));
  return [problemMessage(t, problem), ...fields].join(' ');
}
