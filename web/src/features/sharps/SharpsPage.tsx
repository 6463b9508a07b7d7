import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import { CopyAge } from '../../components/CopyAge';
import { flash } from '../../components/flash';
import { LoadState } from '../../components/LoadState';
import { NumberField, parseWhole } from '../../components/NumberField';
import { PdfDownload } from '../../components/PdfDownload';
import { newId } from '../../components/uuid';
import { db } from '../../db/db';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { useSession } from '../auth/session';
import { enqueueSharps } from '../outbox/outbox';
import type { SharpsBody } from '../outbox/outbox-types';
import { requestSync } from '../outbox/sync-runner';
import { usePoint } from '../points/queries';
import { containersKnown, useSharps, useSharpsOnPhone, useSharpsReceivers } from './queries';
import { SharpsSummary } from './SharpsSummary';

type Kind = SharpsBody['type'];
type CountMethod = NonNullable<SharpsBody['countMethod']>;
type DestructionMethod = NonNullable<SharpsBody['destructionMethod']>;

const COUNT_METHODS: CountMethod[] = ['counted', 'estimated'];
const DESTRUCTION_METHODS: DestructionMethod[] = ['incinerator', 'needle_destroyer', 'licensed_waste_carrier'];
/** The point types that destroy sharps by default (SHARPS_DESTRUCTION_POINT_TYPES); the server has the last word. */
const DESTROYING_TYPES = ['puskesmas', 'district_health_office'];

/**
 * /points/:pointId/sharps: used syringes that came back, full sharps containers handed over for destruction, and
 * their destruction. Counts only. Saved in the outbox like a movement (its id makes a resend count once); never stock.
 */
