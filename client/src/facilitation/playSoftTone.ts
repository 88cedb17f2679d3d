let context: AudioContext | null = null;

/**
 * A short, soft two-note chime made with WebAudio (no audio file, nothing fetched). Browsers allow
 * sound only after the user interacted with the page; everyone here has (joined, clicked), and if
 * not, the chime is simply skipped: the visual pulse remains.
 */
export function playSoftTone(): void {
  try {
    const AudioContextClass = globalThis.AudioContext;
    if (!AudioContextClass) return;
    context ??= new AudioContextClass();
    const audio = context;
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
    // No audio device or WebAudio refused: the pulse is signal enough.
  }
}
