import { expect } from '@open-wc/testing';
import {
  describeView,
  fitView,
  panBy,
  refit,
  toImage,
  toScreen,
  viewFor,
  zoomAt,
} from '../../../src/render/image/viewport.js';

const image = { width: 4000, height: 3000 };
const box = { width: 800, height: 400 };
const limits = { min: 1, max: 64 };

describe('render/image/viewport', () => {
  it('fits the whole image, aligned as asked', () => {
    expect(fitView(box, image, 'left')).to.deep.equal({ scale: 400 / 3000, x: 0, y: 0 });
    const centred = fitView(box, image, 'center');
    expect(centred.x).to.be.closeTo((800 - 4000 * centred.scale) / 2, 1e-9);
    expect(describeView(fitView(box, image), box, image).zoom).to.equal(1);
  });

  it('zooms around a point: the image point under it stays under it', () => {
    const view = fitView(box, image);
    const at = { x: 300, y: 120 };
    const before = toImage(view, at);
    const zoomed = zoomAt(view, 2.5, at, box, image, limits);
    const after = toScreen(zoomed, before);
    expect(after.x).to.be.closeTo(at.x, 1e-9);
    expect(after.y).to.be.closeTo(at.y, 1e-9);
    expect(zoomed.scale).to.be.closeTo(view.scale * 2.5, 1e-12);
  });

  it('keeps zoom within the limits (no zooming out past fit unless negativeZoom)', () => {
    const view = fitView(box, image);
    expect(zoomAt(view, 0.5, { x: 0, y: 0 }, box, image, limits)).to.equal(view);
    expect(zoomAt(view, 1000, { x: 0, y: 0 }, box, image, limits).scale).to.be.closeTo(view.scale * 64, 1e-9);
    expect(zoomAt(view, 0.5, { x: 0, y: 0 }, box, image, { min: 0.25, max: 64 }).scale).to.be.closeTo(
      view.scale / 2,
      1e-12,
    );
  });

  it('turns setView({zoom, x, y}) into a view and describes it back', () => {
    const view = viewFor({ zoom: 3, x: 30, y: 60 }, fitView(box, image), box, image, limits);
    const described = describeView(view, box, image);
    expect(described.zoom).to.be.closeTo(3, 1e-9);
    expect(described.x).to.be.closeTo(30, 1e-9);
    expect(described.y).to.be.closeTo(60, 1e-9);
    // missing fields keep the current value
    const moved = describeView(viewFor({ x: 10 }, view, box, image, limits), box, image);
    expect(moved.zoom).to.be.closeTo(3, 1e-9);
    expect(moved.y).to.be.closeTo(60, 1e-9);
    // zoom 1 alone goes back to the fitted place
    expect(viewFor({ zoom: 1 }, view, box, image, limits)).to.deep.equal(fitView(box, image));
  });

  it('pans by screen pixels and keeps zoom and centre when the box resizes', () => {
    const view = viewFor({ zoom: 2, x: 50, y: 50 }, fitView(box, image), box, image, limits);
    expect(panBy(view, 10, -5)).to.deep.equal({ scale: view.scale, x: view.x + 10, y: view.y - 5 });
    const bigger = { width: 1200, height: 600 };
    const after = describeView(refit(view, box, bigger, image, limits, 'left'), bigger, image);
    expect(after.zoom).to.be.closeTo(2, 1e-9);
    expect(after.x).to.be.closeTo(50, 1e-9);
  });
});
