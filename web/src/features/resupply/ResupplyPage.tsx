import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { CopyAge } from '../../components/CopyAge';
import { flash } from '../../components/flash';
import { LoadState } from '../../components/LoadState';
import { NumberField, parseWhole } from '../../components/NumberField';
import { newId } from '../../components/uuid';
import { db } from '../../db/db';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { useSession } from '../auth/session';
import { enqueueResupplyRequest } from '../outbox/outbox';
import { requestSync } from '../outbox/sync-runner';
import type { ResupplyRequestBody } from '../outbox/outbox-types';
import { usePoint, useProducts } from '../points/queries';
import { productName } from '../stock/product-name';
import { useOwnRequests, useRequestsOnPhone, useSuggestion } from './queries';

/** /points/:pointId/requests: the point's resupply requests and their status, and a way to make a new one. */
export function RequestsPage() {
  const { pointId } = useParams<{ pointId: string }>();
  const { t } = useTranslation('resupply');
  const language = useLanguage();
  const { point } = usePoint(pointId);
  const catalogue = useProducts().data?.data.items;
  const requests = useOwnRequests(pointId);
  const onPhone = useRequestsOnPhone(pointId) ?? [];
  const timeZone = point?.timeZone ?? 'Asia/Jakarta';
  const items = requests.data?.data.items.filter((request) => !onPhone.some((record) => record.id === request.id));

  return (
    <section>
      <h1>{t('title')}</h1>
      {point && <p className="muted">{point.name}</p>}
      <div className="actions">
        <Link href={`/points/${pointId}/requests/new`} className="button primary">
          {t('newRequest')}
        </Link>
      </div>
      <CopyAge answer={requests.data} timeZone={timeZone} />
      {!items && <LoadState query={requests} />}
      {items?.length === 0 && onPhone.length === 0 && <p>{t('none')}</p>}
      <ul className="cards">
        {onPhone.map((record) => (
          <li key={record.id} className="card">
            <h2 className="record-title">
              {formatDateTime(record.createdAt, language, timeZone)} <span className={`status status-${record.status}`}>{t(`onPhone.${record.status}`)}</span>
            </h2>
            <ul className="record-lines">
              {record.body.lines.map((line) => (
                <li key={line.productId}>
                  {productName(line.productId, line.productId, catalogue, language)}: {formatNumber(line.quantity, language)}
                </li>
              ))}
            </ul>
          </li>
        ))}
        {items?.map((request) => (
          <li key={request.id} className="card">
            <h2 className="record-title">
              {formatDateTime(request.requestedAt, language, timeZone)} <span className={`status request-${request.status}`}>{t(`statuses.${request.status}`)}</span>
            </h2>
            <p className="muted">{t('to', { point: request.supplierPointName })}</p>
            <ul className="record-lines">
              {request.lines.map((line) => (
                <li key={line.productId}>
                  {(language === 'id' && line.productNameId) || line.productName}: {t('lineFigures', { asked: formatNumber(line.quantity, language), shipped: formatNumber(line.shippedQuantity, language), received: formatNumber(line.receivedQuantity, language) })}
                  {typeof line.approvedQuantity === 'number' && ` · ${t('approved', { value: formatNumber(line.approvedQuantity, language) })}`}
                </li>
              ))}
            </ul>
            {typeof request.rejectionReason === 'string' && <p>{t('rejectedBecause', { reason: request.rejectionReason })}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * /points/:pointId/requests/new: a request prefilled with the suggested quantities and the status behind each, editable,
 * saved in the outbox (works offline; its id makes a resend count once). No free text: nothing about clients.
 */
export function NewRequestPage() {
  const { pointId } = useParams<{ pointId: string }>();
  const { t } = useTranslation('resupply');
  const { t: tm } = useTranslation('movements');
  const session = useSession()!;
  const [, navigate] = useLocation();
  const { point } = usePoint(pointId);

  const save = async (lines: ResupplyRequestBody['lines']) => {
    const id = newId();
    await enqueueResupplyRequest(db, { id, pointId, username: session.username, body: { id, pointId, lines } });
    flash(tm('savedOnPhone'));
    navigate(`/points/${pointId}/requests`);
    void requestSync();
  };

  return (
    <section>
      <h1>{t('newRequest')}</h1>
      {point && <p className="muted">{point.name}</p>}
      <RequestForm pointId={pointId} onSave={save} />
    </section>
  );
}

/** The request form, new (the suggestion filled in) or (from the outbox) a refused one to correct (its own quantities). */
export function RequestForm({ pointId, initial, onSave }: { pointId: string; initial?: ResupplyRequestBody; onSave: (lines: ResupplyRequestBody['lines']) => Promise<void> }) {
  const { t } = useTranslation('resupply');
  const { t: tm } = useTranslation('movements');
  const language = useLanguage();
  const { point } = usePoint(pointId);
  const catalogue = useProducts().data?.data.items;
  const suggestion = useSuggestion(pointId);
  const [edits, setEdits] = useState<Record<string, string>>(() => Object.fromEntries((initial?.lines ?? []).map((line) => [line.productId, String(line.quantity)])));
  const [submitted, setSubmitted] = useState(false);

  const lines = suggestion.data?.data.lines;
  if (!lines) return <LoadState query={suggestion} />;
  const valueOf = (productId: string) => edits[productId] ?? (initial ? '' : String(lines.find((line) => line.productId === productId)?.quantity ?? ''));
  const chosen = lines.filter((line) => (parseWhole(valueOf(line.productId)) ?? 0) > 0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (chosen.length === 0) return;
    await onSave(chosen.map((line) => ({ productId: line.productId, quantity: parseWhole(valueOf(line.productId))! })));
  };

  return (
    <>
      <p className="hint">{t('suggestedHelp')}</p>
      <CopyAge answer={suggestion.data} timeZone={point?.timeZone ?? 'Asia/Jakarta'} />
      <form onSubmit={(event) => void submit(event)} className="form" noValidate>
        {lines.length === 0 && <p>{t('nothingSuggested')}</p>}
        {lines.map((line) => (
          <NumberField
            key={line.productId}
            label={productName(line.productId, line.productName, catalogue, language)}
            hint={t('suggested', { value: formatNumber(line.quantity, language), status: t(`stockStatus.${line.status}`, { defaultValue: line.status }) })}
            value={valueOf(line.productId)}
            onChange={(value) => setEdits((before) => ({ ...before, [line.productId]: value }))}
          />
        ))}
        {submitted && chosen.length === 0 && (
          <p className="error" role="alert">
            {tm('nothingChosen')}
          </p>
        )}
        <button type="submit" className="primary">
          {t('send')}
        </button>
      </form>
    </>
  );
}
