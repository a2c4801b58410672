import { expect } from '@open-wc/testing';
import { BASE_SAMPLES_PER_PEAK, PeakPyramid, computeMinMax } from '../../../src/render/audio/peaks.js';
import { PeaksJob, type SampleSource } from '../../../src/render/audio/peaks-job.js';
import { peaksWorkerSource } from '../../../src/render/audio/peaks-worker.js';
import { synthesise } from '../../support/wav.js';

/** An AudioBuffer-like source over plain arrays (the job only reads samples). */
function source(channels: Float32Array[]): SampleSource {
  return {
    length: channels[0]!.length,
    numberOfChannels: channels.length,
    getChannelData: (c) => channels[c]!,
    copyFromChannel: (dest, c, start) => dest.set(channels[c]!.subarray(start, start + dest.length)),
  };
}

function envelopeAt(
  pyramid: PeakPyramid,
  firstSample: number,
  samplesPerColumn: number,
  columns: number,
  raw?: Float32Array[],
) {
  const out = { min: new Float32Array(columns), max: new Float32Array(columns) };
  pyramid.envelope(firstSample, samplesPerColumn, columns, raw, out);
  return out;
}

describe('peaks: min/max pyramid, progressive, in a Worker', () => {
  const rate = 8000;
  // 60 s of silence with a 440 Hz tone from 20 s to 30 s
  const [samples] = synthesise({
    sampleRate: rate,
    seconds: 60,
    tones: [{ start: 20, end: 30, frequency: 440, amplitude: 0.8 }],
  });
  const loudColumns = (env: { max: Float32Array }) =>
    [...env.max].map((v, i) => (v > 0.5 ? i : -1)).filter((i) => i >= 0);

  it('computes min and max of every block, merging channels', () => {
    const a = Float32Array.from([0, 0.5, -0.25, 0.1, 0.9]);
    const b = Float32Array.from([-0.7, 0, 0, 0, 0]);
    const min = new Float32Array(3);
    const max = new Float32Array(3);
    computeMinMax([a, b], 2, min, max);
    expect([...min]).to.deep.equal([-0.7, -0.25, 0].map(Math.fround));
    expect([...max]).to.deep.equal([0.5, 0.1, 0.9].map(Math.fround));
  });

  it('has energy exactly where the tone is, at every level', async () => {
    const job = new PeaksJob(source([samples!]), { tracks: [[0]], chunkSamples: BASE_SAMPLES_PER_PEAK * 64 });
    await job.done;
    const pyramid = job.pyramids[0]!;
    expect(pyramid.complete).to.equal(true);
    expect(pyramid.levels.length).to.be.greaterThan(1);
    // whole file in 600 columns (800 samples each): the tone fills columns 200..299 (a column whose
    // peak cells straddle the tone's end may show it too: peaks are 256 samples wide)
    const whole = loudColumns(envelopeAt(pyramid, 0, (60 * rate) / 600, 600));
    expect(whole[0]).to.equal(200);
    expect(whole[whole.length - 1]).to.be.within(299, 300);
    // zoomed to 18..24 s, 80 samples a column: finer than a base peak, so raw samples decide (exact)
    const zoomed = envelopeAt(pyramid, 18 * rate, 80, 600, [samples!]);
    expect(loudColumns(zoomed)[0]).to.equal(200);
    expect(zoomed.max[150]).to.equal(0);
    expect(zoomed.min[250]).to.be.below(-0.7);
    // without the samples, base peaks answer, to within a peak's width (256 samples = 3.2 columns)
    expect(loudColumns(envelopeAt(pyramid, 18 * rate, 80, 600))[0]).to.be.within(196, 200);
    // the whole file in 12 columns reads a coarse level (1024 samples a peak): 20..30 s is columns 4
    // and 5; the neighbours may show the tone through the one peak that straddles their edge
    const coarse = [...envelopeAt(pyramid, 0, (60 * rate) / 12, 12).max].map((v) => (v > 0.5 ? 1 : 0));
    expect([coarse[4], coarse[5]]).to.deep.equal([1, 1]);
    expect([...coarse.slice(0, 3), ...coarse.slice(7)]).to.deep.equal([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('gives a partial result first: columns not computed yet are unknown (NaN), known ones drawn', () => {
    const pyramid = new PeakPyramid(samples!.length);
    const count = 40; // the first 40 base peaks = 10,240 samples = 1.28 s
    const min = new Float32Array(count);
    const max = new Float32Array(count);
    computeMinMax([samples!.subarray(0, count * BASE_SAMPLES_PER_PEAK)], BASE_SAMPLES_PER_PEAK, min, max);
    pyramid.write(0, min, max);
    const env = envelopeAt(pyramid, 0, rate / 10, 60); // 10 columns a second
    expect(Number.isNaN(env.max[5]!)).to.equal(false);
    expect(Number.isNaN(env.max[30]!)).to.equal(true);
    expect(() => pyramid.write(5, min, max)).to.throw(/in order/);
  });

  it('reports progress chunk by chunk before it is done', async () => {
    const seen: number[] = [];
    let job: PeaksJob | undefined = undefined;
    job = new PeaksJob(source([samples!]), {
      tracks: [[0]],
      chunkSamples: BASE_SAMPLES_PER_PEAK * 32,
      onProgress: () => seen.push(job ? job.pyramids[0]!.knownSamples() : 0),
    });
    await job.done;
    expect(seen.length).to.be.greaterThan(3);
    expect(seen[0]).to.be.below(samples!.length);
    expect(seen[seen.length - 1]).to.equal(samples!.length);
  });

  it('the Worker and the main-thread fallback compute the same peaks, and the Worker is used when allowed', async () => {
    const noisy = Float32Array.from(
      { length: 50_000 },
      (_, i) => (Math.sin(i * 0.37) * ((i * 7919) % 13)) / 13,
    );
    const inWorker = new PeaksJob(source([noisy]), {
      tracks: [[0]],
      chunkSamples: BASE_SAMPLES_PER_PEAK * 20,
    });
    const onMain = new PeaksJob(source([noisy]), { tracks: [[0]], useWorker: false });
    await Promise.all([inWorker.done, onMain.done]);
    expect(inWorker.mode).to.equal('worker');
    expect(onMain.mode).to.equal('main-thread');
    for (let k = 0; k < onMain.pyramids[0]!.levels.length; k++) {
      expect([...inWorker.pyramids[0]!.levels[k]!.min]).to.deep.equal([
        ...onMain.pyramids[0]!.levels[k]!.min,
      ]);
      expect([...inWorker.pyramids[0]!.levels[k]!.max]).to.deep.equal([
        ...onMain.pyramids[0]!.levels[k]!.max,
      ]);
    }
  });

  it('builds the Worker from self-contained source (no imports, runs from a blob: URL)', () => {
    const text = peaksWorkerSource();
    expect(text).to.not.match(/\bimport\b|\brequire\(/);
    expect(text).to.include('postMessage');
  });
});
