import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import { flash } from '../../components/flash';
import { LoadState } from '../../components/LoadState';
import { db } from '../../db/db';
import { useSession } from '../auth/session';
import { enqueue } from '../outbox/outbox';
import type { MovementBody } from '../outbox/outbox-types';
import { requestSync } from '../outbox/sync-runner';
import { usePoint } from '../points/queries';
import { useProjectedStock } from '../stock/queries';
import { DistributionForm } from './DistributionForm';

export function DistributionPage() {
  const { pointId } = useParams<{ pointId: string }>();
  const { t } = useTranslation('movements');
  const [, navigate] = useLocation();
  const session = useSession()!;
  const { point } = usePoint(pointId);
  const stock = useProjectedStock(pointId, point?.timeZone);

  const save = async (body: MovementBody) => {
    await enqueue(db, { id: body.id, pointId, username: session.username, body });
    flash(t('savedOnPhone'));
    navigate(`/points/${pointId}`);
    void requestSync();
  };

  return (
    <section>
      <h1>{t('distributionTitle')}</h1>
      {point && <p className="muted">{point.name}</p>}
      <p className="hint">{t('noClientDetails')}</p>
      {stock.products ? <DistributionForm stock={stock.products} today={stock.today} onSubmit={save} /> : <LoadState query={stock.query} />}
    </section>
  );
}
