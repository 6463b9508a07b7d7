import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberField, parseWhole } from '../../components/NumberField';
import { newId } from '../../components/uuid';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import type { MovementBody } from '../outbox/outbox-types';
import { useProducts } from '../points/queries';
import { productName } from '../stock/product-name';
import { isRecordedLot, type ProductStock } from '../stock/projection';
import { assemblable, componentNeeds, isKitProduct } from './kits';

interface KitFormProps {
  stock: ProductStock[];
  initial?: MovementBody;
  onSubmit: (body: MovementBody) => Promise<void>;
}

/**
 * Kits assembled at the point from its stock: the kit and how many. The server takes the components earliest-expiring
 * first and makes a kit lot; the form shows what each component gives and stops when one is short.
 */
export function KitAssemblyForm({ stock, initial, onSubmit }: KitFormProps) {
  const { t } = useTranslation('movements');
  const language = useLanguage();
  const catalogue = useProducts().data?.data.items;
  const kits = catalogue?.filter(isKitProduct) ?? [];
  const first = initial?.lines[0];
  const [kitId, setKitId] = useState(first?.productId ?? (kits.length === 1 ? kits[0].id : ''));
  const [quantity, setQuantity] = useState(first ? String(first.quantity) : '');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);

  const kit = kits.find((candidate) => candidate.id === kitId);
  const amount = parseWhole(quantity);
  const needs = kit ? componentNeeds(kit, amount ?? 0, stock) : [];
  const short = needs.filter((need) => need.short > 0);
  const name = (productId: string, fallback: string) => productName(productId, fallback, catalogue, language);
  const n = (value: number) => formatNumber(value, language);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!kit || amount === undefined || amount < 1 || short.length > 0) return;
    setBusy(true);
    try {
      await onSubmit({
        id: initial?.id ?? newId(),
        type: 'kit_assembly',
        occurredAt: initial?.occurredAt ?? new Date().toISOString(),
        lines: [{ productId: kit.id, quantity: amount }],
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="form" noValidate>
      <fieldset>
        <legend>{t('kits.whichKit')}</legend>
        {kits.map((candidate) => (
          <label key={candidate.id} className="choice">
            <input type="radio" name="kit" value={candidate.id} checked={kitId === candidate.id} onChange={() => setKitId(candidate.id)} />
            <span>
              {name(candidate.id, candidate.name)}
              <span className="muted"> {t('kits.canMake', { value: n(assemblable(candidate, stock)) })}</span>
            </span>
          </label>
        ))}
        {submitted && !kit && <p className="error">{t('kits.chooseKit')}</p>}
      </fieldset>
      <NumberField label={t('kits.howMany')} value={quantity} onChange={setQuantity} error={submitted && !(amount! > 0) ? t('quantityNeeded') : undefined} />
      {kit && (
        <fieldset>
          <legend>{t('kits.takes')}</legend>
          <ul className="record-lines">
            {needs.map((need) => (
              <li key={need.productId} className={need.short > 0 ? 'error' : undefined}>
                {name(need.productId, need.productCode)}: {t('kits.takeLine', { needed: n(need.needed), perKit: n(need.perKit), usable: n(need.usable) })}
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {kit && short.length > 0 && (
        <p className="error" role="alert">
          {t('kits.short', {
            value: n(amount ?? 0),
            missing: short.map((need) => t('kits.missing', { value: n(need.short), product: name(need.productId, need.productCode) })).join(', '),
            max: n(assemblable(kit, stock)),
          })}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy || short.length > 0}>
        {t('save')}
      </button>
    </form>
  );
}

/** Kits taken apart: a kit lot held here and how many; the components go back into the lots they came from. */
export function KitDisassemblyForm({ stock, initial, onSubmit }: KitFormProps) {
  const { t } = useTranslation('movements');
  const language = useLanguage();
  const catalogue = useProducts().data?.data.items;
  const first = initial?.lines[0];
  const [lotId, setLotId] = useState(first?.lotId ?? '');
  const [quantity, setQuantity] = useState(first ? String(first.quantity) : '');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);

  const kitIds = new Set(catalogue?.filter(isKitProduct).map((product) => product.id));
  const lots = stock
    .filter((product) => kitIds.has(product.productId))
    .flatMap((product) => product.lots.filter(isRecordedLot).filter((lot) => lot.quantity > 0 || lot.lotId === lotId).map((lot) => ({ product, lot })));
  const chosen = lots.find((entry) => entry.lot.lotId === lotId);
  const kit = catalogue?.find((product) => product.id === chosen?.product.productId);
  const amount = parseWhole(quantity);
  const tooMany = chosen !== undefined && amount !== undefined && amount > chosen.lot.quantity;
  const n = (value: number) => formatNumber(value, language);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!chosen || amount === undefined || amount < 1 || tooMany) return;
    setBusy(true);
    try {
      await onSubmit({
        id: initial?.id ?? newId(),
        type: 'kit_disassembly',
        occurredAt: initial?.occurredAt ?? new Date().toISOString(),
        lines: [{ productId: chosen.product.productId, lotId: chosen.lot.lotId, quantity: amount }],
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="form" noValidate>
      <fieldset>
        <legend>{t('kits.whichKitLot')}</legend>
        {lots.length === 0 && <p>{t('kits.noKitLots')}</p>}
        {lots.map(({ product, lot }) => (
          <label key={lot.lotId} className="choice">
            <input type="radio" name="lot" value={lot.lotId} checked={lotId === lot.lotId} onChange={() => setLotId(lot.lotId)} />
            <span>
              {productName(product.productId, product.productName, catalogue, language)}
              <span className="muted"> {t('lotLine', { lot: lot.lotNumber, expiry: formatDate(lot.expiryDate, language), value: n(lot.quantity) })}</span>
            </span>
          </label>
        ))}
        {submitted && !chosen && <p className="error">{t('chooseLot')}</p>}
      </fieldset>
      <NumberField
        label={t('kits.howManyApart')}
        value={quantity}
        onChange={setQuantity}
        error={tooMany ? t('kits.tooMany', { value: n(chosen.lot.quantity) }) : submitted && !(amount! > 0) ? t('quantityNeeded') : undefined}
      />
      {kit && amount !== undefined && amount > 0 && !tooMany && (
        <p className="muted">
          {t('kits.comesBack')} {kit.components.map((component) => `${n(component.quantity * amount)} ${productName(component.productId, component.productCode, catalogue, language)}`).join(', ')}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {t('save')}
      </button>
    </form>
  );
}
