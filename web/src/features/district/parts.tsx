import { useTranslation } from 'react-i18next';
import type { Problem } from '../../api/client';
import { problemMessage } from '../../components/problem-message';
import { ProblemError } from './api';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="muted" role="status">
      {t('common:loading')}
    </p>
  );
}

/** Why a read failed, in the user's words. */
export function Failure({ error }: { error: unknown }) {
  const { t } = useTranslation('district');
  const problem: Problem | undefined = error instanceof ProblemError ? error.problem : undefined;
  return (
    <p className="error" role="alert">
      {problem ? problemMessage(t, problem) : t('readFailed')}
    </p>
  );
}

/** Previous and next page of a list paged on the server. */
export function Pager({ total, limit, offset, onOffset }: { total: number; limit: number; offset: number; onOffset: (offset: number) => void }) {
  const { t } = useTranslation('district');
  if (total <= limit && offset === 0) return null;
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <button type="button" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - limit))}>
        {t('pager.previous')}
      </button>
      <span>{t('pager.range', { from: total === 0 ? 0 : offset + 1, to: Math.min(total, offset + limit), total })}</span>
      <button type="button" disabled={offset + limit >= total} onClick={() => onOffset(offset + limit)}>
        {t('pager.next')}
      </button>
    </nav>
  );
}

/** A labelled choice of a filter; the empty choice means "all". */
export function Filter({ label, value, options, onChange }: { label: string; value: string | undefined; options: [string, string][]; onChange: (value: string | undefined) => void }) {
  const { t } = useTranslation('district');
  return (
    <label>
      {label}
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)}>
        <option value="">{t('filters.all')}</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </label>
  );
}
