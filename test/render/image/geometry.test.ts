import { expect } from '@open-wc/testing';
import {
  containsPoint,
  corners,
  moveRect,
  normaliseRect,
  rectBounds,
  rectFromCorners,
  rectFromValue,
  resizeRect,
  toPercent,
  toPixels,
} from '../../../src/render/image/geometry.js';

const size = { width: 600, height: 400 };
const close = (a: { x: number; y: number }, b: { x: number; y: number }) => {
  expect(a.x).to.be.closeTo(b.x, 1e-9);
  expect(a.y).to.be.closeTo(b.y, 1e-9);
};

describe('render/image/geometry', () => {
  it('converts percent to pixels and back, keeping Label Studio key order', () => {
    const percent = { x: 10, y: 25, width: 50, height: 50, rotation: 0 };
    const pixels = toPixels(percent, size);
    expect(pixels).to.deep.equal({ x: 60, y: 100, width: 300, height: 200, rotation: 0 });
    const back = toPercent(pixels, size);
    expect(Object.keys(back)).to.deep.equal(['x', 'y', 'width', 'height', 'rotation']);
    expect(back).to.deep.equal(percent);
  });

  it('rotates corners about the top-left corner, clockwise on screen (ls-spec Appendix B)', () => {
    const rect = { x: 100, y: 100, width: 200, height: 100, rotation: 90 };
    const [tl, tr, br, bl] = corners(rect);
    close(tl, { x: 100, y: 100 });
    close(tr, { x: 100, y: 300 }); // the top edge now points down
    close(br, { x: 0, y: 300 });
    close(bl, { x: 0, y: 100 });
    const b = rectBounds(rect);
    expect(b.minX).to.be.closeTo(0, 1e-9);
    expect(b.maxY).to.be.closeTo(300, 1e-9);
  });

  it('tests containment in the rotated box, not its bounds', () => {
    const rect = { x: 100, y: 100, width: 200, height: 20, rotation: 45 };
    expect(containsPoint(rect, { x: 150, y: 160 })).to.equal(true); // along the diagonal
    expect(containsPoint(rect, { x: 230, y: 110 })).to.equal(false); // inside the bounds only
    expect(containsPoint(rect, { x: 99, y: 100 }, 2)).to.equal(true); // within tolerance of a corner
  });

  it('reads values, refusing non-numbers and flipping negative sizes', () => {
    expect(rectFromValue({ x: 'a', y: 0, width: 1, height: 1 }, size)).to.equal(undefined);
    expect(rectFromValue({ x: 0, y: 0, width: NaN, height: 1 }, size)).to.equal(undefined);
    expect(rectFromValue({ x: 50, y: 50, width: -10, height: -25 }, size)).to.deep.equal({
      x: 240,
      y: 100,
      width: 60,
      height: 100,
      rotation: 0,
    });
    const flipped = normaliseRect({ x: 100, y: 100, width: -50, height: 10, rotation: 90 });
    expect(flipped.width).to.equal(50);
    close(flipped, { x: 100, y: 50 });
  });

  it('draws from two corners in any direction, kept on the image', () => {
    expect(rectFromCorners({ x: 200, y: 150 }, { x: 50, y: 20 }, size)).to.deep.equal({
      x: 50,
      y: 20,
      width: 150,
      height: 130,
      rotation: 0,
    });
    expect(rectFromCorners({ x: 500, y: 300 }, { x: 700, y: 500 }, size)).to.deep.equal({
      x: 500,
      y: 300,
      width: 100,
      height: 100,
      rotation: 0,
    });
  });

  it('moves an unrotated box but keeps it on the image', () => {
    const rect = { x: 10, y: 10, width: 100, height: 50, rotation: 0 };
    expect(moveRect(rect, 30, 5, size)).to.deep.include({ x: 40, y: 15 });
    expect(moveRect(rect, -50, 1000, size)).to.deep.include({ x: 0, y: 350 });
  });

  it('resizes from a handle with the opposite side fixed, flipping past it', () => {
    const rect = { x: 100, y: 100, width: 100, height: 50, rotation: 0 };
    expect(resizeRect(rect, 'se', { x: 250, y: 180 })).to.deep.equal({
      x: 100,
      y: 100,
      width: 150,
      height: 80,
      rotation: 0,
    });
    expect(resizeRect(rect, 'e', { x: 260, y: 999 })).to.deep.equal({
      x: 100,
      y: 100,
      width: 160,
      height: 50,
      rotation: 0,
    });
    expect(resizeRect(rect, 'nw', { x: 120, y: 90 })).to.deep.equal({
      x: 120,
      y: 90,
      width: 80,
      height: 60,
      rotation: 0,
    });
    expect(resizeRect(rect, 'w', { x: 250, y: 0 })).to.deep.equal({
      x: 200,
      y: 100,
      width: 50,
      height: 50,
      rotation: 0,
    });
  });

  it('resizes a rotated box along its own sides', () => {
    const rect = { x: 100, y: 100, width: 100, height: 50, rotation: 90 };
    // the box's right side ("e") points down the screen: dragging it to y 260 makes it 160 long
    const resized = resizeRect(rect, 'e', { x: 75, y: 260 });
    expect(resized.width).to.be.closeTo(160, 1e-9);
    expect(resized.height).to.equal(50);
    close(resized, { x: 100, y: 100 });
  });
});
