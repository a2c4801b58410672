/**
 * Fetches and decodes an audio file. `decodeAudioData` decodes off the main thread in browsers; it
 * resamples to its context's rate, so we decode in an `OfflineAudioContext` at the file's own rate
 * (read from its header) and keep every original sample: segment times and the sample-level view are
 * then exact, and a 16 kHz file is not blown up to 48 kHz in memory.
 */

export class AudioLoadError extends Error {
  override readonly name = 'AudioLoadError';
}

/** Files larger than this are refused (bad-inputs S16): decoded, they would not fit in memory. A
 *  longer recording needs host-supplied peaks instead. */
export const MAX_AUDIO_BYTES = 512 * 1024 * 1024;

/** Rate used when the header says nothing we can read (most files are 44.1 or 48 kHz). */
const FALLBACK_RATE = 48000;

export async function loadAudio(url: string, signal?: AbortSignal): Promise<AudioBuffer> {
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: 'same-origin',
      referrerPolicy: 'no-referrer',
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new AudioLoadError(
      'The audio could not be fetched (network error, or the server does not allow cross-origin use).',
    );
  }
  if (!response.ok)
    throw new AudioLoadError(`The audio could not be loaded: the server answered ${response.status}.`);
  const announced = Number(response.headers.get('content-length') ?? 0);
  if (announced > MAX_AUDIO_BYTES) throw new AudioLoadError(tooLarge(announced));
  const bytes = await response.arrayBuffer();
  if (bytes.byteLength > MAX_AUDIO_BYTES) throw new AudioLoadError(tooLarge(bytes.byteLength));
  return decode(bytes);
}

export async function decode(bytes: ArrayBuffer): Promise<AudioBuffer> {
  const sampleRate =
    sniffSampleRate(new Uint8Array(bytes, 0, Math.min(bytes.byteLength, 64 * 1024))) ?? FALLBACK_RATE;
  const context = new OfflineAudioContext({ numberOfChannels: 1, length: 1, sampleRate });
  try {
    return await context.decodeAudioData(bytes);
  } catch {
    throw new AudioLoadError('The file is not audio this browser can decode.');
  }
}

function tooLarge(size: number): string {
  return `The audio file is too large to decode here (${Math.round(size / 2 ** 20)} MB; the limit is ${MAX_AUDIO_BYTES / 2 ** 20} MB).`;
}

/**
 * The sample rate a file's header states: WAV (`fmt ` chunk), MP3 (first frame header, after an ID3
 * tag), FLAC (STREAMINFO), Ogg Vorbis (identification header), Ogg Opus (always decoded at 48 kHz).
 * `undefined` when the bytes are none of these.
 */
export function sniffSampleRate(head: Uint8Array): number | undefined {
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const ascii = (at: number, text: string) => [...text].every((ch, i) => head[at + i] === ch.charCodeAt(0));
  if (head.length >= 12 && ascii(0, 'RIFF') && ascii(8, 'WAVE')) {
    for (let at = 12; at + 8 <= head.length;) {
      const size = view.getUint32(at + 4, true);
      if (ascii(at, 'fmt ') && at + 16 <= head.length) return positive(view.getUint32(at + 12, true));
      at += 8 + size + (size % 2);
    }
    return undefined;
  }
  if (head.length >= 22 && ascii(0, 'fLaC'))
    return positive((head[18]! << 12) | (head[19]! << 4) | (head[20]! >> 4));
  if (ascii(0, 'OggS')) {
    for (let at = 0; at + 16 < head.length; at++) {
      if (ascii(at, 'OpusHead')) return 48000;
      if (head[at] === 1 && ascii(at + 1, 'vorbis')) return positive(view.getUint32(at + 12, true));
    }
    return undefined;
  }
  return mp3Rate(head);
}

const MPEG_RATES = [44100, 48000, 32000];

function mp3Rate(head: Uint8Array): number | undefined {
  let at = 0;
  if (head.length >= 10 && head[0] === 0x49 && head[1] === 0x44 && head[2] === 0x33) {
    // ID3v2: a 10-byte header and a "synchsafe" size (7 bits a byte)
    at =
      10 +
      ((head[6]! & 0x7f) << 21) +
      ((head[7]! & 0x7f) << 14) +
      ((head[8]! & 0x7f) << 7) +
      (head[9]! & 0x7f);
  }
  for (; at + 4 <= head.length; at++) {
    if (head[at] !== 0xff || (head[at + 1]! & 0xe0) !== 0xe0) continue;
    const version = (head[at + 1]! >> 3) & 0x03; // 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5
    const layer = (head[at + 1]! >> 1) & 0x03;
    const rateIndex = (head[at + 2]! >> 2) & 0x03;
    if (version === 1 || layer === 0 || rateIndex === 3) continue;
    const base = MPEG_RATES[rateIndex]!;
    return version === 3 ? base : version === 2 ? base / 2 : base / 4;
  }
  return undefined;
}

function positive(rate: number): number | undefined {
  // OfflineAudioContext accepts 3 kHz to 768 kHz
  return rate >= 3000 && rate <= 768000 ? rate : undefined;
}
