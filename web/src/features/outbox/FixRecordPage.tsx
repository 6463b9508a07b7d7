import { useTranslation } from 'react-i18next';
import { Redirect, useLocation, useParams } from 'wouter';
import { flash } from '../../components/flash';
import { LoadState } from '../../components/LoadState';
import { problemMessage } from '../../components/problem-message';
import { db } from '../../db/db';
import { useLiveQuery } from '../../db/live-query';
import { MovementForm, type CaptureType } from '../movements/MovementForm';
import { usePoint } from '../points/queries';
import { useProjectedStock } from '../stock/queries';
import { resend } from './outbox';
import type { MovementBody } from './outbox-types';
import { requestSync } from './sync-runner';

/** Correct a refused record and send it again, under the same id (the server recorded nothing for it). */
export function FixRecordPage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useTranslation('outbox');
  const [, navigate] = useLocation();
  const record = useLiveQuery(() => db.outbox.where('id').equals(id).first(), [id]);
  const { point } = usePoint(record?.pointId ?? '');
  const stock = useProjectedStock(record?.pointId ?? '', point?.timeZone);

  if (record === undefined) return <LoadState query={{ isPending: true, isError: false }} />;
  if (record.status !== 'refused' || record.kind !== 'movement') return <Redirect to="/outbox" replace />;

  const save = async (body: MovementBody) => {
    await resend(db, id, body);
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
      {record.body.type === 'reversal' ? (
        <p>{t('reversalCannotBeFixed')}</p>
      ) : stock.products ? (
        <MovementForm type={record.body.type as CaptureType} stock={stock.products} today={stock.today} initial={record.body} onSubmit={save} />
      ) : (
        <LoadState query={stock.query} />
      )}
    </section>
  );
}
