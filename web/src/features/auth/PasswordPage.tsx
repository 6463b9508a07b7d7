import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { api, asProblem } from '../../api/client';
import { flash } from '../../components/flash';
import { problemMessage } from '../../components/problem-message';
import { logIn, useSession } from './session';

/** The server's shortest password (ChangePasswordRequest); checked here first so the user hears it at once. */
export const MIN_PASSWORD_LENGTH = 10;

/**
 * Staff change their own password (POST /auth/password), in the field app and the workspace. The server ends every
 * session issued before, this one included, so the app signs in again with the new password straight away.
 */
export function PasswordPage() {
  const { t } = useTranslation('auth');
  const session = useSession()!;
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    if (next.length < MIN_PASSWORD_LENGTH) return setError(t('passwordChange.tooShort', { count: MIN_PASSWORD_LENGTH }));
    if (next !== repeat) return setError(t('passwordChange.notSame'));
    if (next === current) return setError(t('passwordChange.unchanged'));
    setBusy(true);
    try {
      const { error: failure, response } = await api.POST('/api/v1/auth/password', { body: { currentPassword: current, newPassword: next } });
      if (!response.ok) {
        const problem = asProblem(failure, response.status);
        setError(problem.code === 'WRONG_CURRENT_PASSWORD' ? t('passwordChange.wrongCurrent') : problemMessage(t, problem));
        return;
      }
      const problem = await logIn(session.username, next);
      if (problem) setError(problemMessage(t, problem));
      else flash(t('passwordChange.done'));
      setCurrent('');
      setNext('');
      setRepeat('');
    } catch {
      setError(t('errors.offline'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section>
      <h1>{t('passwordChange.title')}</h1>
      <form onSubmit={(event) => void submit(event)} className="form">
        <label>
          {t('passwordChange.current')}
          <input name="currentPassword" type="password" autoComplete="current-password" value={current} onChange={(event) => setCurrent(event.target.value)} required />
        </label>
        <label>
          {t('passwordChange.new')}
          <input name="newPassword" type="password" autoComplete="new-password" aria-describedby="new-password-rule" value={next} onChange={(event) => setNext(event.target.value)} required />
        </label>
        <p id="new-password-rule" className="hint">
          {t('passwordChange.rule', { count: MIN_PASSWORD_LENGTH })}
        </p>
        <label>
          {t('passwordChange.repeat')}
          <input name="repeatPassword" type="password" autoComplete="new-password" value={repeat} onChange={(event) => setRepeat(event.target.value)} required />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {t('passwordChange.submit')}
        </button>
      </form>
      <p>
        <Link href="/">{t('passwordChange.back')}</Link>
      </p>
    </section>
  );
}
