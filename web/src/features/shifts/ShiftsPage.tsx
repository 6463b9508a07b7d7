import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { api, asProblem } from '../../api/client';
import { flash } from '../../components/flash';
import { LoadState } from '../../components/LoadState';
import { NumberField, parseWhole } from '../../components/NumberField';
import { problemMessage } from '../../components/problem-message';
import { useOnline } from '../../components/use-online';
import { newId } from '../../components/uuid';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { usePoint, useProducts, type Point } from '../points/queries';
import { productName } from '../stock/product-name';
import { useProjectedStock } from '../stock/queries';
import { attemptId, prefillFromLastShift } from './reconcile';
import { useLastShiftOfKit, useOpenShiftsIssuedBy, useSuppliedKits, type Shift } from './queries';

/**
 * /points/:pointId/shifts: the outreach kits this point supplies, each with its open shift, and the start of a shift
 * for a kit without one. Online only: the bag is issued by the server at once, from the point's stock.
 */
export function ShiftsPage() {
  const { pointId } = useParams<{ pointId: string }>();
  const { t } = useTranslation('shifts');
  const language = useLanguage();
  const online = useOnline();
  const { point } = usePoint(pointId);
  const kits = useSuppliedKits(pointId);
  const open = useOpenShiftsIssuedBy(pointId);
  const [starting, setStarting] = useState<string>();
  const timeZone = point?.timeZone ?? 'Asia/Jakarta';

  return (
    <section>
      <h1>{t('title')}</h1>
      {point && <p className="muted">{t('fromPoint', { point: point.name })}</p>}
      {!online && (
        <p className="notice" role="status">
          {t('needsConnection')}
        </p>
      )}
      {!kits.data && <LoadState query={kits} />}
      {kits.data?.data.length === 0 && <p>{t('noKits')}</p>}
      <ul className="cards">
        {kits.data?.data.map((kit) => {
          const shift = open.data?.find((candidate) => candidate.kitPointId === kit.id);
          return (
            <li key={kit.id} className="card">
              <h2>{kit.name}</h2>
              <p className="muted">{kit.code}</p>
              {shift && (
                <>
                  <p>{t('openSince', { time: formatDateTime(shift.startedAt, language, timeZone), officers: shift.officers.join(', ') })}</p>
                  <Link href={`/points/${pointId}/shifts/${shift.id}`} className="button">
                    {t('viewShift', { kit: kit.name })}
                  </Link>
                </>
              )}
              {!shift && open.data && starting !== kit.id && (
                <>
                  <p>{t('noOpenShift')}</p>
                  <button type="button" className="primary" onClick={() => setStarting(kit.id)}>
                    {t('startShift')}
                  </button>
                </>
              )}
              {!shift && online && open.isError && <p className="error">{t('notReachable')}</p>}
              {!shift && starting === kit.id && <StartShiftForm pointId={pointId} kit={kit} online={online} onCancel={() => setStarting(undefined)} />}
            </li>
          );
        })}
      </ul>
      <Link href={`/points/${pointId}`}>{t('backToStock')}</Link>
    </section>
  );
}

/** The bag for one kit: prefilled from the kit's last shift, quantities editable, products added or removed. */
function StartShiftForm({ pointId, kit, online, onCancel }: { pointId: string; kit: Point; online: boolean; onCancel: () => void }) {
  const { t } = useTranslation('shifts');
  const language = useLanguage();
  const [, navigate] = useLocation();
  const queries = useQueryClient();
  const { point } = usePoint(pointId);
  const catalogue = useProducts().data?.data.items;
  const stock = useProjectedStock(pointId, point?.timeZone);
  const last = useLastShiftOfKit(kit.id);
  if (last.isPending || !stock.products) return <LoadState query={last.isPending ? last : stock.query} />;
  return (
    <StartShiftFields
      key={last.data?.id ?? 'none'}
      pointId={pointId}
      kit={kit}
      online={online}
      last={last.data ?? null}
      stock={stock.products}
      name={(productId, fallback) => productName(productId, fallback, catalogue, language)}
      onCancel={onCancel}
      onStarted={async (shift) => {
        await queries.invalidateQueries({ queryKey: ['shifts'] });
        flash(t('started', { kit: kit.name }));
        navigate(`/points/${pointId}/shifts/${shift.id}`);
      }}
    />
  );
}

