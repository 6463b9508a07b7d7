import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { api, asProblem } from '../../api/client';
import { LoadState } from '../../components/LoadState';
import { NumberField } from '../../components/NumberField';
import { problemMessage } from '../../components/problem-message';
import { useOnline } from '../../components/use-online';
import { newId } from '../../components/uuid';
import { db } from '../../db/db';
import { useLiveQuery } from '../../db/live-query';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { usePoint, useProducts } from '../points/queries';
import { productName } from '../stock/product-name';
import { useShift, type Shift, type ShiftProduct } from './queries';
import { attemptId, countRequest, EMPTY_COUNT, reconcile, type CountEntry } from './reconcile';

/**
 * /points/:pointId/shifts/:shiftId: one outreach shift, for the kit's officer and the issuing point's staff. Open: per
 * product what went into the bag, what was recorded as handed out and what should be left, and the close (the count,
 * every difference explained). Closed: what was counted, explained and went back.
 */
export function ShiftPage() {
  const { pointId, shiftId } = useParams<{ pointId: string; shiftId: string }>();
  const { t } = useTranslation('shifts');
  const language = useLanguage();
  const online = useOnline();
  const shift = useShift(shiftId);
  const { point } = usePoint(pointId);
  const catalogue = useProducts().data?.data.items;
  const timeZone = point?.timeZone ?? 'Asia/Jakarta';

  if (!shift.data)
    return (
      <section>
        <h1>{t('shiftTitle')}</h1>
        {!online ? <p className="notice">{t('needsConnection')}</p> : shift.isError ? <p className="error">{t('notReachable')}</p> : <LoadState query={shift} />}
        <Link href={`/points/${pointId}`}>{t('backToStock')}</Link>
      </section>
    );
  const data = shift.data;
  const name = (product: ShiftProduct) => productName(product.productId, product.productNameId ?? product.productName, catalogue, language);

  return (
    <section>
      <h1>{t('shiftOf', { kit: data.kitPointName })}</h1>
      <p className="muted">
        {t('startedBy', { time: formatDateTime(data.startedAt, language, timeZone), user: data.startedBy, point: data.issuingPointName })}
        {data.status === 'open' && (
          <>
            <br />
            {data.remainder === 'return' ? t('remainderWillReturn', { point: data.issuingPointName }) : t('remainderWillStay')}
          </>
        )}
      </p>
      {data.status === 'open' ? (
        <>
          <ul className="cards">
            {data.products.map((product) => (
              <li key={product.productId} className="card">
                <h2>{name(product)}</h2>
                <p className="figures">
                  <span>{t('inBagAtStart', { value: formatNumber(product.opening + product.issued, language) })}</span>
                  <span>{t('recordedHandedOut', { value: formatNumber(product.distributed, language) })}</span>
                  {product.otherChange !== 0 && <span>{t('otherChange', { value: formatNumber(product.otherChange, language) })}</span>}
                  <span>
                    <span className="figure">{formatNumber(product.expected, language)}</span> {t('expectedLeft')}
                  </span>
                </p>
              </li>
            ))}
          </ul>
          <CloseForm shift={data} name={name} online={online} onRefresh={() => void shift.refetch()} />
        </>
      ) : (
        <ClosedResult shift={data} name={name} timeZone={timeZone} />
      )}
      <p>
        <Link href={`/points/${pointId}`}>{t('backToStock')}</Link>
      </p>
    </section>
  );
}

