import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { problemMessage } from '../../components/problem-message';
import { db } from '../../db/db';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { useSession } from '../auth/session';
import { usePoints, useProducts } from '../points/queries';
import { productName } from '../stock/product-name';
import { canBeFixed } from './FixRecordPage';
import { discard } from './outbox';
import { requestSync } from './sync-runner';
import { occurredAt } from './outbox-types';
import { useOutboxRecords } from './use-outbox';
import { SharpsSummary } from '../sharps/SharpsSummary';

/** Every capture on this phone: waiting, sent, or refused with the server's reason and a way to fix or discard it. */
export function OutboxPage() {
  const { t } = useTranslation('outbox');
  const language = useLanguage();
  const session = useSession()!;
  const records = useOutboxRecords(session.username);
  const points = usePoints().data?.data.items;
  const catalogue = useProducts().data?.data.items;
  const [sending, setSending] = useState(false);
  const pending = records?.filter((record) => record.status === 'pending').length ?? 0;
  const refused = records?.filter((record) => record.status === 'refused').length ?? 0;

  const sendNow = async () => {
    setSending(true);
    try {
      await requestSync();
    } finally {
      setSending(false);
    }
  };

  return (
    <section>
      <h1>{t('title')}</h1>
      <p role="status" className="summary">
        {t('waitingCount', { count: pending, value: formatNumber(pending, language) })}
        {refused > 0 && <> · {t('refusedCount', { count: refused, value: formatNumber(refused, language) })}</>}
      </p>
      {pending > 0 && (
        <button type="button" className="primary" onClick={() => void sendNow()} disabled={sending || session.expired}>
          {sending ? t('sending') : t('sendNow')}
        </button>
      )}
      {records?.length === 0 && <p>{t('empty')}</p>}
      <ul className="cards">
        {records?.map((record) => {
          const point = points?.find((candidate) => candidate.id === record.pointId);
          return (
            <li key={record.id} className={`card record record-${record.status}`}>
              <h2 className="record-title">
                {t(`types.${record.kind === 'movement' ? record.body.type : record.kind === 'sharps' ? `sharps_${record.body.type}` : record.kind}`)} <span className={`status status-${record.status}`}>{t(`status.${record.status}`)}</span>
              </h2>
              <p className="muted">
                {point?.name} · {formatDateTime(occurredAt(record), language, point?.timeZone ?? 'Asia/Jakarta')}
              </p>
              {record.kind === 'movement' ? (
                <ul className="record-lines">
                  {record.body.lines.map((line, index) => (
                    <li key={index}>
                      {productName(line.productId, line.productId, catalogue, language)}
                      {line.lotNumber && ` (${line.lotNumber})`}: {formatNumber(line.quantity, language)}
                      {line.reason && ` · ${t(`movements:reasons.${line.reason}`)}`}
                    </li>
                  ))}
                  {record.body.contacts !== undefined && <li>{t('contacts', { value: formatNumber(record.body.contacts, language) })}</li>}
                </ul>
              ) : record.kind === 'resupply_request' ? (
                <ul className="record-lines">
                  {record.body.lines.map((line) => (
                    <li key={line.productId}>
                      {productName(line.productId, line.productId, catalogue, language)}: {formatNumber(line.quantity, language)}
                    </li>
                  ))}
                </ul>
              ) : record.kind === 'shipment_dispatch' ? (
                <ul className="record-lines">
                  <li>{t('shipments:to', { point: record.toPointName })}</li>
                  {record.body.lines.map((line) => (
                    <li key={line.productId}>
                      {productName(line.productId, line.productId, catalogue, language)}: {formatNumber(line.quantity, language)}
                    </li>
                  ))}
                </ul>
              ) : record.kind === 'sharps' ? (
                <ul className="record-lines">
                  <SharpsSummary body={record.body} toPointName={record.toPointName} />
                </ul>
              ) : (
                <ul className="record-lines">
                  <li>{t('shipments:from', { point: record.shipment.fromPointName })}</li>
                  {record.body.lines.map((line) => {
                    const sent = record.shipment.lines.find((candidate) => candidate.lotId === line.lotId);
                    return (
                      <li key={line.lotId}>
                        {sent && productName(sent.productId, sent.productName, catalogue, language)}
                        {sent && ` (${sent.lotNumber})`}: {t('shipments:receivedOfSent', { received: formatNumber(line.quantityReceived, language), sent: formatNumber(sent?.quantitySent ?? 0, language) })}
                        {line.discrepancyReason && ` · ${t(`movements:reasons.${line.discrepancyReason}`)}`}
                      </li>
                    );
                  })}
                </ul>
              )}
              {record.status === 'pending' && record.lastError && <p className="muted">{t('notSentYet')}</p>}
              {record.status === 'refused' && record.refusal && (
                <div className="refusal" role="alert">
                  <p>
                    <strong>{t('refusedBecause')}</strong> {problemMessage(t, record.refusal)}
                  </p>
                  {record.refusal.detail && <p className="muted">{record.refusal.detail}</p>}
                  <div className="actions">
                    {canBeFixed(record) && (
                      <Link href={`/outbox/${record.id}/fix`} className="button primary">
                        {t('fix')}
                      </Link>
                    )}
                    <button
                      type="button"
                      className="danger"
                      onClick={() => {
                        if (window.confirm(t('discardConfirm'))) void discard(db, record.id);
                      }}
                    >
                      {t('discard')}
                    </button>
                  </div>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