function StartShiftFields({
  pointId,
  kit,
  online,
  last,
  stock,
  name,
  onCancel,
  onStarted,
}: {
  pointId: string;
  kit: Point;
  online: boolean;
  last: Shift | null;
  stock: { productId: string; productName: string; usable: number }[];
  name: (productId: string, fallback: string) => string;
  onCancel: () => void;
  onStarted: (shift: Shift) => Promise<void>;
}) {
  const { t } = useTranslation('shifts');
  const language = useLanguage();
  const [quantities, setQuantities] = useState<Record<string, string>>(() => prefillFromLastShift(last));
  const [remainder, setRemainder] = useState<'return' | 'keep'>(last?.remainder ?? 'return');
  const [adding, setAdding] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [sending, setSending] = useState(false);
  const [refusal, setRefusal] = useState<{ message: string; openShiftId?: string }>();
  const attempt = useRef<{ key: string; id: string }>(undefined);

  const usableOf = (productId: string) => stock.find((product) => product.productId === productId)?.usable ?? 0;
  const nameOf = (productId: string) =>
    name(productId, stock.find((product) => product.productId === productId)?.productName ?? last?.products.find((product) => product.productId === productId)?.productName ?? productId);
  const lines = Object.keys(quantities);
  const addable = stock.filter((product) => product.usable > 0 && !(product.productId in quantities));
  const short = lines.filter((productId) => (parseWhole(quantities[productId]) ?? 0) > usableOf(productId));
  const chosen = lines.filter((productId) => (parseWhole(quantities[productId]) ?? 0) > 0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (sending || !online || chosen.length === 0 || short.length > 0) return;
    const body = { kitPointId: kit.id, remainder, lines: chosen.map((productId) => ({ productId, quantity: parseWhole(quantities[productId])! })) };
    attempt.current = attemptId(attempt.current, body, newId);
    setSending(true);
    setRefusal(undefined);
    try {
      const { data, error, response } = await api.POST('/api/v1/outreach-shifts', { body: { ...body, id: attempt.current.id } });
      if (data) return await onStarted(data);
      setRefusal({ message: problemMessage(t, asProblem(error, response.status)), openShiftId: (error as { openShiftId?: string } | undefined)?.openShiftId });
    } catch {
      // No answer: the same id is sent again on the next tap, so the bag is issued once.
      setRefusal({ message: t('noAnswer') });
    } finally {
      setSending(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="form" noValidate>
      <p className="muted">{last ? t('prefilled') : t('firstShift')}</p>
      <fieldset>
        <legend>{t('bagFor')}</legend>
        {lines.length === 0 && <p>{t('emptyBag')}</p>}
        {lines.map((productId) => {
          const product = nameOf(productId);
          return (
            <div key={productId} className="line">
              <NumberField
                label={product}
                hint={t('available', { value: formatNumber(usableOf(productId), language) })}
                value={quantities[productId]}
                onChange={(next) => setQuantities((before) => ({ ...before, [productId]: next }))}
                error={short.includes(productId) ? t('notEnough', { value: formatNumber(usableOf(productId), language) }) : undefined}
              />
              <button
                type="button"
                className="link-button"
                aria-label={t('removeProduct', { product })}
                onClick={() =>
                  setQuantities((before) => Object.fromEntries(Object.entries(before).filter(([candidate]) => candidate !== productId)))
                }
              >
                {t('remove')}
              </button>
            </div>
          );
        })}
        {addable.length > 0 && (
          <div className="field">
            <label htmlFor={`add-${kit.id}`}>{t('addProduct')}</label>
            <select id={`add-${kit.id}`} value={adding} onChange={(event) => setAdding(event.target.value)}>
              <option value="">{t('chooseProduct')}</option>
              {addable.map((product) => (
                <option key={product.productId} value={product.productId}>
                  {nameOf(product.productId)}
                </option>
              ))}
            </select>
            <button
              type="button"
              disabled={adding === ''}
              onClick={() => {
                setQuantities((before) => ({ ...before, [adding]: '' }));
                setAdding('');
              }}
            >
              {t('add')}
            </button>
          </div>
        )}
        {submitted && chosen.length === 0 && <p className="error">{t('nothingInBag')}</p>}
      </fieldset>
      <fieldset>
        <legend>{t('remainderQuestion')}</legend>
        <label className="choice">
          <input type="radio" name={`remainder-${kit.id}`} checked={remainder === 'return'} onChange={() => setRemainder('return')} />
          <span>{t('remainderReturn')}</span>
        </label>
        <label className="choice">
          <input type="radio" name={`remainder-${kit.id}`} checked={remainder === 'keep'} onChange={() => setRemainder('keep')} />
          <span>{t('remainderKeep')}</span>
        </label>
      </fieldset>
      {!online && <p className="error">{t('needsConnection')}</p>}
      {refusal && (
        <div className="refusal" role="alert">
          <p>{refusal.message}</p>
          {refusal.openShiftId && (
            <Link href={`/points/${pointId}/shifts/${refusal.openShiftId}`}>{t('viewShift', { kit: kit.name })}</Link>
          )}
        </div>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={sending || !online}>
          {sending ? t('starting') : t('startShift')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
