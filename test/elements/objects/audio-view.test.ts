import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LoadErrorDetail } from '../../../src/events/index.js';
import { wavUrl } from '../../support/wav.js';
import { deepQuery } from '../workspace-fixture.js';
import {
  audioView,
  clickAt,
  frames,
  mountAudio,
  near,
  overviewPointAt,
  pointAt,
  readCanvas,
  waveArea,
  waveExtent,
} from './audio-support.js';
import { fixture, html } from '@open-wc/testing';
import type { LabelWorkspace } from '../../../src/elements/workspace/label-workspace.js';

const config = (attrs = '') => `<View><Audio name="audio" value="$url" ${attrs}/></View>`;
// 4 s at 8 kHz; a loud 440 Hz tone from 1 s to 2 s, silence elsewhere
const toneWav = () =>
  wavUrl({ sampleRate: 8000, seconds: 4, tones: [{ start: 1, end: 2, frequency: 440, amplitude: 0.8 }] });

describe('<label-audio-view>: loading, waveform, zoom, playback', () => {
  it('decodes a generated WAV, computes its peaks in a Worker, and draws energy only where the tone is', async () => {
    const { view } = await mountAudio(config(), { data: { url: toneWav() } });
    await view.peaksComplete;
    await frames(2);
    expect(view.duration).to.equal(4);
    expect(view.peaksMode).to.equal('worker');
    // the whole file fits on load
    expect(view.view!.start).to.equal(0);
    expect(view.view!.end).to.be.closeTo(4, 1e-9);
    const width = waveArea(view).clientWidth;
    const columnAt = (t: number) => Math.round((t / 4) * width);
    expect(waveExtent(view, columnAt(1.5)), 'inside the tone').to.be.above(40);
    expect(waveExtent(view, columnAt(0.5)), 'silence before').to.be.at.most(2);
    expect(waveExtent(view, columnAt(3)), 'silence after').to.be.at.most(2);
  });

  it('zooms with +/−, Ctrl+wheel and setView, down to single samples, drawing only what is on screen', async () => {
    const { ws, view } = await mountAudio(config(), { data: { url: toneWav() } });
    waveArea(view).focus();
    await sendKeys({ press: '+' });
    await sendKeys({ press: '+' });
    await frames();
    expect(view.view!.zoom).to.equal(4);
    await sendKeys({ press: '-' });
    await frames();
    expect(view.view!.zoom).to.equal(2);

    // Ctrl+wheel zooms in around the pointer: the time under it stays put
    const at = pointAt(view, 1.5);
    const rect = waveArea(view).getBoundingClientRect();
    waveArea(view).dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -300,
        ctrlKey: true,
        clientX: at[0],
        clientY: at[1],
        bubbles: true,
        cancelable: true,
      }),
    );
    await frames();
    const v = view.view!;
    expect(v.zoom).to.be.above(2);
    expect(v.start + (at[0] - rect.left - 1) / v.pxPerSecond).to.be.closeTo(1.5, 0.01);

    // the public setView: 600x centred on 1.25 s shows about 50 samples, each drawn as a dot
    expect(ws.setView({ zoom: 600, x: 1.25 })).to.equal(true);
    await frames(2);
    expect(view.view!.zoom).to.equal(600);
    expect((view.view!.start + view.view!.end) / 2).to.be.closeTo(1.25, 1e-9);
    expect(view.view!.pxPerSecond / 8000, 'pixels a sample').to.be.above(10);
    // no further than sample level: one sample never takes more than 24 pixels
    ws.setView({ zoom: 1e9 });
    await frames(1);
    expect(view.view!.pxPerSecond / 8000).to.be.closeTo(24, 1e-6);
    ws.setView({ zoom: 600, x: 1.25 });
    await frames(2);
    const pixels = readCanvas(view);
    const dots = Array.from({ length: pixels.width }, (_, x) => x).filter((x) => {
      let n = 0;
      for (let y = 0; y < pixels.height; y++) if (near(pixels.at(x, y), [0x5b, 0x6e, 0xe1])) n++;
      return n >= 3;
    });
    expect(dots.length, 'sample columns drawn').to.be.above(30);
    // the scroll bar appears when zoomed in
    expect(view.shadowRoot!.querySelector('input.scroll')).to.not.equal(null);
    // a click on the overview strip brings that part of the file to the centre
    await clickAt(ws, overviewPointAt(view, 3));
    expect((view.view!.start + view.view!.end) / 2).to.be.closeTo(3, 4 / 800);
    expect(view.view!.zoom).to.equal(600);
  });

  it('plays with Space, the playhead agrees with the media clock, clicking seeks, arrows step', async () => {
    const { ws, view } = await mountAudio(config('cursorColor="#ff0000" cursorWidth="2"'), {
      data: { url: toneWav() },
    });
    // click at 0.5 s: seeks there (and focuses the waveform)
    await clickAt(ws, pointAt(view, 0.5, 0.05));
    expect(view.currentTime).to.be.closeTo(0.5, 0.01);
    await sendKeys({ press: 'ArrowRight' });
    expect(view.currentTime).to.be.closeTo(1.5, 0.01);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ up: 'Shift' });
    expect(view.currentTime).to.equal(0);

    // zoomed in so that one pixel is under a millisecond: a 10 ms disagreement would be 15+ pixels
    ws.setView({ zoom: 8, x: 0.25 });
    await sendKeys({ press: ' ' });
    const started = view.currentTime;
    // wait (not time) for the clock to move a few hundred ms; the view pages along with it
    for (let i = 0; i < 600 && view.currentTime < started + 0.3; i++) await frames(1);
    expect(view.currentTime).to.be.above(started + 0.3);
    await sendKeys({ press: ' ' });
    await frames(3);
    const time = view.currentTime;
    const v = view.view!;
    expect(v.start <= time && time <= v.end, 'playhead on screen').to.equal(true);
    const pixels = readCanvas(view);
    const red = Array.from({ length: pixels.width }, (_, x) => x).filter((x) =>
      near(pixels.at(x, 2), [255, 0, 0], 40),
    );
    expect(red.length).to.be.within(1, 4);
    const drawnAt = v.start + (red.reduce((a, b) => a + b, 0) / red.length + 0.5) / v.pxPerSecond;
    expect(Math.abs(drawnAt - time) * 1000, 'ms between playhead and currentTime').to.be.below(10);
  });

  it('shows volume and speed controls, and applies defaultSpeed/defaultVolume', async () => {
    const { view } = await mountAudio(config('defaultSpeed="1.5" defaultVolume="0.5"'), {
      data: { url: toneWav() },
    });
    const select = view.shadowRoot!.querySelector('select')!;
    expect(select.value).to.equal('1.5');
    const volume = view.shadowRoot!.querySelector<HTMLInputElement>('input[type="range"]')!;
    expect(volume.value).to.equal('0.5');
    const { view: bare } = await mountAudio(config('volume="false" speed="false" zoom="false"'), {
      data: { url: toneWav() },
    });
    expect(bare.shadowRoot!.querySelector('select, input[type="range"], [aria-label="Zoom in"]')).to.equal(
      null,
    );
  });

  it('an undecodable file fires label-load-error and shows the message as text', async () => {
    const bogus = URL.createObjectURL(
      new Blob(['<img src=x onerror=alert(1)> not audio'], { type: 'audio/wav' }),
    );
    const ws = await fixture<LabelWorkspace>(html`<label-workspace></label-workspace>`);
    const failed = oneEvent(ws, 'label-load-error');
    const ready = oneEvent(ws, 'label-ready');
    ws.config = config();
    ws.task = { data: { url: bogus } };
    const detail = ((await failed) as CustomEvent<LoadErrorDetail>).detail;
    await ready;
    expect(detail).to.include({ object: 'audio', url: bogus });
    expect(detail.message).to.match(/not audio/);
    const status = audioView(ws).shadowRoot!.querySelector('[role="alert"]')!;
    expect(status.textContent).to.include('not audio');
  });

  for (const url of [
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'https://></a><img src=# onerror=alert(1) />',
  ]) {
    it(`refuses or fails ${url.slice(0, 24)}… with a text-only message (bad-inputs S7, S8)`, async () => {
      const ws = await fixture<LabelWorkspace>(html`<label-workspace></label-workspace>`);
      const failed = oneEvent(ws, 'label-load-error');
      ws.config = config();
      ws.task = { data: { url } };
      const detail = ((await failed) as CustomEvent<LoadErrorDetail>).detail;
      const root = deepQuery(ws, 'label-audio-view')!.shadowRoot!;
      await frames(1);
      expect(root.querySelector('[role="alert"]')!.textContent).to.include(detail.message.slice(0, 20));
      expect(root.querySelectorAll('img, script, a')).to.have.length(0);
    });
  }
});
