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
                  {product.components.length > 0 && ` · ${t('products.kitShort', { components: kitList(product) })}`}
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
    // A new product of category other may be a kit: its contents are set on its own page, where it now has an id.
    navigate(!product && data.category === 'other' ? `/admin/products/${data.id}` : '/admin/products');
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
      {product?.category === 'other' && <KitContents product={product} />}
      <p>
        <Link href="/admin/products">{t('back')}</Link>
      </p>
    </section>
  );
}

const kitList = (product: Product) => product.components.map((component) => `${component.quantity} × ${component.productCode}`).join(', ');

/** The component row a server error names (`components[1].productId`), or undefined for the list as a whole. */
function componentRowOf(field: string): number | undefined {
  const match = /^components[[.](\d+)/.exec(field);
  return match ? Number(match[1]) : undefined;
}

interface ComponentRow {
  key: number;
  productId: string;
  quantity: string;
}

/** A kit's bill of materials (docs/kits.md): what one kit holds; saving an empty list makes it an ordinary product. */
function KitContents({ product }: { product: Product }) {
  const { t } = useTranslation('admin');
  const language = useLanguage();
  const queries = useQueryClient();
  const catalogue = useRead(['products', 'all'], () => api.GET('/api/v1/products', { params: { query: { limit: 200 } } }));
  const [rows, setRows] = useState<ComponentRow[]>(() => product.components.map((component, key) => ({ key, productId: component.productId, quantity: String(component.quantity) })));
  const [nextKey, setNextKey] = useState(product.components.length);
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);

  const options = (catalogue.data?.items ?? []).filter((candidate) => candidate.id !== product.id && (candidate.active || rows.some((row) => row.productId === candidate.id)));
  const rowErrors = (index: number) =>
    problem?.errors
      ?.filter((error) => componentRowOf(error.field) === index)
      .flatMap((error) => error.messages.map((message) => (error.field.endsWith('.quantity') ? `${t('kit.perKit')}: ${message}` : message))) ?? [];
  const otherErrors = problem?.errors?.filter((error) => componentRowOf(error.field) === undefined) ?? [];
  const change = (key: number, update: Partial<ComponentRow>) => setRows((current) => current.map((row) => (row.key === key ? { ...row, ...update } : row)));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    const components = rows.map((row) => ({ productId: row.productId, quantity: Number(row.quantity) }));
    const { data, error, response } = await api.PUT('/api/v1/products/{id}/components', { params: { path: { id: product.id } }, body: { components } });
    setBusy(false);
    if (!data) return setProblem(asProblem(error, response.status));
    await queries.invalidateQueries({ queryKey: ['district', 'products'] });
    await queries.invalidateQueries({ queryKey: ['district', 'product', product.id] });
    // The field app's cached catalogue (which products are kits) is read again too.
    await queries.invalidateQueries({ queryKey: ['products'] });
    flash(data.components.length > 0 ? t('kit.saved', { components: kitList(data) }) : t('kit.cleared'));
  };

  return (
    <form className="form" onSubmit={(event) => void save(event)} aria-labelledby="kit-contents">
      <h2 id="kit-contents">{t('kit.title')}</h2>
      <p className="muted">{t('kit.help')}</p>
      {rows.length === 0 && <p>{t('kit.none')}</p>}
      {rows.map((row, index) => {
        const messages = rowErrors(index);
        return (
          <fieldset key={row.key}>
            <legend>{t('kit.component', { number: index + 1 })}</legend>
            <label>
              {t('kit.product')}
              <select value={row.productId} onChange={(event) => change(row.key, { productId: event.target.value })} required aria-invalid={messages.length > 0 || undefined}>
                <option value="">{t('kit.chooseProduct')}</option>
                {options.map((option) => (
                  <option key={option.id} value={option.id}>
                    {(language === 'id' && option.nameId) || option.name} · {option.code}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('kit.perKit')}
              <input value={row.quantity} onChange={(event) => change(row.key, { quantity: event.target.value })} inputMode="numeric" pattern="[0-9]*" required />
            </label>
            {messages.length > 0 && (
              <p className="error" role="alert">
                {messages.join('; ')}
              </p>
            )}
            <button type="button" onClick={() => setRows((current) => current.filter((candidate) => candidate.key !== row.key))}>
              {t('kit.remove')}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        onClick={() => {
          setRows((current) => [...current, { key: nextKey, productId: '', quantity: '1' }]);
          setNextKey(nextKey + 1);
        }}
      >
        {t('kit.add')}
      </button>
      {problem && (problem.errors === undefined || otherErrors.length > 0) && <ProblemText problem={{ ...problem, errors: problem.errors && otherErrors }} />}
      <button type="submit" className="primary" disabled={busy}>
        {t('kit.save')}
      </button>
    </form>
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
