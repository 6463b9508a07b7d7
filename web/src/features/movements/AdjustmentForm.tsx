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
import { reasonsFor, signedChange, type AdjustmentReason } from './reasons';

/** One lot's stock changed for a reason (damaged, lost, found, expired write-off…): the reason decides the direction. */
export function AdjustmentForm({ stock, today, initial, onSubmit }: {
  stock: ProductStock[];
  today: string;
  initial?: MovementBody;
  onSubmit: (body: MovementBody) => Promise<void>;
}) {
  const { t } = useTranslation('movements');
  const language = useLanguage();
  const catalogue = useProducts().data?.data.items;
  const first = initial?.lines[0];
  const [lotId, setLotId] = useState(first?.lotId ?? '');
  const [direction, setDirection] = useState<1 | -1>(first && signedChange(first.reason ?? 'correction', first.quantity) > 0 ? 1 : -1);
  const [reason, setReason] = useState<AdjustmentReason | ''>(first?.reason ?? '');
  const [quantity, setQuantity] = useState(first ? String(Math.abs(first.quantity)) : '');
  const [submitted, setSubmitted] = useState(false);

  const lots = stock.flatMap((product) => product.lots.filter(isRecordedLot).filter((lot) => lot.quantity > 0 || lot.lotId === lotId).map((lot) => ({ product, lot })));
  const chosen = lots.find((entry) => entry.lot.lotId === lotId);
  const expired = chosen ? !isUsable(chosen.lot, today) : false;
  const reasons = reasonsFor(direction, expired);
  const amount = parseWhole(quantity);
  const tooMuch = direction < 0 && chosen !== undefined && amount !== undefined && amount > chosen.lot.quantity;
  const valid = chosen && reason && reasons.includes(reason) && amount !== undefined && amount > 0 && !tooMuch;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!valid || !chosen || !reason || amount === undefined) return;
    await onSubmit({
      id: initial?.id ?? newId(),
      type: 'adjustment',
      occurredAt: initial?.occurredAt ?? new Date().toISOString(),
      lines: [{ productId: chosen.product.productId, lotId: chosen.lot.lotId, reason, quantity: reason === 'correction' ? direction * amount : amount }],
    });
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="form" noValidate>
      <fieldset>
        <legend>{t('whichLot')}</legend>
        {lots.map(({ product, lot }) => (
          <label key={lot.lotId} className="choice">
            <input type="radio" name="lot" value={lot.lotId} checked={lotId === lot.lotId} onChange={() => setLotId(lot.lotId)} />
            <span>
              {productName(product.productId, product.productName, catalogue, language)}
              <span className="muted">
                {' '}
                {t('lotLine', { lot: lot.lotNumber, expiry: formatDate(lot.expiryDate, language), value: formatNumber(lot.quantity, language) })}
              </span>
            </span>
          </label>
        ))}
        {submitted && !chosen && <p className="error">{t('chooseLot')}</p>}
      </fieldset>
      <div className="unit-switch" role="group" aria-label={t('direction')}>
        <button type="button" aria-pressed={direction === -1} onClick={() => setDirection(-1)}>
          {t('less')}
        </button>
        <button type="button" aria-pressed={direction === 1} onClick={() => setDirection(1)}>
          {t('more')}
        </button>
      </div>
      <fieldset>
        <legend>{t('reason')}</legend>
        {reasons.map((option) => (
          <label key={option} className="choice">
            <input type="radio" name="reason" value={option} checked={reason === option} onChange={() => setReason(option)} />
            <span>{t(`reasons.${option}`)}</span>
          </label>
        ))}
        {submitted && (!reason || !reasons.includes(reason)) && <p className="error">{t('chooseReason')}</p>}
      </fieldset>
      <NumberField
        label={t('quantityUnits')}
        value={quantity}
        onChange={setQuantity}
        error={tooMuch ? t('notEnough', { value: formatNumber(chosen!.lot.quantity, language) }) : submitted && !(amount! > 0) ? t('quantityNeeded') : undefined}
      />
      <button type="submit" className="primary">
        {t('save')}
      </button>
    </form>
  );
}
