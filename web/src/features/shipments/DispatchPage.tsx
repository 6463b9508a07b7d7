import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import { flash } from '../../components/flash';
import { LoadState } from '../../components/LoadState';
import { NumberField, parseWhole } from '../../components/NumberField';
import { newId } from '../../components/uuid';
import { db } from '../../db/db';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { useSession } from '../auth/session';
import { enqueueShipmentDispatch } from '../outbox/outbox';
import { requestSync } from '../outbox/sync-runner';
import type { ShipmentDispatchBody } from '../outbox/outbox-types';
import { usePoint, useProducts } from '../points/queries';
import { planFefo } from '../stock/fefo';
import { productName } from '../stock/product-name';
import { useProjectedStock } from '../stock/queries';
import { useLiveQuery } from '../../db/live-query';
import { stillToSend, useDestinations, useRequestsToFulfil, type RequestToFulfil } from './queries';

/**
 * /points/:pointId/dispatch: a shipment to a point this one supplies. Quantities per product in units; the lots leave
 * first-expired-first-out (shown, never asked). An approved request this point supplies can be chosen first: it fills
 * the destination and what is still to send, and the shipment is sent against it (the server checks it and follows the
 * request to receipt). Saved in the outbox; its id makes a resend count once.
 */
export function DispatchPage() {
  const { pointId } = useParams<{ pointId: string }>();
  const { t } = useTranslation('shipments');
  const { t: tm } = useTranslation('movements');
  const session = useSession()!;
  const [, navigate] = useLocation();
  const { point } = usePoint(pointId);

  const save = async (body: Omit<ShipmentDispatchBody, 'id'>, toPointName: string) => {
    const id = newId();
    await enqueueShipmentDispatch(db, { id, pointId, username: session.username, toPointName, body: { ...body, id } });
    flash(tm('savedOnPhone'));
    navigate(`/points/${pointId}`);
    void requestSync();
  };

  return (
    <section>
      <h1>{t('dispatchTitle')}</h1>
      {point && <p className="muted">{t('fromHere', { point: point.name })}</p>}
      <DispatchForm pointId={pointId} onSave={save} />
    </section>
  );
}

/**
 * The dispatch form, new or (from the outbox) a refused one to correct: `initial` is the refused body, whose own
 * request stays on offer even though the phone holds a dispatch for it.
 */