export function SharpsPage() {
  const { pointId } = useParams<{ pointId: string }>();
  const { t } = useTranslation('sharps');
  const { t: tm } = useTranslation('movements');
  const language = useLanguage();
  const session = useSession()!;
  const [, navigate] = useLocation();
  const { point } = usePoint(pointId);
  const sharps = useSharps(pointId);
  const receivers = useSharpsReceivers(pointId);
  const onPhone = useSharpsOnPhone(pointId);
  const timeZone = point?.timeZone ?? 'Asia/Jakarta';
  const destroys = point !== undefined && DESTROYING_TYPES.includes(point.type);
  const kinds: Kind[] = destroys ? ['return', 'handover', 'destruction'] : ['return', 'handover'];

  const [kind, setKind] = useState<Kind>('return');
  const [syringes, setSyringes] = useState('');
  const [countMethod, setCountMethod] = useState<CountMethod>('counted');
  const [containers, setContainers] = useState('');
  const [toPointId, setToPointId] = useState('');
  const [destructionMethod, setDestructionMethod] = useState<DestructionMethod | ''>('');
  const [submitted, setSubmitted] = useState(false);

  const held = sharps.data && onPhone ? containersKnown(sharps.data.data.containersHeld, onPhone) : undefined;
  const syringeCount = parseWhole(syringes) ?? 0;
  const containerCount = parseWhole(containers) ?? 0;
  const receiver = receivers.data?.data.find((candidate) => candidate.id === toPointId);
  const errors = {
    nothing: kind === 'return' && syringeCount === 0 && containerCount === 0 ? t('returnNothing') : undefined,
    containers:
      kind !== 'return' && containerCount === 0 ? t('containersNeeded') : kind !== 'return' && held !== undefined && containerCount > held ? t('moreThanHeld', { value: formatNumber(held, language) }) : undefined,
    receiver: kind === 'handover' && !receiver ? t('chooseReceiver') : undefined,
    method: kind === 'destruction' && destructionMethod === '' ? t('chooseMethod') : undefined,
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.values(errors).some(Boolean)) return;
    const id = newId();
    const body: SharpsBody = {
      id,
      type: kind,
      occurredAt: new Date().toISOString(),
      ...(kind === 'return' && syringeCount > 0 ? { syringes: syringeCount, countMethod } : {}),
      ...(containerCount > 0 ? { containers: containerCount } : {}),
      ...(kind === 'handover' ? { toPointId } : {}),
      ...(kind === 'destruction' && destructionMethod !== '' ? { destructionMethod } : {}),
    };
    await enqueueSharps(db, { id, pointId, username: session.username, body, ...(receiver ? { toPointName: receiver.name } : {}) });
    flash(tm('savedOnPhone'));
    navigate(`/points/${pointId}`);
    void requestSync();
  };

  return (
    <section>
      <h1>{t('title')}</h1>
      {point && <p className="muted">{point.name}</p>}
      <p className="notice">{t('notStock')}</p>
      {held !== undefined && <p className="figures">{t('containersHeld', { value: formatNumber(held, language) })}</p>}
      <form onSubmit={(event) => void submit(event)} className="form" noValidate>
        <fieldset>
          <legend>{t('what')}</legend>
          {kinds.map((candidate) => (
            <label key={candidate} className="choice">
              <input type="radio" name="kind" value={candidate} checked={kind === candidate} onChange={() => setKind(candidate)} />
              <span>{t(`kinds.${candidate}`)}</span>
            </label>
          ))}
        </fieldset>
        {kind === 'return' && (
          <fieldset>
            <legend>{t('returned')}</legend>
            <NumberField label={t('syringes')} hint={t('syringesHint')} value={syringes} onChange={setSyringes} />
            {syringeCount > 0 &&
              COUNT_METHODS.map((method) => (
                <label key={method} className="choice">
                  <input type="radio" name="countMethod" value={method} checked={countMethod === method} onChange={() => setCountMethod(method)} />
                  <span>{t(`countMethods.${method}`)}</span>
                </label>
              ))}
            <NumberField label={t('fullContainers')} hint={t('fullContainersHint')} value={containers} onChange={setContainers} error={submitted ? errors.nothing : undefined} />
          </fieldset>
        )}
        {kind !== 'return' && (
          <fieldset>
            <legend>{t(kind === 'handover' ? 'handedOver' : 'destroyed')}</legend>
            <NumberField label={t('fullContainers')} value={containers} onChange={setContainers} error={submitted ? errors.containers : undefined} />
          </fieldset>
        )}
        {kind === 'handover' && (
          <fieldset>
            <legend>{t('toWhich')}</legend>
            {!receivers.data && <LoadState query={receivers} />}
            {receivers.data?.data.length === 0 && <p>{t('noReceivers')}</p>}
            {receivers.data?.data.map((candidate) => (
              <label key={candidate.id} className="choice">
                <input type="radio" name="to" value={candidate.id} checked={toPointId === candidate.id} onChange={() => setToPointId(candidate.id)} />
                <span>{candidate.name}</span>
              </label>
            ))}
            {submitted && errors.receiver && <p className="error">{errors.receiver}</p>}
          </fieldset>
        )}
        {kind === 'destruction' && (
          <fieldset>
            <legend>{t('how')}</legend>
            {DESTRUCTION_METHODS.map((method) => (
              <label key={method} className="choice">
                <input type="radio" name="destructionMethod" value={method} checked={destructionMethod === method} onChange={() => setDestructionMethod(method)} />
                <span>{t(`destructionMethods.${method}`)}</span>
              </label>
            ))}
            {submitted && errors.method && <p className="error">{errors.method}</p>}
          </fieldset>
        )}
        <button type="submit" className="primary">
          {tm('save')}
        </button>
      </form>

      <h2>{t('recent')}</h2>
      <CopyAge answer={sharps.data} timeZone={timeZone} />
      {!sharps.data && <LoadState query={sharps} />}
      <ul className="cards">
        {onPhone?.map((record) => (
          <li key={record.id} className="card">
            <h3 className="record-title">
              {t(`kinds.${record.body.type}`)} <span className={`status status-${record.status}`}>{t(`onPhone.${record.status}`)}</span>
            </h3>
            <p className="muted">{formatDateTime(record.body.occurredAt, language, timeZone)}</p>
            <ul className="record-lines">
              <SharpsSummary body={record.body} toPointName={record.toPointName} />
            </ul>
          </li>
        ))}
        {sharps.data?.data.items
          .filter((movement) => !onPhone?.some((record) => record.id === movement.id))
          .map((movement) => {
            const own = movement.lines.find((line) => line.pointId === pointId) ?? movement.lines[0];
            const reversal = movement.type === 'reversal';
            return (
              <li key={movement.id} className="card">
                <h3 className="record-title">{reversal ? t('reversal') : t(`kinds.${movement.type.replace('sharps_', '')}`)}</h3>
                <p className="muted">
                  {formatDateTime(movement.occurredAt, language, timeZone)}
                  {movement.pointId !== pointId && ` · ${t('fromPoint', { point: movement.pointCode })}`}
                </p>
                <ul className="record-lines">
                  {own.syringes !== 0 && <li>{t('syringesValue', { value: formatNumber(own.syringes, language) })}</li>}
                  {own.containers !== 0 && <li>{t('containersChange', { value: formatNumber(own.containers, language) })}</li>}
                  {own.destructionMethod && <li>{t(`destructionMethods.${own.destructionMethod}`)}</li>}
                </ul>
                {movement.type === 'sharps_destruction' && <PdfDownload path={`/api/v1/movements/${movement.id}/documents/destruction.pdf`} label={t('common:documents.destruction')} />}
              </li>
            );
          })}
      </ul>
    </section>
  );
}
