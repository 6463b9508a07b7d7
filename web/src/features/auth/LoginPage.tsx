import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { problemMessage } from '../../components/problem-message';
import { logIn } from './session';

export function LoginPage() {
  const { t } = useTranslation('auth');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const problem = await logIn(username.trim(), password);
      if (problem) setError(problemMessage(t, problem));
    } catch {
      setError(t('errors.offline'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="login">
      <h1>pasokan</h1>
      <p className="lead">{t('intro')}</p>
      <form onSubmit={(event) => void submit(event)} className="form">
        <label>
          {t('username')}
          <input name="username" autoComplete="username" autoCapitalize="none" value={username} onChange={(event) => setUsername(event.target.value)} required />
        </label>
        <label>
          {t('password')}
          <input name="password" type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} required />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('signingIn') : t('signIn')}
        </button>
      </form>
      <p className="hint">{t('onceOnly')}</p>
      <LanguageSwitch />
    </main>
  );
}
