let context: AudioContext | null = null;

/** This page's one AudioContext, created on first use; null without WebAudio. */
function audioContext(): AudioContext | null {
  const AudioContextClass = globalThis.AudioContext;
  if (!AudioContextClass) return null;
  context ??= new AudioContextClass();
  return context;
}

/**
 * Wakes the audio up from inside a click or key press. Browsers start an AudioContext only after
 * the user interacted with the page: someone who reopened the session (no join click) and never
 * clicked would otherwise get no chime. Cheap once it runs.
 */
export function primeSoftTone(): void {
  try {
    const audio = audioContext();
    if (audio?.state === "suspended") void audio.resume().catch(() => {});
  } catch {
    // No audio device or WebAudio refused: the banner and the pulse remain.
  }
}

/**
 * A short, soft two-note chime made with WebAudio (no audio file, nothing fetched). Skipped when
 * the browser refuses sound; the visual signals remain.
 */
export function playSoftTone(): void {
  try {
    const audio = audioContext();
    if (!audio) return;
    if (audio.state === "suspended") void audio.resume().catch(() => {});
    const start = audio.currentTime + 0.02;
    // E5 then A5: sine waves with a slow attack and a long, quiet decay.
    for (const [i, frequency] of [659.25, 880].entries()) {
      const at = start + i * 0.28;
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.type = "sine";
      osc.frequency.value = frequency;
      gain.gain.setValueAtTime(0, at);
      gain.gain.linearRampToValueAtTime(0.12, at + 0.04);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.9);
      osc.connect(gain).connect(audio.destination);
      osc.start(at);
      osc.stop(at + 0.95);
    }
  } catch {
    // No audio device or WebAudio refused: the banner and the pulse are signal enough.
  }
}