export function DispatchForm({
  pointId,
  initial,
  onSave,
}: {
  pointId: string;
  initial?: ShipmentDispatchBody;
  onSave: (body: Omit<ShipmentDispatchBody, 'id'>, toPointName: string) => Promise<void>;
}) {
  const { t } = useTranslation('shipments');
  const { t: tm } = useTranslation('movements');
  const language = useLanguage();
  const { point } = usePoint(pointId);
  const catalogue = useProducts().data?.data.items;
  const stock = useProjectedStock(pointId, point?.timeZone);
  const destinations = useDestinations(pointId);
  const requests = useRequestsToFulfil(pointId);
  // A request dispatched from this phone is not offered again while that dispatch waits (or was refused and not
  // discarded), nor once sent until the server's list is newer than the sending (it then shows what is left).
  const dispatchedOnPhone = useLiveQuery(
    async () =>
      (await db.outbox.where('status').anyOf('pending', 'refused', 'sent').toArray()).flatMap((record) =>
        record.kind === 'shipment_dispatch' && record.body.resupplyRequestId && record.id !== initial?.id
          ? [{ requestId: record.body.resupplyRequestId, sentAt: record.status === 'sent' ? record.sentAt : undefined }]
          : [],
      ),
    [initial?.id],
  );
  const [requestId, setRequestId] = useState<string | undefined>(initial?.resupplyRequestId);
  const [toPointId, setToPointId] = useState(initial?.toPointId ?? '');
  const [quantities, setQuantities] = useState<Record<string, string>>(() =>
    Object.fromEntries((initial?.lines ?? []).map((line) => [line.productId, String(line.quantity)])),
  );
  const [submitted, setSubmitted] = useState(false);

  if (!stock.products || !destinations.data || dispatchedOnPhone === undefined) return <LoadState query={stock.products ? destinations : stock.query} />;
  const offered = stock.products.filter((product) => product.usable > 0);
  const chosen = offered.filter((product) => (parseWhole(quantities[product.productId] ?? '') ?? 0) > 0);
  const short = chosen.filter((product) => planFefo(product.lots, parseWhole(quantities[product.productId])!, stock.today).short > 0);
  const destination = destinations.data.data.find((candidate) => candidate.pointId === toPointId);
  const listedAt = requests.data?.savedAt ?? '';
  const open = (requests.data?.data ?? []).filter(
    (request) => !dispatchedOnPhone?.some((dispatch) => dispatch.requestId === request.id && (dispatch.sentAt === undefined || dispatch.sentAt >= listedAt)),
  );
  const fulfilling = open.find((request) => request.id === requestId);

  const choose = (request: RequestToFulfil | undefined) => {
    setRequestId(request?.id);
    if (!request) return;
    setToPointId(request.pointId);
    setQuantities(Object.fromEntries(Object.entries(stillToSend(request)).map(([productId, quantity]) => [productId, String(quantity)])));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!destination || chosen.length === 0 || short.length > 0) return;
    await onSave(
      {
        fromPointId: pointId,
        toPointId: destination.pointId,
        ...(fulfilling && fulfilling.pointId === destination.pointId ? { resupplyRequestId: fulfilling.id } : {}),
        occurredAt: initial?.occurredAt ?? new Date().toISOString(),
        lines: chosen.map((product) => ({ productId: product.productId, quantity: parseWhole(quantities[product.productId])! })),
      },
      destination.name,
    );
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="form" noValidate>
        {open.length > 0 && (
          <fieldset>
            <legend>{t('forRequest')}</legend>
            <label className="choice">
              <input type="radio" name="request" checked={!fulfilling} onChange={() => choose(undefined)} />
              <span>{t('noRequest')}</span>
            </label>
            {open.map((request) => (
              <label key={request.id} className="choice">
                <input type="radio" name="request" value={request.id} checked={fulfilling?.id === request.id} onChange={() => choose(request)} />
                <span>
                  {t('requestOf', { point: request.pointName, date: formatDate(request.requestedAt, language) })}
                  <br />
                  <span className="muted">
                    {request.lines
                      .filter((line) => (line.approvedQuantity ?? 0) > line.shippedQuantity)
                      .map((line) => `${productName(line.productId, line.productName, catalogue, language)}: ${formatNumber((line.approvedQuantity ?? 0) - line.shippedQuantity, language)}`)
                      .join(', ')}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
        )}
        <fieldset>
          <legend>{t('toWhich')}</legend>
          {destinations.data.data.length === 0 && <p>{t('noDestinations')}</p>}
          {destinations.data.data.map((candidate) => (
            <label key={candidate.pointId} className="choice">
              <input type="radio" name="to" value={candidate.pointId} checked={toPointId === candidate.pointId} onChange={() => {
                  setToPointId(candidate.pointId);
                  if (fulfilling && fulfilling.pointId !== candidate.pointId) setRequestId(undefined);
                }} />
              <span>{candidate.name}</span>
            </label>
          ))}
          {submitted && !destination && <p className="error">{t('chooseDestination')}</p>}
        </fieldset>
        <fieldset>
          <legend>{t('whatIsSent')}</legend>
          {offered.map((product) => {
            const value = quantities[product.productId] ?? '';
            const plan = planFefo(product.lots, parseWhole(value) ?? 0, stock.today);
            return (
              <div key={product.productId} className="line">
                <NumberField
                  label={productName(product.productId, product.productName, catalogue, language)}
                  hint={tm('available', { value: formatNumber(product.usable, language) })}
                  value={value}
                  onChange={(next) => setQuantities((before) => ({ ...before, [product.productId]: next }))}
                  error={plan.short > 0 ? tm('notEnough', { value: formatNumber(product.usable, language) }) : undefined}
                />
                {plan.takes.length > 0 && plan.short === 0 && (
                  <p className="fefo">
                    {tm('fromLots')}{' '}
                    {plan.takes
                      .map((take) => tm('lotTake', { lot: take.lotNumber, expiry: formatDate(take.expiryDate, language), value: formatNumber(take.quantity, language) }))
                      .join('; ')}
                  </p>
                )}
              </div>
            );
          })}
          {submitted && chosen.length === 0 && <p className="error">{tm('nothingChosen')}</p>}
        </fieldset>
        <button type="submit" className="primary">
          {t('dispatch')}
        </button>
    </form>
  );
}
