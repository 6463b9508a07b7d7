import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { CopyAge } from '../../components/CopyAge';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { useInboundShipments } from './queries';

/** What is on its way to the point: each shipment dispatched to it and not received yet, with a way to receive it. */
export function InboundList({ pointId, timeZone, received }: { pointId: string; timeZone: string; received: Set<string> | undefined }) {
  const { t } = useTranslation('shipments');
  const language = useLanguage();
  const shipments = useInboundShipments(pointId);
  // Until the outbox is read it is not known which of these were received on this phone: show none rather than flicker.
  const items = received ? (shipments.data?.data.items ?? []).filter((shipment) => !received.has(shipment.id)) : [];
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="inbound-title">
      <h2 id="inbound-title">{t('inboundTitle')}</h2>
      <CopyAge answer={shipments.data} timeZone={timeZone} />
      <ul className="cards">
        {items.map((shipment) => (
          <li key={shipment.id} className="card">
            <h3>{t('from', { point: shipment.fromPointName })}</h3>
            <p className="muted">{t('dispatched', { when: formatDateTime(shipment.dispatchedAt, language, timeZone) })}</p>
            <ul className="record-lines">
              {shipment.lines.map((line) => (
                <li key={line.lotId}>
                  {(language === 'id' && line.productNameId) || line.productName}:{' '}
                  {t('lineSent', { value: formatNumber(line.quantitySent, language), lot: line.lotNumber, expiry: formatDate(line.expiryDate, language) })}
                </li>
              ))}
            </ul>
            <Link href={`/points/${pointId}/shipments/${shipment.id}/receive`} className="button primary">
              {t('receive')}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
