import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { api } from '../../api/client';
import { flash } from '../../components/flash';
import { NumberField, parseWhole } from '../../components/NumberField';
import { problemMessage } from '../../components/problem-message';
import { newId } from '../../components/uuid';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { answer, ProblemError, useRead, type ResupplyRequestDetail } from './api';
import { formatFigure } from './figures';
import { Failure, Loading } from './parts';
import { PdfDownload } from '../../components/PdfDownload';

/** Set reasons rather than free text: a rejection never invites a client's name or number. */
const REJECTION_REASONS = ['supplierShort', 'notInLineWithUse', 'duplicate', 'askDinkes'] as const;

/** One request: the evidence (current stock, AMC, suggestion), the decision, then the shipment and its receipt. */
export function RequestPage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useTranslation('district');
  const language = useLanguage();
  const request = useRead(['request', id], () => api.GET('/api/v1/resupply-requests/{id}', { params: { path: { id } } }));
  const data = request.data;
  const evidence = useRead(['point-status', data?.pointId], () => api.GET('/api/v1/points/{id}/stock-status', { params: { path: { id: data!.pointId } } }), Boolean(data));
  if (request.isError) return <Failure error={request.error} />;
  if (!data) return <Loading />;
  const n = (value: number) => formatNumber(value, language);
  const figures = (productId: string) => evidence.data?.find((row) => row.productId === productId);

  return (
    <section>
      <h1>{t('request.title', { point: data.pointName })}</h1>
      <p>
        <span className={`pill pill-${data.status}`}>{t(`requestStatuses.${data.status}`)}</span>{' '}
        {t('request.from', { supplier: data.supplierPointName, when: formatDateTime(data.requestedAt, language, 'Asia/Jakarta'), by: data.requestedBy })}
      </p>
      <p>
        <Link href={`/points/${data.pointId}`}>{t('request.openPoint', { point: data.pointName })}</Link>
      </p>
      {data.rejectionReason && <p className="error">{t('request.rejectedBecause', { reason: String(data.rejectionReason) })}</p>}

      <h2>{t('request.evidence')}</h2>
      <div className="table-wrap">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('columns.product')}</th>
              <th scope="col" className="number">{t('columns.requested')}</th>
              <th scope="col" className="number">{t('columns.usable')}</th>
              <th scope="col" className="number">{t('columns.amc')}</th>
              <th scope="col" className="number">{t('columns.monthsOfStock')}</th>
              <th scope="col" className="number">{t('columns.suggested')}</th>
              <th scope="col" className="number">{t('columns.approved')}</th>
              <th scope="col" className="number">{t('columns.shipped')}</th>
              <th scope="col" className="number">{t('columns.received')}</th>
            </tr>
          </thead>
          <tbody>
            {data.lines.map((line) => {
              const row = figures(line.productId);
              return (
                <tr key={line.productId}>
                  <td>{language === 'id' && line.productNameId ? line.productNameId : line.productName}</td>
                  <td className="number">{n(line.quantity)}</td>
                  <td className="number">{row ? n(row.usable) : '–'}</td>
                  <td className="number">{row ? formatFigure(row.amc.amc, language) : '–'}</td>
                  <td className="number">{row && row.monthsOfStock !== null ? formatFigure(row.monthsOfStock, language) : '–'}</td>
                  <td className="number">{row ? n(row.suggestedQuantity) : '–'}</td>
                  <td className="number">{line.approvedQuantity === null ? '–' : n(Number(line.approvedQuantity))}</td>
                  <td className="number">{n(line.shippedQuantity)}</td>
                  <td className="number">{n(line.receivedQuantity)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      {data.status === 'submitted' && <Decide request={data} />}
      {(data.status === 'approved' || data.status === 'partially_shipped') && <Ship request={data} />}

      <h2>{t('request.shipments')}</h2>
      {data.shipments.length === 0 && <p className="muted">{t('request.noShipments')}</p>}
      <ul className="cards">
        {data.shipments.map((shipment) => (
          <li key={shipment.id} className="card">
            <span className={`pill pill-${shipment.status}`}>{t(`shipmentStatuses.${shipment.status}`)}</span>{' '}
            {t('request.shipment', { from: shipment.fromPointName, to: shipment.toPointName, when: formatDateTime(shipment.dispatchedAt, language, 'Asia/Jakarta') })}
            {shipment.receivedAt && <div className="muted">{t('request.receivedAt', { when: formatDateTime(String(shipment.receivedAt), language, 'Asia/Jakarta') })}</div>}
            <div className="inline-actions">
              <PdfDownload path={`/api/v1/shipments/${shipment.id}/documents/sbbk.pdf`} label={t('common:documents.sbbk')} />
              {shipment.status === 'received' && <PdfDownload path={`/api/v1/shipments/${shipment.id}/documents/bast.pdf`} label={t('common:documents.bast')} />}
            </div>
          </li>
        ))}
      </ul>

      <h2>{t('request.history')}</h2>
      <ol>
        {data.history.map((event) => (
          <li key={`${event.at}/${event.status}`}>
            {t(`requestStatuses.${event.status}`, { defaultValue: event.status })} · {formatDateTime(event.at, language, 'Asia/Jakarta')}
            {event.by ? ` · ${String(event.by)}` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}

function useAfterWrite() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['district'] });
}

/** Approve with the quantities as typed (each may differ from the request, or be 0), or reject with a set reason. */
function Decide({ request }: { request: ResupplyRequestDetail }) {
  const { t } = useTranslation('district');
  const refresh = useAfterWrite();
  const [quantities, setQuantities] = useState<Record<string, string>>(() => Object.fromEntries(request.lines.map((line) => [line.productId, String(line.quantity)])));
  const [reason, setReason] = useState<string>('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const language = useLanguage();

  const run = async (write: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(undefined);
    try {
      await write();
      flash(done);
      await refresh();
    } catch (caught) {
      setError(caught instanceof ProblemError ? problemMessage(t, caught.problem) : t('readFailed'));
    } finally {
      setBusy(false);
    }
  };
  const approve = () =>
    run(
      () =>
        answer(
          api.POST('/api/v1/resupply-requests/{id}/approve', {
            params: { path: { id: request.id } },
            body: { lines: request.lines.map((line) => ({ productId: line.productId, approvedQuantity: parseWhole(quantities[line.productId] ?? '') ?? 0 })) },
          }),
        ),
      t('request.approved'),
    );
  const reject = () =>
    run(() => answer(api.POST('/api/v1/resupply-requests/{id}/reject', { params: { path: { id: request.id } }, body: { reason: t(`request.reasons.${reason}`) } })), t('request.rejected'));

  return (
    <div className="decision">
      <h2>{t('request.decide')}</h2>
      {request.lines.map((line) => (
        <NumberField
          key={line.productId}
          label={t('request.approveQuantity', { product: language === 'id' && line.productNameId ? line.productNameId : line.productName })}
          hint={t('request.requestedHint', { value: formatNumber(line.quantity, language) })}
          value={quantities[line.productId] ?? ''}
          onChange={(value) => setQuantities({ ...quantities, [line.productId]: value })}
        />
      ))}
      <div className="inline-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void approve()}>
          {t('request.approve')}
        </button>
      </div>
      <label>
        {t('request.rejectReason')}
        <select value={reason} onChange={(event) => setReason(event.target.value)}>
          <option value="">{t('request.chooseReason')}</option>
          {REJECTION_REASONS.map((key) => (
            <option key={key} value={key}>
              {t(`request.reasons.${key}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="inline-actions">
        <button type="button" className="danger" disabled={busy || !reason} onClick={() => void reject()}>
          {t('request.reject')}
        </button>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** Send what was approved (less what is already on its way) from the supplying point, FEFO at the sender. */
function Ship({ request }: { request: ResupplyRequestDetail }) {
  const { t } = useTranslation('district');
  const language = useLanguage();
  const refresh = useAfterWrite();
  const open = request.lines.filter((line) => Number(line.approvedQuantity ?? 0) > line.shippedQuantity);
  const [quantities, setQuantities] = useState<Record<string, string>>(() =>
    Object.fromEntries(open.map((line) => [line.productId, String(Number(line.approvedQuantity ?? 0) - line.shippedQuantity)])),
  );
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [shipmentId] = useState(newId);

  const ship = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const lines = open.map((line) => ({ productId: line.productId, quantity: parseWhole(quantities[line.productId] ?? '') ?? 0 })).filter((line) => line.quantity > 0);
      await answer(api.POST('/api/v1/shipments', { body: { id: shipmentId, fromPointId: request.supplierPointId, toPointId: request.pointId, resupplyRequestId: request.id, lines } }));
      flash(t('request.shippedMessage', { point: request.pointName }));
      await refresh();
    } catch (caught) {
      setError(caught instanceof ProblemError ? problemMessage(t, caught.problem) : t('readFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="decision">
      <h2>{t('request.ship', { supplier: request.supplierPointName })}</h2>
      {open.map((line) => (
        <NumberField
          key={line.productId}
          label={t('request.shipQuantity', { product: language === 'id' && line.productNameId ? line.productNameId : line.productName })}
          hint={t('request.approvedHint', { value: formatNumber(Number(line.approvedQuantity ?? 0), language), shipped: formatNumber(line.shippedQuantity, language) })}
          value={quantities[line.productId] ?? ''}
          onChange={(value) => setQuantities({ ...quantities, [line.productId]: value })}
        />
      ))}
      <div className="inline-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void ship()}>
          {t('request.shipButton')}
        </button>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