/** The close: counted per product, each difference explained; refused while the phone holds unsent records of the kit. */
function CloseForm({ shift, name, online, onRefresh }: { shift: Shift; name: (product: ShiftProduct) => string; online: boolean; onRefresh: () => void }) {
  const { t } = useTranslation('shifts');
  const language = useLanguage();
  const queries = useQueryClient();
  const [entries, setEntries] = useState<Record<string, CountEntry>>({});
  const [sending, setSending] = useState(false);
  const [refusal, setRefusal] = useState<string>();
  const attempt = useRef<{ key: string; id: string }>(undefined);
  const unsent = useLiveQuery(
    async () => (await db.outbox.where('status').anyOf('pending', 'refused').toArray()).filter((record) => record.pointId === shift.kitPointId).length,
    [shift.kitPointId],
  );
  // Once the phone's records of the kit have been sent, the ledger's figures change: read them again.
  const previousUnsent = useRef(unsent);
  useEffect(() => {
    if (previousUnsent.current !== undefined && unsent !== undefined && unsent < previousUnsent.current) onRefresh();
    previousUnsent.current = unsent;
  }, [unsent, onRefresh]);

  const entryOf = (productId: string) => entries[productId] ?? EMPTY_COUNT;
  const set = (productId: string, field: keyof CountEntry, value: string) => setEntries((before) => ({ ...before, [productId]: { ...entryOf(productId), [field]: value } }));
  const results = shift.products.map((product) => ({ product, result: reconcile(product.expected, entryOf(product.productId)) }));
  const ready = results.every(({ result }) => result.complete);
  const blocked = (unsent ?? 0) > 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready || blocked || !online || sending) return;
    const counts = shift.products.map((product) => countRequest(product.productId, product.expected, entryOf(product.productId)));
    attempt.current = attemptId(attempt.current, counts, newId);
    setSending(true);
    setRefusal(undefined);
    try {
      const { data, error, response } = await api.POST('/api/v1/outreach-shifts/{id}/close', {
        params: { path: { id: shift.id } },
        body: { id: attempt.current.id, counts },
      });
      if (data) {
        queries.setQueryData(['shifts', 'one', shift.id], data);
        await queries.invalidateQueries({ queryKey: ['shifts'] });
        await queries.invalidateQueries({ queryKey: ['stock'] });
        return;
      }
      const problem = asProblem(error, response.status);
      setRefusal(problemMessage(t, problem));
      // The ledger moved on (a record arrived) or someone else closed it: show the figures as they are now.
      if (problem.code === 'SHIFT_DIFFERENCE_UNEXPLAINED' || problem.code === 'SHIFT_CLOSED') onRefresh();
    } catch {
      setRefusal(t('noAnswer'));
    } finally {
      setSending(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="form" noValidate>
      <h2>{t('closeTitle')}</h2>
      <p className="muted">{t('closeHint')}</p>
      {results.map(({ product, result }) => {
        const entry = entryOf(product.productId);
        const difference = result.difference ?? 0;
        return (
          <fieldset key={product.productId}>
            <legend>{name(product)}</legend>
            <NumberField
              label={t('counted')}
              hint={t('expectedHint', { value: formatNumber(product.expected, language) })}
              value={entry.counted}
              onChange={(value) => set(product.productId, 'counted', value)}
            />
            {result.difference === 0 && <p className="muted">{t('matches')}</p>}
            {difference < 0 && (
              <>
                <p>{t('shortBy', { value: formatNumber(-difference, language) })}</p>
                <NumberField label={t('unrecorded')} value={entry.unrecorded} onChange={(value) => set(product.productId, 'unrecorded', value)} />
                <NumberField label={t('lost')} value={entry.lost} onChange={(value) => set(product.productId, 'lost', value)} />
                <NumberField label={t('damaged')} value={entry.damaged} onChange={(value) => set(product.productId, 'damaged', value)} />
              </>
            )}
            {difference > 0 && (
              <>
                <p>{t('overBy', { value: formatNumber(difference, language) })}</p>
                <NumberField label={t('found')} value={entry.found} onChange={(value) => set(product.productId, 'found', value)} />
              </>
            )}
            {difference !== 0 && (
              <p className={result.remaining === 0 ? 'muted' : 'warn'} aria-live="polite">
                {result.remaining === 0
                  ? t('explained')
                  : result.remaining > 0
                    ? t('stillToExplain', { value: formatNumber(result.remaining, language) })
                    : t('explainedTooMuch', { value: formatNumber(-result.remaining, language) })}
              </p>
            )}
          </fieldset>
        );
      })}
      {blocked && (
        <div className="notice" role="status">
          <p>{t('unsentRecords', { count: unsent })}</p>
          <Link href="/outbox">{t('openOutbox')}</Link>
        </div>
      )}
      {!online && <p className="error">{t('needsConnection')}</p>}
      {!ready && <p className="muted">{t('closeWhenExplained')}</p>}
      {refusal && (
        <p className="refusal" role="alert">
          {refusal}
        </p>
      )}
      <button type="submit" className="primary" disabled={!ready || blocked || !online || sending}>
        {sending ? t('closing') : t('closeShift')}
      </button>
    </form>
  );
}

/** A closed shift: per product what was counted, how a difference was explained, and what went back. */
function ClosedResult({ shift, name, timeZone }: { shift: Shift; name: (product: ShiftProduct) => string; timeZone: string }) {
  const { t } = useTranslation('shifts');
  const language = useLanguage();
  const n = (value: number | null) => formatNumber(value ?? 0, language);
  return (
    <>
      <p className="notice" role="status">
        {t('closedBy', { time: formatDateTime(shift.closedAt ?? shift.startedAt, language, timeZone), user: shift.closedBy ?? '' })}
      </p>
      <ul className="cards">
        {shift.products.map((product) => (
          <li key={product.productId} className="card">
            <h2>{name(product)}</h2>
            <p className="figures">
              <span>{t('inBagAtStart', { value: n(product.opening + product.issued) })}</span>
              <span>{t('recordedHandedOut', { value: n(product.distributed) })}</span>
              <span>{t('countedValue', { value: n(product.counted) })}</span>
            </p>
            <ul>
              {(product.unrecorded ?? 0) > 0 && <li>{t('unrecordedValue', { value: n(product.unrecorded) })}</li>}
              {(product.lost ?? 0) > 0 && <li>{t('lostValue', { value: n(product.lost) })}</li>}
              {(product.damaged ?? 0) > 0 && <li>{t('damagedValue', { value: n(product.damaged) })}</li>}
              {(product.found ?? 0) > 0 && <li>{t('foundValue', { value: n(product.found) })}</li>}
              {(product.difference ?? 0) === 0 && <li>{t('noDifference')}</li>}
            </ul>
            <p>
              {shift.remainder === 'return'
                ? t('returnedValue', { value: n(product.returned), point: shift.issuingPointName })
                : t('keptValue', { value: n(product.counted) })}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
