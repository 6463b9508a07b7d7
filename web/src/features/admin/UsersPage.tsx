import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { api, asProblem, type Problem } from '../../api/client';
import { flash } from '../../components/flash';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/i18n';
import { MIN_PASSWORD_LENGTH } from '../auth/PasswordPage';
import { answer, useRead, type Schemas } from '../district/api';
import { Failure, Filter, Loading, Pager } from '../district/parts';
import { useSearchParams } from '../district/search';
import { ProblemText } from './ProductsPage';

type User = Schemas['UserResponse'];
type Role = User['role'];
const ROLES: Role[] = ['admin', 'district_officer', 'point_staff', 'outreach_officer'];
const LIMIT = 25;

/** Everyone's accounts, by role, searched and paged on the server. */
export function UsersPage() {
  const { t } = useTranslation('admin');
  const [params, setParams] = useSearchParams();
  const offset = Number(params.offset ?? 0);
  const role = params.role as Role | undefined;
  const list = useRead(['users', role, params.q, offset], () => api.GET('/api/v1/users', { params: { query: { role, q: params.q || undefined, limit: LIMIT, offset } } }));
  const [q, setQ] = useState(params.q ?? '');
  return (
    <section>
      <h1>{t('users.title')}</h1>
      <p>
        <Link href="/admin/users/new" className="button primary">
          {t('users.new')}
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
        <Filter label={t('users.role')} value={role} options={ROLES.map((value) => [value, t(`roles.${value}`)])} onChange={(value) => setParams({ role: value, offset: undefined })} />
        <label>
          {t('users.search')}
          <input type="search" value={q} onChange={(event) => setQ(event.target.value)} />
        </label>
        <button type="submit">{t('search')}</button>
      </form>
      {!list.data ? (
        list.isError ? <Failure error={list.error} /> : <Loading />
      ) : (
        <>
          <ul className="cards">
            {list.data.items.map((user) => (
              <li key={user.id}>
                <Link href={`/admin/users/${user.id}`}>
                  <strong>{user.username}</strong>
                </Link>
                <span className="muted">
                  {' '}
                  · {t(`roles.${user.role}`)}
                  {user.regencyCodes.length > 0 && ` · ${user.regencyCodes.join(', ')}`}
                  {user.pointIds.length > 0 && ` · ${t('users.points', { count: user.pointIds.length })}`}
                  {!user.active && ` · ${t('inactive')}`}
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

export function UserFormPage() {
  const { id } = useParams<{ id?: string }>();
  const existing = useRead(['user', id], () => api.GET('/api/v1/users/{id}', { params: { path: { id: id! } } }), Boolean(id));
  if (id && !existing.data) return existing.isError ? <Failure error={existing.error} /> : <Loading />;
  return (
    <>
      <UserForm key={id ?? 'new'} user={existing.data} />
      {existing.data && <PasswordReset user={existing.data} />}
      {existing.data && <Sessions user={existing.data} />}
    </>
  );
}

/** A new account, or a changed role, scope or active flag: district officers get regencies, staff and outreach points. */
function UserForm({ user }: { user?: User }) {
  const { t } = useTranslation('admin');
  const [, navigate] = useLocation();
  const queries = useQueryClient();
  const [username, setUsername] = useState(user?.username ?? '');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>(user?.role ?? 'point_staff');
  const [regencies, setRegencies] = useState(user?.regencyCodes.join(', ') ?? '');
  const [pointIds, setPointIds] = useState<string[]>(user?.pointIds ?? []);
  const [active, setActive] = useState(user?.active ?? true);
  const [email, setEmail] = useState(user?.email ?? '');
  const [problem, setProblem] = useState<Problem>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    setError(undefined);
    if (!user && password.length < MIN_PASSWORD_LENGTH) return setError(t('users.passwordTooShort', { count: MIN_PASSWORD_LENGTH }));
    const scope = {
      regencyCodes: role === 'district_officer' ? regencies.split(/[\s,;]+/).filter(Boolean) : [],
      pointIds: role === 'point_staff' || role === 'outreach_officer' ? pointIds : [],
    };
    setBusy(true);
    const { data, error: failure, response } = user
      ? await api.PATCH('/api/v1/users/{id}', { params: { path: { id: user.id } }, body: { role, ...scope, active, email: email.trim() || null } })
      : await api.POST('/api/v1/users', { body: { username: username.trim(), password, role, ...scope, active: true, email: email.trim() || null } });
    setBusy(false);
    if (!data) return setProblem(asProblem(failure, response.status));
    await queries.invalidateQueries({ queryKey: ['district', 'users'] });
    await queries.invalidateQueries({ queryKey: ['district', 'user', data.id] });
    flash(t('users.saved', { username: data.username }));
    navigate('/admin/users');
  };

  return (
    <section>
      <h1>{user ? t('users.edit', { username: user.username }) : t('users.new')}</h1>
      <form className="form" onSubmit={(event) => void submit(event)}>
        <label>
          {t('users.username')}
          <input value={username} onChange={(event) => setUsername(event.target.value)} disabled={Boolean(user)} required autoCapitalize="none" autoComplete="off" />
        </label>
        {!user && (
          <label>
            {t('users.password')}
            <input type="password" value={password} onChange={(event) => setPassword(event.target.value)} autoComplete="new-password" required />
          </label>
        )}
        <label>
          {t('users.role')}
          <select value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {ROLES.map((value) => (
              <option key={value} value={value}>
                {t(`roles.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('users.email')}
          <input type="email" value={email} onChange={(event) => setEmail(event.target.value)} autoCapitalize="none" autoComplete="off" inputMode="email" aria-describedby="user-email-hint" />
        </label>
        <p id="user-email-hint" className="muted">
          {t('users.emailHint')}
        </p>
        {role === 'district_officer' && (
          <label>
            {t('users.regencies')}
            <input value={regencies} onChange={(event) => setRegencies(event.target.value)} placeholder="32.73" />
          </label>
        )}
        {(role === 'point_staff' || role === 'outreach_officer') && <PointPicker selected={pointIds} onChange={setPointIds} />}
        {user && (
          <label className="check">
            <input type="checkbox" checked={active} onChange={(event) => setActive(event.target.checked)} />
            {t('activeLabel')}
          </label>
        )}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {problem && <ProblemText problem={problem} />}
        <button type="submit" className="primary" disabled={busy}>
          {t('save')}
        </button>
      </form>
      <p>
        <Link href="/admin/users">{t('back')}</Link>
      </p>
    </section>
  );
}

/** The points a staff member or outreach officer works at: found by name or code, ticked. */
function PointPicker({ selected, onChange }: { selected: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation('admin');
  const [q, setQ] = useState('');
  const found = useRead(['point-search', q], () => api.GET('/api/v1/points', { params: { query: { q: q.trim() || undefined, limit: 20 } } }), q.trim().length >= 2);
  const chosen = useRead(['points-chosen', selected], () => api.GET('/api/v1/points', { params: { query: { limit: 100 } } }), selected.length > 0);
  const names = new Map([...(chosen.data?.items ?? []), ...(found.data?.items ?? [])].map((point) => [point.id, `${point.name} (${point.code})`]));
  const toggle = (id: string, on: boolean) => onChange(on ? [...new Set([...selected, id])] : selected.filter((value) => value !== id));
  return (
    <fieldset>
      <legend>{t('users.pointsLegend')}</legend>
      {selected.map((id) => (
        <label key={id} className="check">
          <input type="checkbox" checked onChange={() => toggle(id, false)} />
          {names.get(id) ?? id}
        </label>
      ))}
      <label>
        {t('users.findPoint')}
        <input type="search" value={q} onChange={(event) => setQ(event.target.value)} />
      </label>
      {found.data?.items
        .filter((point) => !selected.includes(point.id))
        .map((point) => (
          <label key={point.id} className="check">
            <input type="checkbox" checked={false} onChange={() => toggle(point.id, true)} />
            {point.name} ({point.code})
          </label>
        ))}
    </fieldset>
  );
}

/** A new password set by the administrator: the user's sessions end (the server revokes them). */
function PasswordReset({ user }: { user: User }) {
  const { t } = useTranslation('admin');
  const queries = useQueryClient();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [problem, setProblem] = useState<Problem>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setProblem(undefined);
    if (password.length < MIN_PASSWORD_LENGTH) return setError(t('users.passwordTooShort', { count: MIN_PASSWORD_LENGTH }));
    const { data, error: failure, response } = await api.PATCH('/api/v1/users/{id}', { params: { path: { id: user.id } }, body: { password, active: user.active } });
    if (!data) return setProblem(asProblem(failure, response.status));
    setPassword('');
    await queries.invalidateQueries({ queryKey: ['district', 'sessions', user.id] });
    flash(t('users.passwordReset', { username: user.username }));
  };
  return (
    <section>
      <h2>{t('users.resetTitle')}</h2>
      <form className="form" onSubmit={(event) => void submit(event)}>
        <label>
          {t('users.newPassword')}
          <input type="password" value={password} onChange={(event) => setPassword(event.target.value)} autoComplete="new-password" required />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {problem && <ProblemText problem={problem} />}
        <button type="submit">{t('users.reset')}</button>
      </form>
    </section>
  );
}

/** The user's device sessions (a phone each), any of them revoked here. */
function Sessions({ user }: { user: User }) {
  const { t } = useTranslation('admin');
  const language = useLanguage();
  const queries = useQueryClient();
  const sessions = useRead(['sessions', user.id], () => api.GET('/api/v1/users/{id}/sessions', { params: { path: { id: user.id } } }));
  const revoke = async (id: string) => {
    await answer(api.DELETE('/api/v1/sessions/{id}', { params: { path: { id } } })).catch(() => undefined);
    await queries.invalidateQueries({ queryKey: ['district', 'sessions', user.id] });
  };
  return (
    <section>
      <h2>{t('sessions.title')}</h2>
      {!sessions.data ? (
        sessions.isError ? <Failure error={sessions.error} /> : <Loading />
      ) : sessions.data.items.length === 0 ? (
        <p className="muted">{t('sessions.none')}</p>
      ) : (
        <ul className="cards">
          {sessions.data.items.map((session) => (
            <li key={session.id}>
              {session.deviceLabel ?? t('sessions.device')} · {t(`sessions.status.${session.status}`, { defaultValue: session.status })} ·{' '}
              {t('sessions.lastUsed', { when: formatDateTime(session.lastUsedAt, language, 'Asia/Jakarta') })}
              {session.status === 'active' && (
                <button type="button" onClick={() => void revoke(session.id)}>
                  {t('sessions.revoke')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
