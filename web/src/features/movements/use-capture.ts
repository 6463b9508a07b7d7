import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { flash } from '../../components/flash';
import { db } from '../../db/db';
import { useSession } from '../auth/session';
import { enqueue } from '../outbox/outbox';
import type { MovementBody } from '../outbox/outbox-types';
import { requestSync } from '../outbox/sync-runner';

/** Saving a capture: into the outbox first (so nothing is lost), back to the point, then an attempt to send. */
export function useCapture(pointId: string): (body: MovementBody) => Promise<void> {
  const { t } = useTranslation('movements');
  const [, navigate] = useLocation();
  const session = useSession()!;
  return async (body) => {
    await enqueue(db, { id: body.id, pointId, username: session.username, body });
    flash(t('savedOnPhone'));
    navigate(`/points/${pointId}`);
    void requestSync();
  };
}
