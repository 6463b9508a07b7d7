import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { problemMessage } from '../../components/problem-message';
import { answer, ProblemError } from './api';

type Report =
  | '/api/v1/shortages'
  | '/api/v1/expiries'
  | '/api/v1/expiries/redistribution'
  | '/api/v1/reports/monthly'
  | '/api/v1/reports/funding-sources'
  | '/api/v1/reports/programme'
  | '/api/v1/reports/coverage'
  | '/api/v1/data-quality/flags'
  | '/api/v1/outreach-shifts/totals'
  | '/api/v1/resupply-requests'
  | '/api/v1/alerts'
  | '/api/v1/points/{pointId}/stock';

/**
 * Every matching row (not only this page), made by the server: CSV for Excel set to Indonesian (`;`, decimal comma,
 * UTF-8 byte order mark), plain CSV (`,`) for other tools, or an .xlsx workbook with Indonesian headers.
 */
export function Downloads({ path, query, name, pathParams, label }: { path: Report; query: Record<string, unknown>; name: string; pathParams?: Record<string, string>; label?: string }) {
  const { t } = useTranslation('district');
  const [error, setError] = useState<string>();
  const download = async (format: 'csv' | 'xlsx', separator: 'semicolon' | 'comma' = 'comma') => {
    setError(undefined);
    try {
      const params = { query: { ...query, format, separator }, path: pathParams };
      const blob = await answer(api.GET(path as '/api/v1/shortages', { params: params as never, parseAs: 'blob' }) as Promise<{ data?: Blob; error?: unknown; response: Response }>);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `pasokan-${name}.${format}`;
      link.click();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (caught) {
      setError(caught instanceof ProblemError ? problemMessage(t, caught.problem) : t('readFailed'));
    }
  };
  return (
    <div className="inline-actions" role="group" aria-label={label ? t('downloads.labelOf', { what: label }) : t('downloads.label')}>
      <button type="button" onClick={() => void download('csv', 'semicolon')}>
        {t('downloads.excel')}
      </button>
      <button type="button" onClick={() => void download('csv')}>
        {t('downloads.comma')}
      </button>
      <button type="button" onClick={() => void download('xlsx')}>
        {t('downloads.xlsx')}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
