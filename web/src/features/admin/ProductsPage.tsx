import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { api, asProblem, type Problem } from '../../api/client';
import { flash } from '../../components/flash';
import { problemMessage } from '../../components/problem-message';
import { useLanguage } from '../../i18n/i18n';
import { useRead, type Schemas } from '../district/api';
import { Failure, Loading, Pager } from '../district/parts';
import { useSearchParams } from '../district/search';
import { gtinProblem } from './gtin';

type Product = Schemas['ProductResponse'];
const CATEGORIES = ['needle_syringe', 'swab', 'condom', 'lubricant', 'iec', 'naloxone', 'other'] as const;
const LIMIT = 25;

/** Products, searched and paged on the server. */
export function ProductsPage() {
  const { t } = useTranslation('admin');
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const offset = Number(params.offset ?? 0);
  const [q, setQ] = useState(params.q ?? '');
  const list = useRead(['products', params.q, offset], () => api.GET('/api/v1/products', { params: { query: { q: params.q || undefined, limit: LIMIT, offset } } }));
  return (
    <section>
      <h1>{t('products.title')}</h1>
      <p>
        <Link href="/admin/products/new" className="button primary">
          {t('products.new')}
        </Link>
      </p>
      <form
        className="filters"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setParams({ q: q.trim() || undefined, offset: undefined });
        }}
      >
        <label>
          {t('products.search')}
          <input type="search" value={q} onChange={(event) => setQ(event.target.value)} />
        </label>
        <button type="submit">{t('search')}</button>
      </form>
      {!list.data ? (
        list.isError ? <Failure error={list.error} /> : <Loading />
      ) : (
        <>
          <ul className="cards">
            {list.data.items.map((product) => (
              <li key={product.id}>
                <Link href={`/admin/products/${product.id}`}>
                  <strong>{(language === 'id' && product.nameId) || product.name}</strong> · {product.code}
                </Link>
                <span className="muted">
                  {' '}
                  · {t(`categories.${product.category}`)} · {t('products.packOf', { count: product.packSize, unit: product.unit })}
                  {product.syringeContent && ` · ${t(`products.syringeContents.${product.syringeContent}`)}`}
                  {product.contentsPerUnit > 1 && ` · ${t('products.contentsShort', { count: product.contentsPerUnit })}`}
                  {product.gtin && ` · GTIN ${product.gtin}`}
                  {product.restricted && ` · ${t('products.restricted')}`}
                  {!product.active && ` · ${t('inactive')}`}
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

/** A new product, or one product changed: the GTIN's check digit is checked as it is typed. */
export function ProductFormPage() {
  const { id } = useParams<{ id?: string }>();
  const existing = useRead(['product', id], () => api.GET('/api/v1/products/{id}', { params: { path: { id: id! } } }), Boolean(id));
  if (id && !existing.data) return existing.isError ? <Failure error={existing.error} /> : <Loading />;
  return <ProductForm key={id ?? 'new'} product={existing.data} />;
}

function ProductForm({ product }: { product?: Product }) {
  const { t } = useTranslation('admin');
  const [, navigate] = useLocation();
  const queries = useQueryClient();
  const [code, setCode] = useState(product?.code ?? '');
  const [name, setName] = useState(product?.name ?? '');
  const [nameId, setNameId] = useState(product?.nameId ?? '');
  const [category, setCategory] = useState<string>(product?.category ?? 'needle_syringe');
  const [unit, setUnit] = useState(product?.unit ?? '');
  const [packSize, setPackSize] = useState(String(product?.packSize ?? 1));
  const [syringeContent, setSyringeContent] = useState<NonNullable<Product['syringeContent']>>(product?.syringeContent ?? 'set');
  const [contentsPerUnit, setContentsPerUnit] = useState(String(product?.contentsPerUnit ?? 1));
  const [gtin, setGtin] = useState(product?.gtin ?? '');
  const [restricted, setRestricted] = useState(product?.restricted ?? false);
  const [active, setActive] = useState(product?.active ?? true);
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);

  const gtinCheck = gtin.trim() ? gtinProblem(gtin) : undefined;
  const gtinError = gtinCheck && t(`gtin.${gtinCheck.problem}`, { expected: gtinCheck.expected });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (gtinError) return;
    setBusy(true);
    setProblem(undefined);
    const common = {
      name: name.trim(),
      nameId: nameId.trim() || undefined,
      unit: unit.trim(),
      packSize: Number(packSize),
      contentsPerUnit: Number(contentsPerUnit),
      ...(category === 'needle_syringe' ? { syringeContent } : {}),
      restricted,
    };
    const { data, error, response } = product
      ? await api.PATCH('/api/v1/products/{id}', { params: { path: { id: product.id } }, body: { ...common, gtin: gtin.trim() || null, active } })
      : await api.POST('/api/v1/products', { body: { ...common, code: code.trim(), category: category as Product['category'], gtin: gtin.trim() || undefined, active: true } });
    setBusy(false);
    if (!data) return setProblem(asProblem(error, response.status));
    await queries.invalidateQueries({ queryKey: ['district', 'products'] });
    await queries.invalidateQueries({ queryKey: ['district', 'product', data.id] });
    flash(t('products.saved', { name: data.name }));
    navigate('/admin/products');
  };

  return (
    <section>
      <h1>{product ? t('products.edit', { name: product.name }) : t('products.new')}</h1>
      <form className="form" onSubmit={(event) => void submit(event)}>
        <label>
          {t('products.code')}
          <input value={code} onChange={(event) => setCode(event.target.value)} disabled={Boolean(product)} required autoCapitalize="characters" />
        </label>
        <label>
          {t('products.nameId')}
          <input value={nameId} onChange={(event) => setNameId(event.target.value)} />
        </label>
        <label>
          {t('products.name')}
          <input value={name} onChange={(event) => setName(event.target.value)} required />
        </label>
        <label>
          {t('products.category')}
          <select value={category} onChange={(event) => setCategory(event.target.value)} disabled={Boolean(product)}>
            {CATEGORIES.map((value) => (
              <option key={value} value={value}>
                {t(`categories.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('products.unit')}
          <input value={unit} onChange={(event) => setUnit(event.target.value)} required />
        </label>
        <label>
          {t('products.packSize')}
          <input value={packSize} onChange={(event) => setPackSize(event.target.value)} inputMode="numeric" pattern="[0-9]*" required />
        </label>
        {category === 'needle_syringe' && (
          <label>
            {t('products.syringeContent')}
            <select value={syringeContent} onChange={(event) => setSyringeContent(event.target.value as typeof syringeContent)}>
              {(['set', 'needle', 'barrel'] as const).map((value) => (
                <option key={value} value={value}>
                  {t(`products.syringeContents.${value}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {category === 'naloxone' ? t('products.dosesPerUnit') : t('products.contentsPerUnit')}
          <input value={contentsPerUnit} onChange={(event) => setContentsPerUnit(event.target.value)} inputMode="numeric" pattern="[0-9]*" required />
        </label>
        <label>
          {t('products.gtin')}
          <input value={gtin} onChange={(event) => setGtin(event.target.value)} inputMode="numeric" aria-invalid={Boolean(gtinError)} aria-describedby="gtin-error" />
        </label>
        {gtinError && (
          <p id="gtin-error" className="error" role="alert">
            {gtinError}
          </p>
        )}
        <label className="check">
          <input type="checkbox" checked={restricted} onChange={(event) => setRestricted(event.target.checked)} />
          {t('products.restrictedLabel')}
        </label>
        {product && (
          <label className="check">
            <input type="checkbox" checked={active} onChange={(event) => setActive(event.target.checked)} />
            {t('activeLabel')}
          </label>
        )}
        {problem && <ProblemText problem={problem} />}
        <button type="submit" className="primary" disabled={busy || Boolean(gtinError)}>
          {t('save')}
        </button>
      </form>
      <p>
        <Link href="/admin/products">{t('back')}</Link>
      </p>
    </section>
  );
}

/** A refusal: our words for its code, and the fields the server named. */
export function ProblemText({ problem }: { problem: Problem }) {
  const { t } = useTranslation('admin');
  return (
    <div className="error" role="alert">
      <p>{problemMessage(t, problem)}</p>
      {problem.errors && (
        <ul>
          {problem.errors.map((error) => (
            <li key={error.field}>
              {t(`fields.${error.field}`, { defaultValue: error.field })}: {error.messages.join('; ')}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
