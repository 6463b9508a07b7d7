import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberField, parseWhole } from '../../components/NumberField';
import { newId } from '../../components/uuid';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import type { MovementBody } from '../outbox/outbox-types';
import { useProducts } from '../points/queries';
import { ScanField, type ScanHit } from '../scan/ScanField';
import { productName } from '../stock/product-name';

const FUNDING_SOURCES = ['APBN', 'APBD', 'GLOBAL_FUND', 'OTHER_DONOR'] as const;
type FundingSource = (typeof FUNDING_SOURCES)[number];

/** A delivery that did not come as a shipment in pasokan (from the province, a donor): product, lot as printed, expiry, funding. */
export function ReceiptForm({ initial, onSubmit }: { initial?: MovementBody; onSubmit: (body: MovementBody) => Promise<void> }) {
  const { t } = useTranslation('movements');
  const { t: ts } = useTranslation('stock');
  const language = useLanguage();
  const catalogue = useProducts().data?.data.items.filter((product) => product.active);
  const line = initial?.lines[0];
  const [productId, setProductId] = useState(line?.productId ?? '');
  const [lotNumber, setLotNumber] = useState(line?.lotNumber ?? '');
  const [expiry, setExpiry] = useState(line?.expiryDate ?? '');
  const [funding, setFunding] = useState<FundingSource | ''>(line?.fundingSource ?? '');
  const [donor, setDonor] = useState(line?.donorName ?? '');
  const [source, setSource] = useState(initial?.source ?? '');
  const [quantity, setQuantity] = useState(line ? String(line.quantity) : '');
  const [packs, setPacks] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [scanned, setScanned] = useState<{ product?: boolean; lotNumber?: boolean; expiry?: boolean }>({});
  const { t: tscan } = useTranslation('scan');
  const scanMark = (field: keyof typeof scanned) =>
    scanned[field] && (
      <span className="scanned" data-testid={`scanned-${field}`}>
        {tscan('scannedMark')}
      </span>
    );
  // A scan fills what its code carries; an element the code lacks leaves the field (and its mark) as it was.
  const onScan = (hit: ScanHit) => {
    setProductId(hit.product.id);
    if (hit.lotNumber !== undefined) setLotNumber(hit.lotNumber);
    if (hit.expiryDate !== undefined) setExpiry(hit.expiryDate);
    setScanned((current) => ({
      product: true,
      lotNumber: hit.lotNumber !== undefined || current.lotNumber,
      expiry: hit.expiryDate !== undefined || current.expiry,
    }));
  };

  const product = catalogue?.find((candidate) => candidate.id === productId);
  const entered = parseWhole(quantity);
  const units = entered === undefined ? undefined : packs ? entered * (product?.packSize ?? 1) : entered;
  const missing = {
    product: !product,
    lotNumber: lotNumber.trim() === '',
    expiry: !/^\d{4}-\d{2}(-\d{2})?$/.test(expiry),
    funding: funding === '',
    donor: funding === 'OTHER_DONOR' && donor.trim() === '',
    source: source.trim() === '',
    quantity: !(units! > 0),
  };
  const error = (field: keyof typeof missing) => (submitted && missing[field] ? t('required') : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.values(missing).some(Boolean) || !funding) return;
    await onSubmit({
      id: initial?.id ?? newId(),
      type: 'receipt',
      occurredAt: initial?.occurredAt ?? new Date().toISOString(),
      source: source.trim(),
      lines: [
        {
          productId,
          quantity: units!,
          lotNumber: lotNumber.trim(),
          expiryDate: expiry,
          fundingSource: funding,
          ...(funding === 'OTHER_DONOR' ? { donorName: donor.trim() } : {}),
        },
      ],
    });
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="form" noValidate>
      <ScanField catalogue={catalogue} onHit={onScan} />
      <label>
        {t('from')}
        <input value={source} onChange={(event) => setSource(event.target.value)} aria-invalid={error('source') ? true : undefined} />
        {error('source') && <span className="error">{error('source')}</span>}
      </label>
      <label>
        {t('product')} {scanMark('product')}
        <select
          value={productId}
          onChange={(event) => {
            setProductId(event.target.value);
            setScanned((current) => ({ ...current, product: false }));
          }} aria-invalid={error('product') ? true : undefined}>
          <option value="">{t('chooseProduct')}</option>
          {catalogue?.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {productName(candidate.id, candidate.name, catalogue, language)}
            </option>
          ))}
        </select>
        {error('product') && <span className="error">{error('product')}</span>}
      </label>
      <label>
        {t('lotNumber')} {scanMark('lotNumber')}
        <input
          value={lotNumber}
          autoCapitalize="characters"
          onChange={(event) => {
            setLotNumber(event.target.value);
            setScanned((current) => ({ ...current, lotNumber: false }));
          }} aria-invalid={error('lotNumber') ? true : undefined} />
        {error('lotNumber') && <span className="error">{error('lotNumber')}</span>}
      </label>
      <label>
        {t('expiryDate')} {scanMark('expiry')}
        <input
          type="date"
          value={expiry}
          onChange={(event) => {
            setExpiry(event.target.value);
            setScanned((current) => ({ ...current, expiry: false }));
          }} aria-invalid={error('expiry') ? true : undefined} />
        {error('expiry') && <span className="error">{error('expiry')}</span>}
      </label>
      <label>
        {ts('funding')}
        <select value={funding} onChange={(event) => setFunding(event.target.value as FundingSource)} aria-invalid={error('funding') ? true : undefined}>
          <option value="">{t('chooseFunding')}</option>
          {FUNDING_SOURCES.map((option) => (
            <option key={option} value={option}>
              {ts(`fundingSources.${option}`)}
            </option>
          ))}
        </select>
        {error('funding') && <span className="error">{error('funding')}</span>}
      </label>
      {funding === 'OTHER_DONOR' && (
        <label>
          {t('donor')}
          <input value={donor} onChange={(event) => setDonor(event.target.value)} aria-invalid={error('donor') ? true : undefined} />
          {error('donor') && <span className="error">{error('donor')}</span>}
        </label>
      )}
      <NumberField label={t('quantityReceived')} value={quantity} onChange={setQuantity} error={error('quantity')} />
      {product && product.packSize > 1 && (
        <div className="unit-switch" role="group" aria-label={t('unitFor', { product: productName(product.id, product.name, catalogue, language) })}>
          <button type="button" aria-pressed={!packs} onClick={() => setPacks(false)}>
            {t('units')}
          </button>
          <button type="button" aria-pressed={packs} onClick={() => setPacks(true)}>
            {t('packsOf', { value: formatNumber(product.packSize, language) })}
          </button>
        </div>
      )}
      <button type="submit" className="primary">
        {t('save')}
      </button>
    </form>
  );
}
