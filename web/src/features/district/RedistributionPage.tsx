import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { flash } from '../../components/flash';
import { problemMessage } from '../../components/problem-message';
import { newId } from '../../components/uuid';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { useSession } from '../auth/session';
import { useProducts } from '../points/queries';
import { productName } from '../stock/product-name';
import { answer, ProblemError, useRead, type Schemas } from './api';
import { Downloads } from './Downloads';
import { Failure, Loading } from './parts';
import { useSearchParams } from './search';

type Suggestion = Schemas['RedistributionSuggestion'];

/**
 * Stock that would expire unused, offered to points that will use it in time. Two clicks make it a shipment: "Send"
 * then "Confirm"; the shipment id is made once per suggestion, so a double click or a retry sends it once.
 */
export function RedistributionPage() {
  const { t } = useTranslation('district');
  const user = useSession()!.user;
  const [params, update] = useSearchParams();
  const regencyCode = params.regencyCode ?? (user.role === 'district_officer' ? user.regencyCodes[0] : undefined);
  const suggestions = useRead(['redistribution', regencyCode], () => api.GET('/api/v1/expiries/redistribution', { params: { query: { regencyCode } } }), Boolean(regencyCode));

  return (
    <section>
      <h1>{t('redistribution.title')}</h1>
      <p className="muted">{t('redistribution.lead')}</p>
      {(user.role === 'admin' || user.regencyCodes.length > 1) && (
        <label>
          {t('redistribution.regency')}
          <input value={params.regencyCode ?? ''} placeholder="32.73" inputMode="decimal" onChange={(event) => /^\d{0,2}(\.\d{0,2})?$/.test(event.target.value) && update({ regencyCode: event.target.value })} />
        </label>
      )}
      {regencyCode && <Downloads path="/api/v1/expiries/redistribution" query={{ regencyCode }} name="saran-redistribusi" />}
      {suggestions.isError && <Failure error={suggestions.error} />}
      {regencyCode && !suggestions.data && !suggestions.isError && <Loading />}
      {suggestions.data?.length === 0 && <p>{t('redistribution.none')}</p>}
      <ul className="cards">
        {suggestions.data?.map((suggestion) => (
          <SuggestionCard key={`${suggestion.lotId}/${suggestion.fromPointId}/${suggestion.toPointId}`} suggestion={suggestion} />
        ))}
      </ul>
    </section>
  );
}

function SuggestionCard({ suggestion }: { suggestion: Suggestion }) {
  const { t } = useTranslation('district');
  const language = useLanguage();
  const products = useProducts();
  const client = useQueryClient();
  const [shipmentId] = useState(newId);
  const [stage, setStage] = useState<'offer' | 'confirm' | 'sent'>('offer');
  const [error, setError] = useState<string>();
  const n = (value: number) => formatNumber(value, language);
  const product = productName(suggestion.productId, suggestion.lotNumber, products.data?.data.items, language);

  const send = async () => {
    setError(undefined);
    try {
      await answer(api.POST('/api/v1/shipments', { body: { id: shipmentId, ...suggestion.shipment } }));
      setStage('sent');
      flash(t('redistribution.sent', { quantity: n(suggestion.quantity), to: suggestion.toPointCode }));
      await client.invalidateQueries({ queryKey: ['district'] });
    } catch (caught) {
      setError(caught instanceof ProblemError ? problemMessage(t, caught.problem) : t('readFailed'));
      setStage('offer');
    }
  };

  return (
    <li className="card">
      <h3>{t('redistribution.move', { quantity: n(suggestion.quantity), product, from: suggestion.fromPointCode, to: suggestion.toPointCode })}</h3>
      <p className="muted">
        {t('redistribution.why', { lot: suggestion.lotNumber, expiry: formatDate(suggestion.expiryDate, language), days: n(suggestion.daysToExpiry), use: n(suggestion.receiverUseBeforeExpiry), ahead: n(suggestion.receiverStockAhead) })}
      </p>
      <div className="inline-actions">
        {stage === 'offer' && (
          <button type="button" className="primary" onClick={() => setStage('confirm')}>
            {t('redistribution.send')}
          </button>
        )}
        {stage === 'confirm' && (
          <>
            <button type="button" className="primary" onClick={() => void send()}>
              {t('redistribution.confirm', { to: suggestion.toPointCode })}
            </button>
            <button type="button" onClick={() => setStage('offer')}>
              {t('redistribution.cancel')}
            </button>
          </>
        )}
        {stage === 'sent' && <span className="pill pill-shipped">{t('redistribution.inTransit')}</span>}
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
