import { expect } from '@open-wc/testing';
import { RegionIndex } from '../../../src/render/image/region-index.js';

const rect = (x: number, y: number, width: number, height: number, rotation = 0) => ({
  kind: 'rectangle' as const,
  rect: { x, y, width, height, rotation },
});

describe('render/image/region-index', () => {
  it('picks the smallest region under the point, then the one on top', () => {
    const index = new RegionIndex();
    index.set('big', rect(0, 0, 100, 100), 0);
    index.set('small', rect(40, 40, 10, 10), 1);
    index.set('twin-a', rect(200, 200, 10, 10), 2);
    index.set('twin-b', rect(200, 200, 10, 10), 3);
    expect(index.pick({ x: 45, y: 45 })).to.equal('small');
    expect(index.pick({ x: 20, y: 20 })).to.equal('big');
    expect(index.pick({ x: 205, y: 205 })).to.equal('twin-b');
    expect(index.pick({ x: 150, y: 150 })).to.equal(undefined);
  });

  it('tests rotated boxes exactly, not by their bounds', () => {
    const index = new RegionIndex();
    index.set('r', rect(100, 100, 200, 20, 45), 0);
    expect(index.pick({ x: 150, y: 160 })).to.equal('r');
    expect(index.pick({ x: 230, y: 110 })).to.equal(undefined); // inside its bounds only
  });

  it('picks polygons by their inside, and an open polyline only near its line', () => {
    const index = new RegionIndex();
    const triangle = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 0, y: 100 },
    ];
    index.set('closed', { kind: 'polygon', points: triangle, closed: true }, 0);
    index.set(
      'open',
      { kind: 'polygon', points: triangle.map((p) => ({ x: p.x + 200, y: p.y })), closed: false },
      1,
    );
    expect(index.pick({ x: 20, y: 20 })).to.equal('closed');
    expect(index.pick({ x: 80, y: 80 })).to.equal(undefined); // inside the bounds, outside the triangle
    expect(index.pick({ x: 220, y: 20 })).to.equal(undefined); // an open shape has no inside
    expect(index.pick({ x: 250, y: 1 }, 2)).to.equal('open');
  });

  it('updates and removes entries, and finds what touches an area in drawing order', () => {
    const index = new RegionIndex();
    index.load([
      { id: 'a', shape: rect(0, 0, 10, 10), order: 2 },
      { id: 'b', shape: rect(5, 5, 10, 10), order: 1 },
      { id: 'c', shape: rect(500, 500, 10, 10), order: 0 },
    ]);
    expect(index.search({ minX: 0, minY: 0, maxX: 20, maxY: 20 })).to.deep.equal(['b', 'a']);
    index.set('c', rect(1, 1, 2, 2), 0);
    expect(index.search({ minX: 0, minY: 0, maxX: 20, maxY: 20 })).to.deep.equal(['c', 'b', 'a']);
    index.delete('a');
    expect(index.pick({ x: 2, y: 2 })).to.equal('c');
    expect(index.size).to.equal(2);
  });

  it('picks among 20,000 boxes without a scan', () => {
    const index = new RegionIndex();
    const regions = Array.from({ length: 20_000 }, (_, i) => ({
      id: `r${i}`,
      shape: rect((i % 200) * 20, Math.floor(i / 200) * 20, 15, 15),
      order: i,
    }));
    index.load(regions);
    expect(index.pick({ x: 20 * 37 + 7, y: 20 * 12 + 7 })).to.equal(`r${12 * 200 + 37}`);
    expect(index.pick({ x: 20 * 37 + 17, y: 7 })).to.equal(undefined); // the gap between boxes
  });
});
