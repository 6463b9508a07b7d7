import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberField, parseWhole } from '../../components/NumberField';
import { newId } from '../../components/uuid';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import type { MovementBody } from '../outbox/outbox-types';
import { useProducts } from '../points/queries';
import { isUsable } from '../stock/fefo';
import { productName } from '../stock/product-name';
import { isRecordedLot, type ProductStock } from '../stock/projection';
import { countOneMore, matchLine } from '../scan/lines';
import { ScanField, type ScanHit } from '../scan/ScanField';
import { reasonsFor, type AdjustmentReason } from './reasons';

interface CountInput {
  counted: string;
  reason: AdjustmentReason | '';
}

/**
 * Stock count (stock opname) of the whole point in one pass: every lot the records hold, the counted quantity, and a
 * reason wherever the count differs from the records.
 */
export function StockCountForm({ stock, today, initial, onSubmit }: {
  stock: ProductStock[];
  today: string;
  initial?: MovementBody;
  onSubmit: (body: MovementBody) => Promise<void>;
}) {
  const { t } = useTranslation('movements');
  const { t: tscan } = useTranslation('scan');
  const language = useLanguage();
  const catalogue = useProducts().data?.data.items;
  const [inputs, setInputs] = useState<Record<string, CountInput>>(() =>
    Object.fromEntries((initial?.lines ?? []).map((line) => [line.lotId!, { counted: String(line.quantity), reason: line.reason ?? '' }])),
  );
  const [submitted, setSubmitted] = useState(false);
  const lots = stock.flatMap((product) => product.lots.filter(isRecordedLot).filter((lot) => lot.quantity > 0 || inputs[lot.lotId]).map((lot) => ({ product, lot })));
  const input = (lotId: string): CountInput => inputs[lotId] ?? { counted: '', reason: '' };
  const set = (lotId: string, change: Partial<CountInput>) => setInputs((current) => ({ ...current, [lotId]: { ...input(lotId), ...change } }));

  // Scanning item after item: each scan counts one more on the line of its product and lot (a recorded lot with
  // nothing left appears as a line when scanned).
  const onScan = (hit: ScanHit) => {
    const recordedLots = stock.flatMap((product) => product.lots.filter(isRecordedLot).map((lot) => ({ lotId: lot.lotId, productId: product.productId, lotNumber: lot.lotNumber })));
    const name = productName(hit.product.id, hit.product.name, catalogue, language);
    const line = matchLine(recordedLots, hit.product.id, hit.lotNumber);
    if (!line) return { refused: tscan(hit.lotNumber === undefined ? 'lotNeeded' : 'lotNotRecorded', { product: name, lot: hit.lotNumber }) };
    const counted = countOneMore(input(line.lotId).counted);
    set(line.lotId, { counted });
    return { done: tscan('lineAdded', { product: name, lot: line.lotNumber, count: Number(counted) }) };
  };

  const problems = lots.filter(({ lot }) => {
    const counted = parseWhole(input(lot.lotId).counted);
    if (counted === undefined) return true;
    const difference = counted - lot.quantity;
    const reason = input(lot.lotId).reason;
    return difference !== 0 && (!reason || !reasonsFor(difference, !isUsable(lot, today)).includes(reason));
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (problems.length > 0 || lots.length === 0) return;
    await onSubmit({
      id: initial?.id ?? newId(),
      type: 'stock_count',
      occurredAt: initial?.occurredAt ?? new Date().toISOString(),
      lines: lots.map(({ product, lot }) => {
        const counted = parseWhole(input(lot.lotId).counted)!;
        const reason = input(lot.lotId).reason;
        return { productId: product.productId, lotId: lot.lotId, quantity: counted, ...(counted !== lot.quantity && reason ? { reason } : {}) };
      }),
    });
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="form" noValidate>
      <ScanField catalogue={catalogue} onHit={onScan} />
      <button type="button" onClick={() => setInputs(Object.fromEntries(lots.map(({ lot }) => [lot.lotId, { counted: String(lot.quantity), reason: '' as const }])))}>
        {t('allAsRecorded')}
      </button>
      {lots.map(({ product, lot }) => {
        const value = input(lot.lotId);
        const counted = parseWhole(value.counted);
        const difference = counted === undefined ? 0 : counted - lot.quantity;
        const name = productName(product.productId, product.productName, catalogue, language);
        return (
          <div key={lot.lotId} className="line">
            <NumberField
              label={t('countedLot', { product: name, lot: lot.lotNumber })}
              hint={t('recorded', { value: formatNumber(lot.quantity, language), expiry: formatDate(lot.expiryDate, language) })}
              value={value.counted}
              onChange={(counted) => set(lot.lotId, { counted })}
              error={submitted && counted === undefined ? t('countNeeded') : undefined}
            />
            {difference !== 0 && (
              <label>
                {t('differenceReason', { value: formatNumber(difference, language) })}
                <select value={value.reason} onChange={(event) => set(lot.lotId, { reason: event.target.value as AdjustmentReason })}>
                  <option value="">{t('chooseReason')}</option>
                  {reasonsFor(difference, !isUsable(lot, today)).map((reason) => (
                    <option key={reason} value={reason}>
                      {t(`reasons.${reason}`)}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </div>
        );
      })}
      {submitted && problems.length > 0 && (
        <p className="error" role="alert">
          {t('countIncomplete', { count: problems.length })}
        </p>
      )}
      <button type="submit" className="primary">
        {t('save')}
      </button>
    </form>
  );
}
