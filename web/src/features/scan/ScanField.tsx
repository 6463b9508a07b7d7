import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/i18n';
import type { Product } from '../points/queries';
import { productName } from '../stock/product-name';
import { confirmScan } from './feedback';
import type { ScannedItem } from './gs1';

/** A scan resolved to a product of the catalogue, with the lot and expiry the code carried (if any). */
export interface ScanHit {
  product: Product;
  lotNumber?: string;
  expiryDate?: string;
}

type Notice = { kind: 'error' | 'ok'; text: string };

/**
 * Scan button (camera) and scan input (keyboard-wedge scanners, which type the element string and Enter) for a form.
 * A GTIN selects the product; an unknown GTIN is said plainly and the user picks the product (and is told to ask an
 * administrator, who attaches the GTIN to the product in the workspace's Products page: administrators do not use the
 * field app).
 */
export function ScanField({ catalogue, onHit }: {
  catalogue: Product[] | undefined;
  /** Fills the form; may answer what it did (shown as confirmation) or `{ refused }` when the form has no place for it. */
  onHit: (hit: ScanHit) => void | { done?: string; refused?: string };
}) {
  const { t } = useTranslation('scan');
  const language = useLanguage();
  const [text, setText] = useState('');
  const [notice, setNotice] = useState<Notice>();
  const [unknown, setUnknown] = useState<{ gtin: string; item: ScannedItem }>();
  const [chosen, setChosen] = useState('');
  const [cameraOpen, setCameraOpen] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const last = useRef<{ text: string; at: number }>({ text: '', at: 0 });

  const hit = (product: Product, item: ScannedItem) => {
    setUnknown(undefined);
    const answer = onHit({ product, lotNumber: item.lotNumber, expiryDate: item.expiryDate });
    if (answer?.refused) {
      setNotice({ kind: 'error', text: answer.refused });
      return;
    }
    setNotice({ kind: 'ok', text: answer?.done ?? t('scanned', { product: productName(product.id, product.name, catalogue, language) }) });
    confirmScan();
  };

  // The GS1 parser, like the camera reader, loads only when the first code arrives (keeps the initial JavaScript small).
  const handle = async (raw: string) => {
    const { parseScan } = await import('./gs1');
    const outcome = parseScan(raw);
    if (!outcome.ok) {
      setNotice({ kind: 'error', text: outcome.reason === 'checkDigit' ? t('wrongCheckDigit', { gtin: outcome.gtin }) : t('unreadable') });
      return;
    }
    const { item } = outcome;
    if (!item.gtin) {
      setNotice({ kind: 'error', text: t('noGtin') });
      return;
    }
    const product = catalogue?.find((candidate) => candidate.gtin === item.gtin);
    if (product) hit(product, item);
    else {
      setUnknown({ gtin: item.gtin, item });
      setChosen('');
      setNotice({ kind: 'error', text: t('unknownGtin', { gtin: item.gtin }) });
    }
  };

  // The same code seen by the camera many times a second counts once (a second scan of it needs a pause).
  const fromCamera = (value: string) => {
    const now = Date.now();
    if (value === last.current.text && now - last.current.at < 2500) return;
    last.current = { text: value, at: now };
    void handle(value);
  };
  const fromCameraRef = useRef(fromCamera);
  fromCameraRef.current = fromCamera;

  useEffect(() => {
    if (!cameraOpen || !video.current) return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    const element = video.current;
    import('./camera')
      .then(({ startCamera }) => startCamera(element, (value) => fromCameraRef.current(value)))
      .then((stopper) => {
        if (cancelled) stopper();
        else stop = stopper;
      })
      .catch(() => {
        if (!cancelled) {
          setNotice({ kind: 'error', text: t('noCamera') });
          setCameraOpen(false);
        }
      });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [cameraOpen, t]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (text.trim() === '') return;
    void handle(text);
    setText('');
  };

  const useChosen = () => {
    const product = catalogue?.find((candidate) => candidate.id === chosen);
    if (product && unknown) hit(product, unknown.item);
  };

  return (
    <div className="scan">
      <label>
        {t('scanInput')}
        <input
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="done"
          data-testid="scan-input"
        />
        <span className="hint">{t('scanHint')}</span>
      </label>
      <button type="button" onClick={() => setCameraOpen((open) => !open)} aria-pressed={cameraOpen}>
        {cameraOpen ? t('closeCamera') : t('openCamera')}
      </button>
      {cameraOpen && <video ref={video} className="scan-video" aria-label={t('cameraView')} muted playsInline />}
      {notice && (
        <p className={notice.kind === 'error' ? 'error' : 'flash'} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
      {unknown && (
        <div className="scan-unknown">
          <label>
            {t('pickProduct')}
            <select value={chosen} onChange={(event) => setChosen(event.target.value)}>
              <option value="">{t('chooseProduct')}</option>
              {catalogue?.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {productName(candidate.id, candidate.name, catalogue, language)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={!chosen} onClick={useChosen}>
            {t('useProduct')}
          </button>
          <p className="hint">{t('askAdmin', { gtin: unknown.gtin })}</p>
        </div>
      )}
    </div>
  );
}
