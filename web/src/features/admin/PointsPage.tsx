import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { api, asProblem, type Problem } from '../../api/client';
import { flash } from '../../components/flash';
import { useRead, type Schemas } from '../district/api';
import { Failure, Filter, Loading, Pager } from '../district/parts';
import { useSearchParams } from '../district/search';
import { ProblemText } from './ProductsPage';

type Point = Schemas['PointResponse'];
type PointType = Point['type'];
const TYPES: PointType[] = ['district_health_office', 'ngo_office', 'drop_in_centre', 'puskesmas', 'hospital', 'outreach', 'other'];
const LIMIT = 25;

/** Service points, filtered by regency, type and active, searched and paged on the server. */
export function PointsPage() {
  const { t } = useTranslation('admin');
  const [params, setParams] = useSearchParams();
  const offset = Number(params.offset ?? 0);
  const type = params.type as PointType | undefined;
  const active = params.active === undefined ? undefined : params.active === 'true';
  const [q, setQ] = useState(params.q ?? '');
  const [regency, setRegency] = useState(params.regencyCode ?? '');
  const list = useRead(['points', params.regencyCode, type, params.active, params.q, offset], () =>
    api.GET('/api/v1/points', { params: { query: { regencyCode: params.regencyCode || undefined, type, active, q: params.q || undefined, limit: LIMIT, offset } } }),
  );
  return (
    <section>
      <h1>{t('points.title')}</h1>
      <p>
        <Link href="/admin/points/new" className="button primary">
          {t('points.new')}
        </Link>
      </p>
      <form
        className="filters"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setParams({ q: q.trim() || undefined, regencyCode: regency.trim() || undefined, offset: undefined });
        }}
      >
        <Filter label={t('points.type')} value={type} options={TYPES.map((value) => [value, t(`pointTypes.${value}`)])} onChange={(value) => setParams({ type: value, offset: undefined })} />
        <Filter
          label={t('points.status')}
          value={params.active}
          options={[
            ['true', t('points.activeOnly')],
            ['false', t('points.inactiveOnly')],
          ]}
          onChange={(value) => setParams({ active: value, offset: undefined })}
        />
        <label>
          {t('points.regencyCode')}
          <input value={regency} onChange={(event) => setRegency(event.target.value)} placeholder="32.73" />
        </label>
        <label>
          {t('points.search')}
          <input type="search" value={q} onChange={(event) => setQ(event.target.value)} />
        </label>
        <button type="submit">{t('search')}</button>
      </form>
      {!list.data ? (
        list.isError ? <Failure error={list.error} /> : <Loading />
      ) : (
        <>
          <ul className="cards">
            {list.data.items.map((point) => (
              <li key={point.id}>
                <Link href={`/admin/points/${point.id}`}>
                  <strong>{point.name}</strong> · {point.code}
                </Link>
                <span className="muted">
                  {' '}
                  · {t(`pointTypes.${point.type}`)} · {point.regencyName}
                  {!point.active && ` · ${t('inactive')}`}
                </span>
              </li>
            ))}
          </ul>
          <Pager total={list.data.total} limit={LIMIT} offset={offset} onOffset={(next) => setParams({ offset: String(next) })} />
        </>
      )}
    </section>
  );
}

export function PointFormPage() {
  const { id } = useParams<{ id?: string }>();
  const existing = useRead(['point', id], () => api.GET('/api/v1/points/{id}', { params: { path: { id: id! } } }), Boolean(id));
  if (id && !existing.data) return existing.isError ? <Failure error={existing.error} /> : <Loading />;
  return <PointForm key={id ?? 'new'} point={existing.data} />;
}

