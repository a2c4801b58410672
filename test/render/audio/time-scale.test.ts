import { expect } from '@open-wc/testing';
import {
  TimeScale,
  maxZoomFor,
  PIXELS_PER_SAMPLE_AT_MAX_ZOOM,
} from '../../../src/render/audio/time-scale.js';

describe('TimeScale: time ↔ pixel maths of the waveform view', () => {
  it('fits the whole file at zoom 1 and maps both ways', () => {
    const scale = new TimeScale({ duration: 10, width: 1000 });
    expect(scale.pxPerSecond).to.equal(100);
    expect([scale.start, scale.end]).to.deep.equal([0, 10]);
    expect(scale.timeToX(2.5)).to.equal(250);
    expect(scale.xToTime(250)).to.equal(2.5);
  });

  it('keeps the time under the anchor when zooming, and stays inside the file', () => {
    const scale = new TimeScale({ duration: 10, width: 1000 }).zoomAround(4, 7.3);
    expect(scale.zoom).to.equal(4);
    expect(scale.timeToX(7.3)).to.be.closeTo(730, 1e-9);
    const atEnd = new TimeScale({ duration: 10, width: 1000, zoom: 4 }).centredOn(9.9);
    expect(atEnd.end).to.be.closeTo(10, 1e-12);
    expect(new TimeScale({ duration: 10, width: 1000, zoom: 0.2 }).zoom).to.equal(1);
  });

  it('zooms down to samples: at the limit one sample takes a fixed number of pixels', () => {
    const rate = 16000;
    const max = maxZoomFor(3600, 1200, rate);
    const scale = new TimeScale({ duration: 3600, width: 1200, zoom: 1e12, maxZoom: max });
    expect(scale.zoom).to.equal(max);
    expect(scale.pxPerSecond / rate).to.be.closeTo(PIXELS_PER_SAMPLE_AT_MAX_ZOOM, 1e-6);
  });

  it('is exact to well under a millisecond 50 minutes into an hour at sample zoom (float64, canvas-relative)', () => {
    const rate = 16000;
    const scale = new TimeScale({ duration: 3600, width: 1200, maxZoom: maxZoomFor(3600, 1200, rate) })
      .with({ zoom: maxZoomFor(3600, 1200, rate) })
      .centredOn(3000.0005);
    const x = scale.timeToX(3000.0005);
    expect(x).to.be.closeTo(600, 1e-3);
    // what Pixi gets is this small on-screen x; in float32 it still names the same instant
    expect(Math.abs(scale.xToTime(Math.fround(x)) - 3000.0005)).to.be.below(1e-6);
  });
});
