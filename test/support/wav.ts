/**
 * A tiny WAV (PCM16) encoder for tests and stories: audio with tones at known times, so a test can
 * check that the waveform has energy exactly there and that a segment dragged over a tone covers it.
 * Nothing is fetched from the network: the file becomes a `blob:` URL.
 */
export interface Tone {
  /** Seconds. */
  readonly start: number;
  readonly end: number;
  readonly frequency: number;
  /** 0..1 of full scale (default 0.8). */
  readonly amplitude?: number;
  /** Only this channel (default: every channel). */
  readonly channel?: number;
}

export interface WavSpec {
  readonly sampleRate?: number;
  readonly seconds: number;
  readonly tones?: readonly Tone[];
  readonly channels?: number;
}

/** The samples of the spec, per channel, in -1..1 (silence outside the tones). */
export function synthesise(spec: WavSpec): Float32Array[] {
  const rate = spec.sampleRate ?? 8000;
  const length = Math.round(spec.seconds * rate);
  const channel = new Float32Array(length);
  for (const tone of spec.tones ?? []) {
    const from = Math.max(0, Math.round(tone.start * rate));
    const to = Math.min(length, Math.round(tone.end * rate));
    const amplitude = tone.amplitude ?? 0.8;
    for (let i = from; i < to; i++)
      channel[i]! += amplitude * Math.sin((2 * Math.PI * tone.frequency * (i - from)) / rate);
  }
  return Array.from({ length: spec.channels ?? 1 }, () => channel.slice());
}

/** A RIFF/WAVE file, 16-bit little-endian PCM, interleaved channels. */
export function encodeWav(channels: readonly Float32Array[], sampleRate: number): ArrayBuffer {
  const frames = channels[0]?.length ?? 0;
  const bytes = frames * channels.length * 2;
  const buffer = new ArrayBuffer(44 + bytes);
  const view = new DataView(buffer);
  const ascii = (at: number, text: string) =>
    [...text].forEach((ch, i) => view.setUint8(at + i, ch.charCodeAt(0)));
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + bytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, channels.length, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * channels.length * 2, true); // byte rate
  view.setUint16(32, channels.length * 2, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, bytes, true);
  let at = 44;
  for (let i = 0; i < frames; i++) {
    for (const channel of channels) {
      const v = Math.max(-1, Math.min(1, channel[i]!));
      view.setInt16(at, Math.round(v * 32767), true);
      at += 2;
    }
  }
  return buffer;
}

/** A `blob:` URL of a generated WAV (revoke it when done, or let the page go). Writes the tones
 *  straight into a zeroed file, so an hour of mostly silence costs no more than its bytes. Tones
 *  should not overlap (a later one replaces an earlier one's samples). */
export function wavUrl(spec: WavSpec): string {
  const rate = spec.sampleRate ?? 8000;
  const channels = spec.channels ?? 1;
  const frames = Math.round(spec.seconds * rate);
  const header = encodeWav(
    Array.from({ length: channels }, () => new Float32Array(0)),
    rate,
  );
  const buffer = new ArrayBuffer(44 + frames * channels * 2);
  new Uint8Array(buffer).set(new Uint8Array(header));
  const view = new DataView(buffer);
  view.setUint32(4, 36 + frames * channels * 2, true);
  view.setUint32(40, frames * channels * 2, true);
  for (const tone of spec.tones ?? []) {
    const from = Math.max(0, Math.round(tone.start * rate));
    const to = Math.min(frames, Math.round(tone.end * rate));
    const amplitude = tone.amplitude ?? 0.8;
    for (let i = from; i < to; i++) {
      const v = Math.round(amplitude * Math.sin((2 * Math.PI * tone.frequency * (i - from)) / rate) * 32767);
      for (let c = 0; c < channels; c++)
        if (tone.channel === undefined || tone.channel === c)
          view.setInt16(44 + (i * channels + c) * 2, v, true);
    }
  }
  return URL.createObjectURL(new Blob([buffer], { type: 'audio/wav' }));
}
