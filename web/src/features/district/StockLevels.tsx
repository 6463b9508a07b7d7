import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { flash } from '../../components/flash';
import { problemMessage } from '../../components/problem-message';
import { useLanguage } from '../../i18n/i18n';
import { useProducts } from '../points/queries';
import { productName } from '../stock/product-name';
// The generated type of the nullable expectedMonthlyUse is not a number (an OpenAPI quirk); the server validates it.
import { answer, ProblemError, useRead } from './api';
import { formatFigure } from './figures';

interface Draft {
  minMonths: string;
  maxMonths: string;
  expectedMonthlyUse: string;
}

/** "1,5" or "1.5" months, as typed on an Indonesian or an English keyboard; undefined when not a number. */
export function parseMonths(text: string): number | undefined {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() === '' || Number.isNaN(value) ? undefined : value;
}

/**
 * The point's own minimum and maximum months of stock and expected monthly use per product. Products left as they
 * were keep following the defaults of the point type; only the point's own and changed levels are sent.
 */
export function StockLevels({ pointId }: { pointId: string }) {
  const { t } = useTranslation('district');
  const language = useLanguage();
  const products = useProducts();
  const client = useQueryClient();
  const levels = useRead(['stock-levels', pointId], () => api.GET('/api/v1/points/{id}/stock-levels', { params: { path: { id: pointId } } }));
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [error, setError] = useState<string>();
  if (!levels.data) return null;

  const shown = (productId: string): Draft => {
    const level = levels.data!.find((row) => row.productId === productId)!;
    return (
      drafts[productId] ?? {
        minMonths: formatFigure(level.minMonths, language),
        maxMonths: formatFigure(level.maxMonths, language),
        expectedMonthlyUse: level.expectedMonthlyUse === null ? '' : String(level.expectedMonthlyUse),
      }
    );
  };
  const edit = (productId: string, field: keyof Draft, value: string) => setDrafts({ ...drafts, [productId]: { ...shown(productId), [field]: value } });
  const save = async () => {
    setError(undefined);
    const rows = levels.data!.filter((row) => row.source === 'point' || drafts[row.productId]);
    const body = rows.map((row) => {
      const draft = shown(row.productId);
      const expected = draft.expectedMonthlyUse.trim();
      return { productId: row.productId, minMonths: parseMonths(draft.minMonths) ?? Number.NaN, maxMonths: parseMonths(draft.maxMonths) ?? Number.NaN, expectedMonthlyUse: expected === '' ? null : Number(expected) };
    });
    try {
      await answer(api.PUT('/api/v1/points/{id}/stock-levels', { params: { path: { id: pointId } }, body: { levels: body } }));
      setDrafts({});
      flash(t('levels.saved'));
      await client.invalidateQueries({ queryKey: ['district'] });
    } catch (caught) {
      setError(caught instanceof ProblemError ? problemMessage(t, caught.problem) : t('readFailed'));
    }
  };

  return (
    <details>
      <summary>{t('levels.title')}</summary>
      <p className="muted">{t('levels.lead')}</p>
      <div className="table-wrap">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('columns.product')}</th>
              <th scope="col">{t('levels.min')}</th>
              <th scope="col">{t('levels.max')}</th>
              <th scope="col">{t('levels.expected')}</th>
              <th scope="col">{t('levels.source')}</th>
            </tr>
          </thead>
          <tbody>
            {levels.data.map((level) => {
              const name = productName(level.productId, level.productCode, products.data?.data.items, language);
              const draft = shown(level.productId);
              return (
                <tr key={level.productId}>
                  <td>{name}</td>
                  <td>
                    <input aria-label={t('levels.minOf', { product: name })} inputMode="decimal" value={draft.minMonths} onChange={(event) => edit(level.productId, 'minMonths', event.target.value)} />
                  </td>
                  <td>
                    <input aria-label={t('levels.maxOf', { product: name })} inputMode="decimal" value={draft.maxMonths} onChange={(event) => edit(level.productId, 'maxMonths', event.target.value)} />
                  </td>
                  <td>
                    <input aria-label={t('levels.expectedOf', { product: name })} inputMode="numeric" value={draft.expectedMonthlyUse} onChange={(event) => edit(level.productId, 'expectedMonthlyUse', event.target.value.replace(/[^0-9]/g, ''))} />
                  </td>
                  <td>{drafts[level.productId] ? t('levels.changed') : level.source === 'point' ? t('levels.own') : t('levels.default')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="inline-actions">
        <button type="button" className="primary" disabled={Object.keys(drafts).length === 0} onClick={() => void save()}>
          {t('levels.save')}
        </button>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
