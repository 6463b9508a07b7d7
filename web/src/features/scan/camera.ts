/**
 * The camera reader, loaded only when the user opens the scanner (dynamic import from ScanField): the browser's own
 * BarcodeDetector where it exists, the `barcode-detector` ponyfill (ZXing-C++ in WebAssembly) where not. The .wasm is
 * served by the app itself (and precached for offline use), never fetched from a CDN.
 */
import { BarcodeDetector as Ponyfill, prepareZXingModule } from 'barcode-detector/ponyfill';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

const FORMATS = ['data_matrix', 'code_128', 'ean_13', 'ean_8', 'upc_a', 'upc_e', 'qr_code'];
const INTERVAL_MS = 200;

interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}

let prepared = false;

async function detector(): Promise<Detector> {
  const Native = (globalThis as { BarcodeDetector?: { new (options: { formats: string[] }): Detector; getSupportedFormats(): Promise<string[]> } }).BarcodeDetector;
  if (Native) {
    const supported = await Native.getSupportedFormats().catch(() => [] as string[]);
    if (supported.includes('data_matrix')) return new Native({ formats: FORMATS.filter((format) => supported.includes(format)) });
  }
  if (!prepared) {
    prepareZXingModule({ overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path) } });
    prepared = true;
  }
  return new Ponyfill({ formats: FORMATS as ConstructorParameters<typeof Ponyfill>[0] extends { formats?: infer F } ? F : never });
}

/** Opens the rear camera in `video` and calls `onText` with each code read; the returned function stops it all. */
export async function startCamera(video: HTMLVideoElement, onText: (text: string) => void): Promise<() => void> {
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false });
  let stopped = false;
  const stop = () => {
    stopped = true;
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  };
  try {
    video.srcObject = stream;
    video.muted = true;
    video.setAttribute('playsinline', '');
    await video.play();
    const reader = await detector();
    const tick = async () => {
      if (stopped) return;
      if (video.readyState >= 2) {
        const codes = await reader.detect(video).catch(() => []);
        const first = codes.find((code) => code.rawValue);
        if (first && !stopped) onText(first.rawValue);
      }
      if (!stopped) setTimeout(() => void tick(), INTERVAL_MS);
    };
    void tick();
  } catch (error) {
    stop();
    throw error;
  }
  return stop;
}
