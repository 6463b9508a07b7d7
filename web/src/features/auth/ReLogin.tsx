import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../components/problem-message';
import { requestSync } from '../outbox/sync-runner';
import { logIn } from './session';

/**
 * Shown when the server no longer accepts the session: everything captured stays on the phone, and signing in again
 * (same user) sends it.
 */
export function ReLogin({ username }: { username: string }) {
  const { t } = useTranslation('auth');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const problem = await logIn(username, password);
      if (problem) setError(problemMessage(t, problem));
      else void requestSync();
    } catch {
      setError(t('errors.offline'));
    }
  };

  return (
    <section className="notice" aria-labelledby="relogin-title">
      <h2 id="relogin-title">{t('sessionExpired')}</h2>
      <p>{t('sessionExpiredHelp')}</p>
      <form onSubmit={(event) => void submit(event)} className="form">
        <label>
          {t('password')}
          <input type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} required />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary">
          {t('signIn')}
        </button>
      </form>
    </section>
  );
}