/** A new point, or one changed: name, type, regency, the point that supplies it, whether it may hold restricted products. */
function PointForm({ point }: { point?: Point }) {
  const { t } = useTranslation('admin');
  const [, navigate] = useLocation();
  const queries = useQueryClient();
  const [code, setCode] = useState(point?.code ?? '');
  const [name, setName] = useState(point?.name ?? '');
  const [type, setType] = useState<PointType>(point?.type ?? 'puskesmas');
  const [regencyCode, setRegencyCode] = useState(point?.regencyCode ?? '');
  const [supplierPointId, setSupplierPointId] = useState<string | null>(point?.supplierPointId ?? null);
  const [mayHoldRestricted, setMayHoldRestricted] = useState(point?.mayHoldRestricted ?? false);
  const [active, setActive] = useState(point?.active ?? true);
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    const body = { name: name.trim(), type, regencyCode: regencyCode.trim(), supplierPointId, mayHoldRestricted, active };
    const { data, error, response } = point
      ? await api.PATCH('/api/v1/points/{id}', { params: { path: { id: point.id } }, body })
      : await api.POST('/api/v1/points', { body: { ...body, code: code.trim() } });
    setBusy(false);
    if (!data) return setProblem(asProblem(error, response.status));
    await queries.invalidateQueries({ queryKey: ['district', 'points'] });
    await queries.invalidateQueries({ queryKey: ['district', 'point', data.id] });
    flash(t('points.saved', { name: data.name }));
    navigate('/admin/points');
  };

  return (
    <section>
      <h1>{point ? t('points.edit', { name: point.name }) : t('points.new')}</h1>
      <form className="form" onSubmit={(event) => void submit(event)}>
        <label>
          {t('points.code')}
          <input value={code} onChange={(event) => setCode(event.target.value)} disabled={Boolean(point)} required autoCapitalize="characters" />
        </label>
        <label>
          {t('points.name')}
          <input value={name} onChange={(event) => setName(event.target.value)} required />
        </label>
        <label>
          {t('points.type')}
          <select value={type} onChange={(event) => setType(event.target.value as PointType)}>
            {TYPES.map((value) => (
              <option key={value} value={value}>
                {t(`pointTypes.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('points.regencyCode')}
          <input value={regencyCode} onChange={(event) => setRegencyCode(event.target.value)} placeholder="32.73" required />
        </label>
        <SupplierPicker value={supplierPointId} exclude={point?.id} onChange={setSupplierPointId} />
        <label className="check">
          <input type="checkbox" checked={mayHoldRestricted} onChange={(event) => setMayHoldRestricted(event.target.checked)} />
          {t('points.mayHoldRestricted')}
        </label>
        {point && (
          <label className="check">
            <input type="checkbox" checked={active} onChange={(event) => setActive(event.target.checked)} />
            {t('activeLabel')}
          </label>
        )}
        {problem && <ProblemText problem={problem} />}
        <button type="submit" className="primary" disabled={busy}>
          {t('save')}
        </button>
      </form>
      <p>
        <Link href="/admin/points">{t('back')}</Link>
      </p>
    </section>
  );
}

/** The point that supplies this one (its resupply requests go there): found by name or code. */
function SupplierPicker({ value, exclude, onChange }: { value: string | null; exclude?: string; onChange: (id: string | null) => void }) {
  const { t } = useTranslation('admin');
  const [q, setQ] = useState('');
  const current = useRead(['point', value], () => api.GET('/api/v1/points/{id}', { params: { path: { id: value! } } }), Boolean(value));
  const found = useRead(['point-search', q], () => api.GET('/api/v1/points', { params: { query: { q: q.trim() || undefined, active: true, limit: 20 } } }), q.trim().length >= 2);
  return (
    <fieldset>
      <legend>{t('points.supplier')}</legend>
      <p>
        {value ? (current.data ? `${current.data.name} (${current.data.code})` : '…') : t('points.noSupplier')}{' '}
        {value && (
          <button type="button" onClick={() => onChange(null)}>
            {t('points.removeSupplier')}
          </button>
        )}
      </p>
      <label>
        {t('users.findPoint')}
        <input type="search" value={q} onChange={(event) => setQ(event.target.value)} />
      </label>
      {found.data?.items
        .filter((point) => point.id !== exclude && point.id !== value)
        .map((point) => (
          <button key={point.id} type="button" onClick={() => onChange(point.id)}>
            {t('points.chooseSupplier', { name: `${point.name} (${point.code})` })}
          </button>
        ))}
    </fieldset>
  );
}
