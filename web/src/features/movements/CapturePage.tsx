import { useTranslation } from 'react-i18next';
import { Redirect, useParams } from 'wouter';
import { LoadState } from '../../components/LoadState';
import { usePoint } from '../points/queries';
import { useProjectedStock } from '../stock/queries';
import { CAPTURE_TYPES, MovementForm, type CaptureType } from './MovementForm';
import { useCapture } from './use-capture';

/** /points/:pointId/record/:type: a new distribution, receipt, adjustment or stock count at the point. */
export function CapturePage() {
  const { pointId, type } = useParams<{ pointId: string; type: string }>();
  const { t } = useTranslation('movements');
  const { point } = usePoint(pointId);
  const stock = useProjectedStock(pointId, point?.timeZone);
  const save = useCapture(pointId);
  if (!CAPTURE_TYPES.includes(type as CaptureType)) return <Redirect to={`/points/${pointId}`} replace />;

  return (
    <section>
      <h1>{t(`titles.${type}`)}</h1>
      {point && <p className="muted">{point.name}</p>}
      <p className="hint">{t('noClientDetails')}</p>
      {stock.products ? (
        <MovementForm type={type as CaptureType} stock={stock.products} today={stock.today} onSubmit={save} />
      ) : (
        <LoadState query={stock.query} />
      )}
    </section>
  );
}
