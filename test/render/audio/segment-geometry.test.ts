import { expect } from '@open-wc/testing';
import {
  dragSpan,
  hitTest,
  layoutSegments,
  type SegmentShape,
} from '../../../src/render/audio/segment-geometry.js';
import { TimeScale } from '../../../src/render/audio/time-scale.js';

const shape = (id: string, start: number, end: number, extra: Partial<SegmentShape> = {}): SegmentShape => ({
  id,
  start,
  end,
  colour: '#36b37e',
  selected: false,
  lane: 0,
  lanes: 1,
  track: 0,
  ...extra,
});

describe('segment geometry: boxes, hit-testing, drags', () => {
  const scale = new TimeScale({ duration: 10, width: 1000 });

  it('lays out visible segments in their lane bands, selected last', () => {
    const boxes = layoutSegments(
      [
        shape('a', 1, 2, { selected: true, lanes: 2 }),
        shape('b', 1.5, 3, { lane: 1, lanes: 2 }),
        shape('off', 20, 21),
      ],
      scale.with({ zoom: 2 }),
      100,
    );
    expect(boxes.map((b) => [b.id, b.x0, b.x1, b.y0, b.y1])).to.deep.equal([
      ['b', 300, 600, 50, 100],
      ['a', 200, 400, 0, 50],
    ]);
  });

  it('puts each track (split channel) in its own band, lanes inside it', () => {
    const boxes = layoutSegments(
      [shape('left', 1, 2), shape('right', 1, 2, { track: 1, lane: 1, lanes: 2 })],
      scale,
      200,
      2,
    );
    expect(boxes.map((b) => [b.id, b.y0, b.y1])).to.deep.equal([
      ['left', 0, 100],
      ['right', 150, 200],
    ]);
  });

  it('grabs edges within a few pixels, the body in between, nothing elsewhere', () => {
    const boxes = layoutSegments([shape('a', 1, 3)], scale, 80);
    expect(hitTest(boxes, 103, 40)).to.deep.equal({ kind: 'start', id: 'a' });
    expect(hitTest(boxes, 297, 40)).to.deep.equal({ kind: 'end', id: 'a' });
    expect(hitTest(boxes, 200, 40)).to.deep.equal({ kind: 'body', id: 'a' });
    expect(hitTest(boxes, 400, 40)).to.equal(undefined);
  });

  it('prefers the selected segment where two overlap', () => {
    const boxes = layoutSegments([shape('a', 1, 3), shape('b', 2, 4, { selected: true })], scale, 80);
    expect(hitTest(boxes, 250, 10)).to.deep.equal({ kind: 'body', id: 'b' });
    expect(hitTest(boxes, 300, 10)).to.deep.equal({ kind: 'end', id: 'a' });
  });

  it('creates from the anchor either way, swaps edges dragged past each other, moves inside the file', () => {
    expect(dragSpan({ kind: 'create', anchor: 4 }, 2, 10)).to.deep.equal({ start: 2, end: 4 });
    expect(dragSpan({ kind: 'create', anchor: 4 }, 12, 10)).to.deep.equal({ start: 4, end: 10 });
    expect(dragSpan({ kind: 'start', id: 'a', start: 1, end: 3 }, 5, 10)).to.deep.equal({ start: 3, end: 5 });
    expect(dragSpan({ kind: 'end', id: 'a', start: 1, end: 3 }, 2, 10)).to.deep.equal({ start: 1, end: 2 });
    expect(dragSpan({ kind: 'move', id: 'a', start: 1, end: 3, grab: 2 }, 2.5, 10)).to.deep.equal({
      start: 1.5,
      end: 3.5,
    });
    expect(dragSpan({ kind: 'move', id: 'a', start: 1, end: 3, grab: 2 }, 11, 10)).to.deep.equal({
      start: 8,
      end: 10,
    });
  });
});
