import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asProblem, authorisedGet } from '../api/client';
import { problemMessage } from './problem-message';

/**
 * A printable document (A4 PDF, Indonesian) saved under the server's file name: SBBK, BAST, stock count minutes,
 * stock card, monthly report. Needs a connection; says so, or the server's reason, when it cannot.
 */
export function PdfDownload({ path, label }: { path: string; label: string }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setError(undefined);
    setBusy(true);
    try {
      const response = await authorisedGet(path);
      if (!response.ok) {
        setError(problemMessage(t, asProblem(await response.json().catch(() => undefined), response.status)));
        return;
      }
      const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'pasokan.pdf';
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      link.click();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setError(t('documents.offline'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="pdf-download">
      <button type="button" className="link-button" disabled={busy} onClick={() => void download()}>
        {label}
      </button>
      {error && (
        <span className="error" role="alert">
          {' '}
          {error}
        </span>
      )}
    </span>
  );
}
