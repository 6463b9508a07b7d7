import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberField, parseWhole } from '../../components/NumberField';
import { newId } from '../../components/uuid';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import type { MovementBody } from '../outbox/outbox-types';
import { useProducts } from '../points/queries';
import { planFefo } from '../stock/fefo';
import { productName } from '../stock/product-name';
import type { ProductStock } from '../stock/projection';

type Unit = 'unit' | 'pack';
type Channel = NonNullable<MovementBody['channel']>;
type ContactType = NonNullable<MovementBody['contactType']>;
type AboveCapReason = NonNullable<MovementBody['aboveCapReason']>;
type RefillReason = NonNullable<MovementBody['naloxoneRefillReason']>;

const CHANNELS: Channel[] = ['at_point', 'outreach', 'hotspot', 'peer_secondary'];
const CONTACT_TYPES: ContactType[] = ['individual', 'group', 'virtual'];
const ABOVE_CAP_REASONS: AboveCapReason[] = ['collecting_for_others', 'long_interval', 'group_supply'];
const REFILL_REASONS: RefillReason[] = ['used_on_overdose', 'lost', 'confiscated', 'expired'];
/** NEEDLES_PER_CONTACT_CAP's default: above it the form asks why; the server has the last word. */
export const NEEDLES_PER_CONTACT_CAP = 50;

interface LineInput {
  value: string;
  unit: Unit;
}

/**
 * Distribution to clients as aggregate counts: how many of each product, and how many contacts. Nothing about who.
 * The lots come first-expired-first-out and are shown, never asked. `initial` fills the form to correct a refused
 * record (same id).
 */
