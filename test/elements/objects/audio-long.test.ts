import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { wavUrl } from '../../support/wav.js';
import { frames, mountAudio, near, readCanvas, waveArea, waveExtent } from './audio-support.js';

/**
 * 50 minutes into a long file (Label Studio users report drift on 20-30 minute files): the
 * waveform, a tone and the playhead still line up with the media clock at sample-level zoom.
 */
describe('<label-audio-view> 50 minutes in', () => {
  it('draws a tone at 50:00 where it is and keeps the playhead on the media clock', async function () {
    this.timeout(60000);
    // 51 minutes at 4 kHz (24 MB of WAV), a tone from 3000.0 to 3000.5 s
    const url = wavUrl({
      sampleRate: 4000,
      seconds: 51 * 60,
      tones: [{ start: 3000, end: 3000.5, frequency: 500 }],
    });
    const { ws, view } = await mountAudio(
      '<View><Audio name="audio" value="$url" cursorColor="#ff0000"/></View>',
      { data: { url } },
    );
    await view.peaksComplete;
    expect(view.duration).to.equal(3060);

    // about 200 ms across the canvas, centred on the tone's start
    ws.setView({ zoom: 3060 / 0.2, x: 3000 });
    await frames(2);
    const mid = Math.round(waveArea(view).clientWidth / 2);
    expect(waveExtent(view, mid + 8), 'just after 3000 s').to.be.above(10);
    expect(waveExtent(view, mid - 8), 'just before 3000 s').to.be.at.most(3);

    view.seek(3000.1);
    waveArea(view).focus();
    await sendKeys({ press: ' ' });
    for (let i = 0; i < 600 && view.currentTime < 3000.3; i++) await frames(1);
    await sendKeys({ press: ' ' });
    await frames(3);
    const time = view.currentTime;
    expect(time).to.be.above(3000.3);
    const v = view.view!;
    const pixels = readCanvas(view);
    const red = Array.from({ length: pixels.width }, (_, x) => x).filter((x) =>
      near(pixels.at(x, 1), [255, 0, 0], 40),
    );
    expect(red.length).to.be.within(1, 3);
    const drawnAt = v.start + (red.reduce((a, b) => a + b, 0) / red.length + 0.5) / v.pxPerSecond;
    expect(Math.abs(drawnAt - time) * 1000, 'ms between playhead and currentTime').to.be.below(10);
  });
});
