import { useTranslation } from 'react-i18next';
import { Redirect, useLocation, useParams } from 'wouter';
import { flash } from '../../components/flash';
import { LoadState } from '../../components/LoadState';
import { problemMessage } from '../../components/problem-message';
import { db } from '../../db/db';
import { useLiveQuery } from '../../db/live-query';
import { MovementForm, type CaptureType } from '../movements/MovementForm';
import { usePoint } from '../points/queries';
import { RequestForm } from '../resupply/ResupplyPage';
import { DispatchForm } from '../shipments/DispatchPage';
import { useProjectedStock } from '../stock/queries';
import { resend } from './outbox';
import type { MovementRecord, OutboxRecord, ResupplyRequestRecord, ShipmentDispatchRecord } from './outbox-types';
import { requestSync } from './sync-runner';

/** The records a user can correct and send again; a shipment receipt is discarded and received again from the stock screen. */
export const canBeFixed = (record: OutboxRecord): boolean =>
  (record.kind === 'movement' && record.body.type !== 'reversal') || record.kind === 'shipment_dispatch' || record.kind === 'resupply_request';

/** Correct a refused record and send it again, under the same id (the server recorded nothing for it). */
export function FixRecordPage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useTranslation('outbox');
  const [, navigate] = useLocation();
  const record = useLiveQuery(() => db.outbox.where('id').equals(id).first(), [id]);

  if (record === undefined) return <LoadState query={{ isPending: true, isError: false }} />;
  if (record.status !== 'refused' || !canBeFixed(record)) return <Redirect to="/outbox" replace />;

  const done = () => {
    flash(t('resent'));
    navigate('/outbox');
    void requestSync();
  };

  return (
    <section>
      <h1>{t('fixTitle')}</h1>
      {record.refusal && (
        <p className="error" role="alert">
          {problemMessage(t, record.refusal)}
        </p>
      )}
      {record.kind === 'movement' ? (
        <FixMovement record={record} onDone={done} />
      ) : record.kind === 'shipment_dispatch' ? (
        <DispatchForm
          pointId={record.pointId}
          initial={record.body}
          onSave={async (body, toPointName) => {
            await resend<ShipmentDispatchRecord>(db, id, 'shipment_dispatch', { ...body, id }, { toPointName });
            done();
          }}
        />
      ) : record.kind === 'resupply_request' ? (
        <RequestForm
          pointId={record.pointId}
          initial={record.body}
          onSave={async (lines) => {
            await resend<ResupplyRequestRecord>(db, id, 'resupply_request', { ...record.body, lines });
            done();
          }}
        />
      ) : null}
    </section>
  );
}

function FixMovement({ record, onDone }: { record: MovementRecord; onDone: () => void }) {
  const { point } = usePoint(record.pointId);
  const stock = useProjectedStock(record.pointId, point?.timeZone);
  if (!stock.products) return <LoadState query={stock.query} />;
  return (
    <MovementForm
      type={record.body.type as CaptureType}
      stock={stock.products}
      today={stock.today}
      initial={record.body}
      onSubmit={async (body) => {
        await resend<MovementRecord>(db, record.id, 'movement', body);
        onDone();
      }}
    />
  );
}
