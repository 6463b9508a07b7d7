import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, useLocation, useParams } from 'wouter';
import { flash } from '../../components/flash';
import { LoadState } from '../../components/LoadState';
import { NumberField } from '../../components/NumberField';
import { newId } from '../../components/uuid';
import { db } from '../../db/db';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { useSession } from '../auth/session';
import { enqueueShipmentReceipt } from '../outbox/outbox';
import type { DiscrepancyReason } from '../outbox/outbox-types';
import { requestSync } from '../outbox/sync-runner';
import { usePoint, useProducts } from '../points/queries';
import { matchLine } from '../scan/lines';
import { ScanField, type ScanHit } from '../scan/ScanField';
import { productName } from '../stock/product-name';
import { useInboundShipments, useReceivedOnPhone } from './queries';
import { allAsSent, DISCREPANCY_REASONS, receiptBody, receiptProblems, summarise, type ReceivedInput } from './receipt';
import { PdfDownload } from '../../components/PdfDownload';

/**
 * /points/:pointId/shipments/:shipmentId/receive: what arrived of a shipment addressed to the point, all as sent or
 * short with the reason per lot. Saved in the outbox like every capture (works offline); its id makes a resend count once.
 */
export function ReceiveShipmentPage() {
  const { pointId, shipmentId } = useParams<{ pointId: string; shipmentId: string }>();
  const { t } = useTranslation('shipments');
  const { t: tm } = useTranslation('movements');
  const language = useLanguage();
  const session = useSession()!;
  const [, navigate] = useLocation();
  const { point } = usePoint(pointId);
  const shipments = useInboundShipments(pointId);
  const received = useReceivedOnPhone(pointId);
  const shipment = shipments.data?.data.items.find((candidate) => candidate.id === shipmentId);
  const [inputs, setInputs] = useState<Record<string, ReceivedInput>>({});
  const [submitted, setSubmitted] = useState(false);
  const [checked, setChecked] = useState<Record<string, number>>({});
  const catalogue = useProducts().data?.data.items;
  const { t: tscan } = useTranslation('scan');
  const timeZone = point?.timeZone ?? 'Asia/Jakarta';

  if (received?.has(shipmentId)) return <Redirect to={`/points/${pointId}`} replace />;
  if (!shipment) {
    if (shipments.data) return <p role="alert">{t('notInTransit')}</p>;
    return <LoadState query={shipments} />;
  }

  const current = { ...allAsSent(shipment), ...inputs };
  const problems = receiptProblems(shipment, current);
  const set = (lotId: string, change: Partial<ReceivedInput>) => setInputs((before) => ({ ...before, [lotId]: { ...current[lotId], ...change } }));

  const save = async (values: Record<string, ReceivedInput>) => {
    const id = newId();
    await enqueueShipmentReceipt(db, {
      id,
      pointId,
      username: session.username,
      shipmentId,
      shipment: summarise(shipment),
      body: receiptBody(id, new Date().toISOString(), shipment, values),
    });
    flash(tm('savedOnPhone'));
    navigate(`/points/${pointId}`);
    void requestSync();
  };

  // A scan checks an item against the shipment: the line of its product and lot is marked, a lot not in it is said plainly.
  const onScan = (hit: ScanHit) => {
    const name = productName(hit.product.id, hit.product.name, catalogue, language);
    const line = matchLine(shipment.lines, hit.product.id, hit.lotNumber);
    if (!line) return { refused: tscan(hit.lotNumber === undefined ? 'lotNeeded' : 'lotNotInShipment', { product: name, lot: hit.lotNumber }) };
    const count = (checked[line.lotId] ?? 0) + 1;
    setChecked((before) => ({ ...before, [line.lotId]: count }));
    return { done: tscan('lineAdded', { product: name, lot: line.lotNumber, count }) };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(problems).length === 0) await save(current);
  };

  const problemText = (lotId: string, sent: number) => {
    if (!submitted || !problems[lotId]) return undefined;
    if (problems[lotId] === 'moreThanSent') return t('moreThanSent', { value: formatNumber(sent, language) });
    if (problems[lotId] === 'reasonNeeded') return t('reasonNeeded');
    return t('receivedNeeded');
  };

  return (
    <section>
      <h1>{t('receiveTitle')}</h1>
      <p className="muted">
        {t('from', { point: shipment.fromPointName })} · {t('dispatched', { when: formatDateTime(shipment.dispatchedAt, language, timeZone) })}
      </p>
      <p>
        <PdfDownload path={`/api/v1/shipments/${shipment.id}/documents/sbbk.pdf`} label={t('common:documents.sbbk')} />
      </p>
      <button type="button" className="primary" onClick={() => void save(allAsSent(shipment))}>
        {t('allArrived')}
      </button>
      <p className="hint">{t('orShort')}</p>
      <ScanField catalogue={catalogue} onHit={onScan} />
      <form onSubmit={(event) => void submit(event)} className="form" noValidate>
        {shipment.lines.map((line) => {
          const name = (language === 'id' && line.productNameId) || line.productName;
          const value = current[line.lotId];
          const short = value.received !== '' && Number(value.received) < line.quantitySent;
          return (
            <div key={line.lotId} className="line">
              <NumberField
                label={t('receivedLot', { product: name, lot: line.lotNumber })}
                hint={
                  t('sentHint', { value: formatNumber(line.quantitySent, language), expiry: formatDate(line.expiryDate, language) }) +
                  (checked[line.lotId] ? ` · ${tscan('scannedCount', { count: checked[line.lotId] })}` : '')
                }
                value={value.received}
                onChange={(received) => set(line.lotId, { received })}
                error={problemText(line.lotId, line.quantitySent)}
              />
              {short && (
                <label>
                  {t('shortReason', { value: formatNumber(line.quantitySent - Number(value.received), language) })}
                  <select value={value.reason} onChange={(event) => set(line.lotId, { reason: event.target.value as DiscrepancyReason })}>
                    <option value="">{tm('chooseReason')}</option>
                    {DISCREPANCY_REASONS.map((reason) => (
                      <option key={reason} value={reason}>
                        {tm(`reasons.${reason}`)}
                      </option>
                    ))}
                  </select>
                </label>
              )}
            </div>
          );
        })}
        <button type="submit">{t('saveReceipt')}</button>
      </form>
    </section>
  );
}
