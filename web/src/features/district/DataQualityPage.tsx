import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { api } from '../../api/client';
import type { paths } from '../../api/schema';
import { problemMessage } from '../../components/problem-message';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { answer, jsonOnly, ProblemError, useRead, type Schemas } from './api';
import { Downloads } from './Downloads';
import { Failure, Filter, Loading, Pager } from './parts';
import { useSearchParams } from './search';
import { AreaNote } from './ShortagesPage';

const PAGE = 25;
type Query = paths['/api/v1/data-quality/flags']['get']['parameters']['query'];
type Flag = Schemas['FlagResponse'];
export const FLAG_KINDS: Flag['kind'][] = ['above_contact_cap', 'repeated_tally', 'month_end_round_numbers', 'distribution_spike', 'backdated_burst', 'stock_not_moving'];

/**
 * Data-quality flags (docs/data-quality.md): figures that look over-reported, each with the numbers that raised it in
 * words, for the district officer to check with the point and mark reviewed. Never a block on the point's work.
 */
export function DataQualityPage() {
  const { t } = useTranslation('district');
  const language = useLanguage();
  const [params, update] = useSearchParams();
  const offset = Number(params.offset ?? 0);
  const query = {
    status: params.status ?? 'open',
    kind: params.kind,
    month: params.month,
    regencyCode: params.regencyCode,
    provinceCode: params.provinceCode,
    limit: PAGE,
    offset,
  } as Query;
  const list = useRead(['flags', query], () => jsonOnly(api.GET('/api/v1/data-quality/flags', { params: { query } })));
  return (
    <section>
      <h1>{t('dataQuality.title')}</h1>
      <p className="muted">{t('dataQuality.lead')}</p>
      <AreaNote params={params} />
      <div className="filters">
        <label>
          {t('filters.status')}
          <select value={params.status ?? 'open'} onChange={(event) => update({ status: event.target.value })}>
            {(['open', 'reviewed'] as const).map((status) => (
              <option key={status} value={status}>
                {t(`dataQuality.statuses.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <Filter label={t('dataQuality.kind')} value={params.kind} options={FLAG_KINDS.map((kind) => [kind, t(`dataQuality.kinds.${kind}`)])} onChange={(kind) => update({ kind })} />
        <label>
          {t('dataQuality.month')}
          <input type="month" value={params.month ?? ''} onChange={(event) => update({ month: event.target.value || undefined })} />
        </label>
      </div>
      <Downloads path="/api/v1/data-quality/flags" query={{ ...query, limit: undefined, offset: undefined }} name="kualitas-data" />
      {list.isError && <Failure error={list.error} />}
      {!list.data && !list.isError && <Loading />}
      {list.data && (
        <>
          <p className="muted" role="status">
            {t('dataQuality.count', { count: list.data.total, value: formatNumber(list.data.total, language) })}
          </p>
          <ul className="flag-list">
            {list.data.items.map((flag) => (
              <FlagItem key={flag.id} flag={flag} />
            ))}
          </ul>
          <Pager total={list.data.total} limit={PAGE} offset={offset} onOffset={(next) => update({ offset: String(next) })} />
        </>
      )}
    </section>
  );
}

/** The evidence of a flag as a sentence with its numbers. */
export function evidenceText(t: (key: string, values?: Record<string, unknown>) => string, flag: Flag, language: string): string {
  const e = flag.evidence as Record<string, unknown>;
  const n = (value: unknown) => (typeof value === 'number' ? formatNumber(value, language as never) : String(value ?? '–'));
  switch (flag.kind) {
    case 'above_contact_cap':
      return t('dataQuality.evidence.above_contact_cap', { needles: n(e.needles), contacts: n(e.contacts), cap: n(e.cap), reason: e.aboveCapReason ? t(`dataQuality.capReasons.${String(e.aboveCapReason)}`) : t(`dataQuality.capReasons.${e.channel === 'peer_secondary' ? 'peer_secondary' : 'none'}`) });
    case 'repeated_tally': {
      const tally = (e.tally as { productCode: string; quantity: number }[] | undefined) ?? [];
      return t('dataQuality.evidence.repeated_tally', { times: n(e.times), contacts: n(e.contacts), tally: tally.map((line) => `${n(line.quantity)} ${line.productCode}`).join(', ') });
    }
    case 'month_end_round_numbers':
      return t('dataQuality.evidence.month_end_round_numbers', { endRound: n(e.endRound), end: n(e.endDistributions), days: n(e.lastDays), restRound: n(e.restRound), rest: n(e.restDistributions) });
    case 'distribution_spike':
      return t('dataQuality.evidence.distribution_spike', { quantity: n(e.quantity), median: n(e.median), history: ((e.history as number[] | undefined) ?? []).map(n).join(', '), z: e.robustZ === null ? '–' : n(e.robustZ) });
    case 'backdated_burst':
      return t('dataQuality.evidence.backdated_burst', { backdated: n(e.backdated), total: n(e.movementsInMonth), days: n(e.windowDays), due: String(e.dueOn), late: n(e.backdatedDays) });
    case 'stock_not_moving':
      return t('dataQuality.evidence.stock_not_moving', { onHand: n(e.onHand), days: n(e.days), distributions: n(e.distributionsAtPoint) });
  }
}

function FlagItem({ flag }: { flag: Flag }) {
  const { t } = useTranslation('district');
  const language = useLanguage();
  const client = useQueryClient();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const headingId = `flag-${flag.id}`;
  const review = async (event: FormEvent) => {
    event.preventDefault();
    if (comment.trim().length < 3) {
      setError(t('dataQuality.commentNeeded'));
      return;
    }
    setBusy(true);
    try {
      await answer(api.POST('/api/v1/data-quality/flags/{id}/review', { params: { path: { id: flag.id } }, body: { comment } }));
      await client.invalidateQueries({ queryKey: ['district', 'flags'] });
    } catch (caught) {
      setError(caught instanceof ProblemError ? problemMessage(t, caught.problem) : t('readFailed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className="flag" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t(`dataQuality.kinds.${flag.kind}`)} · <Link href={`/points/${flag.pointId}`}>{flag.pointName}</Link> · {flag.month}
        {flag.productCode ? ` · ${flag.productCode}` : ''}
      </h2>
      <p>{evidenceText(t as never, flag, language)}</p>
      {flag.reviewedAt ? (
        <p className="muted">
          {t('dataQuality.reviewedBy', { user: flag.reviewedBy, at: formatDateTime(flag.reviewedAt, language, 'Asia/Jakarta') })}: {flag.reviewComment}
        </p>
      ) : (
        <form className="inline-form" onSubmit={(event) => void review(event)} noValidate>
          <label>
            {t('dataQuality.comment')}
            <input value={comment} maxLength={500} onChange={(event) => setComment(event.target.value)} aria-describedby={`${headingId}-hint`} />
          </label>
          <span id={`${headingId}-hint`} className="muted">
            {t('dataQuality.commentHint')}
          </span>
          <button type="submit" disabled={busy}>
            {t('dataQuality.markReviewed')}
          </button>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
    </li>
  );
}
