import { expect } from '@open-wc/testing';
import { checkAudioUrl } from '../../../src/render/audio/audio-url.js';
import { AudioLoadError, loadAudio, sniffSampleRate } from '../../../src/render/audio/load-audio.js';
import { encodeWav, synthesise, wavUrl } from '../../support/wav.js';

describe('audio loading: address check, header sniffing, decoding at the file rate', () => {
  const base = 'https://example.test/app/';

  it('allows http(s), blob: and data:audio addresses; refuses everything else (bad-inputs S7)', () => {
    expect(checkAudioUrl('https://cdn.test/a.mp3', base)).to.deep.equal({
      ok: true,
      url: 'https://cdn.test/a.mp3',
    });
    expect(checkAudioUrl('/data/upload/1/a.wav', base)).to.deep.equal({
      ok: true,
      url: 'https://example.test/data/upload/1/a.wav',
    });
    expect(checkAudioUrl('data:audio/wav;base64,UklGRg==', base).ok).to.equal(true);
    expect(checkAudioUrl('blob:https://example.test/1234', base).ok).to.equal(true);
    for (const bad of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<script>alert(1)</script>',
      'data:image/svg+xml,<svg onload=alert(1)>',
      '',
      42,
    ]) {
      expect(checkAudioUrl(bad, base).ok, String(bad)).to.equal(false);
    }
  });

  it('reads the sample rate of WAV, MP3 (after an ID3 tag), FLAC and Ogg headers', () => {
    expect(
      sniffSampleRate(new Uint8Array(encodeWav(synthesise({ sampleRate: 11025, seconds: 0.01 }), 11025))),
    ).to.equal(11025);
    const mp3 = new Uint8Array([0x49, 0x44, 0x33, 3, 0, 0, 0, 0, 0, 2, 0, 0, 0xff, 0xfb, 0x90, 0x64]);
    expect(sniffSampleRate(mp3)).to.equal(44100);
    const mpeg2 = new Uint8Array([0xff, 0xf3, 0x84, 0x64]); // MPEG-2 layer III, rate index 1
    expect(sniffSampleRate(mpeg2)).to.equal(24000);
    const flac = new Uint8Array(42);
    flac.set([0x66, 0x4c, 0x61, 0x43]);
    flac.set([0x0b, 0xb8, 0x00], 18); // 48000 << 4 over three bytes
    expect(sniffSampleRate(flac)).to.equal(48000);
    expect(sniffSampleRate(new TextEncoder().encode('<html>not audio</html>'))).to.equal(undefined);
  });

  it('decodes a WAV at its own rate: every original sample kept', async () => {
    const url = wavUrl({ sampleRate: 8000, seconds: 1.5, tones: [{ start: 0.5, end: 1, frequency: 300 }] });
    const buffer = await loadAudio(url);
    expect([buffer.sampleRate, buffer.length, buffer.duration]).to.deep.equal([8000, 12000, 1.5]);
    const data = buffer.getChannelData(0);
    expect(Math.max(...data.subarray(0, 3900))).to.equal(0);
    expect(Math.max(...data.subarray(4000, 8000))).to.be.above(0.7);
  });

  it('refuses what is not audio and what is not there with a readable error', async () => {
    const html = URL.createObjectURL(new Blob(['<img src=x onerror=alert(1)>'], { type: 'text/html' }));
    const error = await loadAudio(html).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(AudioLoadError);
    expect((error as Error).message).to.match(/not audio/);
    const missing = await loadAudio('/__no_such_file__.wav').catch((e: unknown) => e);
    expect((missing as Error).message).to.match(/answered 404/);
  });
});
