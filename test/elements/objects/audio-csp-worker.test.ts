import { expect } from '@open-wc/testing';
import { wavUrl } from '../../support/wav.js';
import { mountAudio } from './audio-support.js';

/**
 * The peaks Worker on a page with Trusted Types enforced and `worker-src blob:` (the one directive
 * the Worker needs, peaks-worker.ts): it starts through our `label-workspace` policy, with no
 * violation. (A page keeps a CSP once it has one, so this file runs alone in its own page.)
 *
 * The test runner serves `pixi.js/unsafe-eval` as an empty module (web-test-runner.config.mjs), so
 * Pixi's own `new Function` check is refused here and the canvas is not drawn; that report is the
 * test harness's, not the Worker's, and is set aside below. The real builds load the real module.
 */
describe('audio peaks Worker under a Trusted Types CSP with worker-src blob:', () => {
  it('computes the peaks in the Worker with no CSP violation from it', async () => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content =
      "require-trusted-types-for 'script'; trusted-types lit-html label-workspace; worker-src blob:";
    document.head.append(meta);
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(`${e.violatedDirective}: ${e.sample}`),
    );

    const url = wavUrl({ sampleRate: 8000, seconds: 4, tones: [{ start: 1, end: 2, frequency: 440 }] });
    const { view } = await mountAudio('<View><Audio name="audio" value="$url"/></View>', { data: { url } });
    await view.peaksComplete;
    expect(view.peaksMode).to.equal('worker');
    expect(view.duration).to.equal(4);
    await new Promise((resolve) => setTimeout(resolve, 50)); // reports are queued
    expect(violations.filter((v) => !/\bFunction\|/.test(v))).to.deep.equal([]);
  });
});
