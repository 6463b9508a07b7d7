let audio: AudioContext | undefined;

/** A short vibration and a short beep after a good scan (either may be unavailable; neither is required). */
export function confirmScan(): void {
  try {
    navigator.vibrate?.(80);
  } catch {
    // no vibration motor or not allowed
  }
  try {
    audio ??= new AudioContext();
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.frequency.value = 1500;
    gain.gain.value = 0.1;
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start();
    oscillator.stop(audio.currentTime + 0.08);
  } catch {
    // no audio output
  }
}
