import { expect } from '@open-wc/testing';
import { wavUrl } from '../../support/wav.js';
import { mountAudio, waveArea, waveExtent } from './audio-support.js';

/**
 * A page whose CSP allows no Worker: peaks are computed on the main thread in short slices instead,
 * the waveform is the same, and the refused attempt is made once per page, not once per file. (A
 * page keeps a CSP once it has one, so this file runs alone in its own page.)
 */
describe('audio peaks on a page that refuses Workers', () => {
  it('falls back to main-thread slices after a single refused attempt', async () => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "worker-src 'none'";
    document.head.append(meta);
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));

    for (let round = 0; round < 2; round++) {
      const url = wavUrl({ sampleRate: 8000, seconds: 4, tones: [{ start: 1, end: 2, frequency: 440 }] });
      const { view } = await mountAudio('<View><Audio name="audio" value="$url"/></View>', { data: { url } });
      await view.peaksComplete;
      expect(view.peaksMode).to.equal('main-thread');
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(waveExtent(view, Math.round(waveArea(view).clientWidth * 0.375))).to.be.above(20);
      expect(waveExtent(view, Math.round(waveArea(view).clientWidth * 0.75))).to.be.at.most(2);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations).to.deep.equal(['worker-src']);
  });
});
