import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { api } from '../../api/client';
import { cachedRead } from '../../api/cached-read';
import { LoadState } from '../../components/LoadState';
import { newId } from '../../components/uuid';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { usePoint, useProducts } from '../points/queries';
import { productName } from '../stock/product-name';
import { useCapture } from './use-capture';

const REVERSIBLE = ['receipt', 'distribution', 'adjustment', 'stock_count', 'kit_assembly', 'kit_disassembly'];

/** Undo a mistake: history is never edited, a reversing movement takes it back. Lists the point's recent movements. */
export function ReversalPage() {
  const { pointId } = useParams<{ pointId: string }>();
  const { t } = useTranslation('movements');
  const { t: to } = useTranslation('outbox');
  const language = useLanguage();
  const { point } = usePoint(pointId);
  const catalogue = useProducts().data?.data.items;
  const save = useCapture(pointId);
  const movements = useQuery({
    queryKey: ['movements', pointId],
    queryFn: () => cachedRead(`movements:${pointId}`, (signal) => api.GET('/api/v1/points/{pointId}/movements', { params: { path: { pointId }, query: { limit: 30 } }, signal })),
  });
  const items = movements.data?.data.items;
  const reversed = new Set(items?.flatMap((movement) => (movement.reversesMovementId ? [movement.reversesMovementId] : [])));

  const reverse = async (movementId: string) => {
    if (!window.confirm(t('reverseConfirm'))) return;
    await save({ id: newId(), type: 'reversal', occurredAt: new Date().toISOString(), reversesMovementId: movementId, lines: [] });
  };

  return (
    <section>
      <h1>{t('titles.reversal')}</h1>
      {point && <p className="muted">{point.name}</p>}
      <p className="hint">{t('reversalHelp')}</p>
      {!items && <LoadState query={movements} />}
      <ul className="cards">
        {items
          ?.filter((movement) => REVERSIBLE.includes(movement.type))
          .map((movement) => (
            <li key={movement.id} className="card">
              <h2 className="record-title">{to(`types.${movement.type}`)}</h2>
              <p className="muted">
                {formatDateTime(movement.occurredAt, language, point?.timeZone ?? 'Asia/Jakarta')} · {movement.recordedBy}
              </p>
              <ul className="record-lines">
                {movement.lines.map((line) => (
                  <li key={line.lineNo}>
                    {productName(line.productId, line.productId, catalogue, language)} ({line.lotNumber}): {formatNumber(line.quantity, language)}
                  </li>
                ))}
              </ul>
              {reversed.has(movement.id) ? (
                <p className="muted">{t('alreadyReversed')}</p>
              ) : (
                <button type="button" className="danger" onClick={() => void reverse(movement.id)}>
                  {t('reverseThis')}
                </button>
              )}
            </li>
          ))}
      </ul>
    </section>
  );
}
