import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { problemMessage } from '../../components/problem-message';
import { answer, ProblemError } from './api';

type Scope = { month: string; regencyCode?: string; provinceCode?: string };

/**
 * The month's figures as DHIS2 data values, for partners that import them into their DHIS2 (docs/dhis2.md): JSON per
 * point or per regency, or ADX. Says which points and products the server's mapping left out.
 */
export function Dhis2Downloads({ scope }: { scope: Scope }) {
  const { t } = useTranslation('district');
  const [error, setError] = useState<string>();
  const [unmapped, setUnmapped] = useState<string>();
  const download = async (level: 'point' | 'regency', format: 'json' | 'adx') => {
    setError(undefined);
    setUnmapped(undefined);
    try {
      let headers: Headers | undefined;
      const blob = await answer(
        api.GET('/api/v1/reports/dhis2', { params: { query: { ...scope, level, format } }, parseAs: 'blob' }).then((result) => {
          headers = result.response.headers;
          return result;
        }) as Promise<{ data?: Blob; error?: unknown; response: Response }>,
      );
      const points = headers?.get('Pasokan-Unmapped-Org-Units') ?? '0';
      const products = headers?.get('Pasokan-Unmapped-Products') ?? '0';
      if (points !== '0' || products !== '0') setUnmapped(t('dhis2.unmapped', { points, products }));
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `pasokan-dhis2-${scope.month}-${level}.${format === 'adx' ? 'adx.xml' : 'json'}`;
      link.click();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (caught) {
      setError(caught instanceof ProblemError ? problemMessage(t, caught.problem) : t('readFailed'));
    }
  };
  return (
    <details className="dhis2">
      <summary>{t('dhis2.title')}</summary>
      <p className="muted">{t('dhis2.lead')}</p>
      <div className="inline-actions" role="group" aria-label={t('dhis2.title')}>
        <button type="button" onClick={() => void download('point', 'json')}>
          {t('dhis2.points')}
        </button>
        <button type="button" onClick={() => void download('regency', 'json')}>
          {t('dhis2.regencies')}
        </button>
        <button type="button" onClick={() => void download('point', 'adx')}>
          {t('dhis2.adx')}
        </button>
      </div>
      {unmapped && (
        <p className="muted" role="status">
          {unmapped}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