export function DistributionForm({ stock, today, initial, onSubmit }: {
  stock: ProductStock[];
  today: string;
  initial?: MovementBody;
  onSubmit: (body: MovementBody) => Promise<void>;
}) {
  const { t } = useTranslation('movements');
  const language = useLanguage();
  const catalogue = useProducts().data?.data.items;
  const [contacts, setContacts] = useState(initial?.contacts === undefined ? '' : String(initial.contacts));
  const [lines, setLines] = useState<Record<string, LineInput>>(() =>
    Object.fromEntries((initial?.lines ?? []).map((line) => [line.productId, { value: String(line.quantity), unit: 'unit' as Unit }])),
  );
  const [channel, setChannel] = useState<Channel | undefined>(initial?.channel ?? undefined);
  const [contactType, setContactType] = useState<ContactType | undefined>(initial?.contactType ?? undefined);
  const [newContacts, setNewContacts] = useState(initial?.newContacts === undefined ? '' : String(initial.newContacts));
  const [reason, setReason] = useState<AboveCapReason | undefined>(initial?.aboveCapReason ?? undefined);
  const [refill, setRefill] = useState<RefillReason | undefined>(initial?.naloxoneRefillReason ?? undefined);
  const [reversals, setReversals] = useState(initial?.overdoseReversals === undefined ? '' : String(initial.overdoseReversals));
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);

  const packSize = (productId: string) => catalogue?.find((product) => product.id === productId)?.packSize ?? 1;
  const quantityOf = (productId: string) => {
    const line = lines[productId];
    const value = line ? parseWhole(line.value) : undefined;
    if (value === undefined) return 0;
    return line.unit === 'pack' ? value * packSize(productId) : value;
  };
  const offered = stock.filter((product) => product.usable > 0 || lines[product.productId]);
  const chosen = offered.filter((product) => quantityOf(product.productId) > 0);
  const shortages = chosen.filter((product) => planFefo(product.lots, quantityOf(product.productId), today).short > 0);
  const contactCount = parseWhole(contacts);
  const contactsError = submitted && (contactCount === undefined || contactCount < 1) ? t('contactsNeeded') : undefined;
  const nothingChosen = submitted && chosen.length === 0;
  const needles = chosen.filter((product) => catalogue?.find((entry) => entry.id === product.productId)?.category === 'needle_syringe').reduce((sum, product) => sum + quantityOf(product.productId), 0);
  const newCount = parseWhole(newContacts);
  const newContactsError = newCount !== undefined && contactCount !== undefined && newCount > contactCount ? t('reach.newAboveContacts') : undefined;
  const virtualWithNeedles = contactType === 'virtual' && needles > 0;
  const aboveCap = needles > 0 && contactCount !== undefined && contactCount > 0 && needles > contactCount * NEEDLES_PER_CONTACT_CAP && channel !== 'peer_secondary';
  const reasonMissing = aboveCap && reason === undefined;
  // Naloxone handed out: a first supply, or a refill and why; reversals only after use on an overdose.
  const naloxone = chosen.some((product) => catalogue?.find((entry) => entry.id === product.productId)?.category === 'naloxone');
  const reversalCount = parseWhole(reversals);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (chosen.length === 0 || shortages.length > 0 || contactCount === undefined || contactCount < 1) return;
    if (newContactsError || virtualWithNeedles || reasonMissing) return;
    setBusy(true);
    try {
      await onSubmit({
        id: initial?.id ?? newId(),
        type: 'distribution',
        occurredAt: initial?.occurredAt ?? new Date().toISOString(),
        contacts: contactCount,
        ...(channel ? { channel } : {}),
        ...(contactType ? { contactType } : {}),
        ...(newCount !== undefined ? { newContacts: newCount } : {}),
        ...(aboveCap && reason ? { aboveCapReason: reason } : {}),
        ...(naloxone && refill ? { naloxoneRefillReason: refill } : {}),
        ...(naloxone && refill === 'used_on_overdose' && reversalCount !== undefined ? { overdoseReversals: reversalCount } : {}),
        lines: chosen.map((product) => ({ productId: product.productId, quantity: quantityOf(product.productId) })),
      });
    } finally {
      setBusy(false);
    }
  };

  const setLine = (productId: string, change: Partial<LineInput>) =>
    setLines((current) => ({ ...current, [productId]: { ...(current[productId] ?? { value: '', unit: 'unit' }), ...change } }));

  return (
    <form onSubmit={(event) => void submit(event)} className="form" noValidate>
      <NumberField label={t('contacts')} hint={t('contactsHint')} value={contacts} onChange={setContacts} error={contactsError} />
      <fieldset>
        <legend>{t('whatWasHandedOut')}</legend>
        {offered.length === 0 && <p>{t('nothingToHandOut')}</p>}
        {offered.map((product) => {
          const name = productName(product.productId, product.productName, catalogue, language);
          const quantity = quantityOf(product.productId);
          const plan = planFefo(product.lots, quantity, today);
          const pack = packSize(product.productId);
          const line = lines[product.productId] ?? { value: '', unit: 'unit' };
          return (
            <div key={product.productId} className="line">
              <NumberField
                label={name}
                hint={t('available', { value: formatNumber(product.usable, language) })}
                value={line.value}
                onChange={(value) => setLine(product.productId, { value })}
                error={plan.short > 0 ? t('notEnough', { value: formatNumber(product.usable, language) }) : undefined}
              />
              {pack > 1 && (
                <div className="unit-switch" role="group" aria-label={t('unitFor', { product: name })}>
                  <button type="button" aria-pressed={line.unit === 'unit'} onClick={() => setLine(product.productId, { unit: 'unit' })}>
                    {t('units')}
                  </button>
                  <button type="button" aria-pressed={line.unit === 'pack'} onClick={() => setLine(product.productId, { unit: 'pack' })}>
                    {t('packsOf', { value: formatNumber(pack, language) })}
                  </button>
                </div>
              )}
              {quantity > 0 && plan.short === 0 && (
                <p className="fefo">
                  {line.unit === 'pack' && <span>{t('totalUnits', { value: formatNumber(quantity, language) })} </span>}
                  {t('fromLots')}{' '}
                  {plan.takes
                    .map((take) => t('lotTake', { lot: take.lotNumber, expiry: formatDate(take.expiryDate, language), value: formatNumber(take.quantity, language) }))
                    .join('; ')}
                </p>
              )}
            </div>
          );
        })}
      </fieldset>
      <NumberField label={t('reach.newContacts')} hint={t('reach.newContactsHint')} value={newContacts} onChange={setNewContacts} error={newContactsError} />
      <fieldset>
        <legend>{t('reach.channel')}</legend>
        {CHANNELS.map((value) => (
          <label key={value} className="choice">
            <input type="radio" name="channel" value={value} checked={channel === value} onChange={() => setChannel(value)} />
            <span>{t(`reach.channels.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('reach.contactType')}</legend>
        {CONTACT_TYPES.map((value) => (
          <label key={value} className="choice">
            <input type="radio" name="contactType" value={value} checked={contactType === value} onChange={() => setContactType(value)} />
            <span>{t(`reach.contactTypes.${value}`)}</span>
          </label>
        ))}
        {virtualWithNeedles && (
          <p className="error" role="alert">
            {t('reach.virtualNoNeedles')}
          </p>
        )}
      </fieldset>
      {aboveCap && (
        <fieldset>
          <legend>{t('reach.aboveCap', { value: formatNumber(NEEDLES_PER_CONTACT_CAP, language) })}</legend>
          {ABOVE_CAP_REASONS.map((value) => (
            <label key={value} className="choice">
              <input type="radio" name="aboveCapReason" value={value} checked={reason === value} onChange={() => setReason(value)} />
              <span>{t(`reach.reasons.${value}`)}</span>
            </label>
          ))}
          {submitted && reasonMissing && (
            <p className="error" role="alert">
              {t('reach.chooseReason')}
            </p>
          )}
        </fieldset>
      )}
      {naloxone && (
        <fieldset>
          <legend>{t('naloxone.refill')}</legend>
          <label className="choice">
            <input type="radio" name="refill" value="" checked={refill === undefined} onChange={() => setRefill(undefined)} />
            <span>{t('naloxone.firstSupply')}</span>
          </label>
          {REFILL_REASONS.map((value) => (
            <label key={value} className="choice">
              <input type="radio" name="refill" value={value} checked={refill === value} onChange={() => setRefill(value)} />
              <span>{t(`naloxone.reasons.${value}`)}</span>
            </label>
          ))}
          {refill === 'used_on_overdose' && (
            <NumberField label={t('naloxone.reversals')} hint={t('naloxone.reversalsHint')} value={reversals} onChange={setReversals} />
          )}
        </fieldset>
      )}
      {nothingChosen && (
        <p className="error" role="alert">
          {t('nothingChosen')}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {t('save')}
      </button>
    </form>
  );
}
