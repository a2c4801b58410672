import { expect } from '@open-wc/testing';
import {
  IDLE,
  step,
  type Effect,
  type Input,
  type Mode,
  type Scene,
} from '../../../src/render/image/interaction.js';
import type { PixelRect } from '../../../src/render/image/geometry.js';

/** A 400×300 image at scale 2, one box `a` at (50, 50, 100, 50). Screen = image × 2. */
function scene(overrides: Partial<Scene> = {}): Scene {
  const rects: Record<string, PixelRect> = { a: { x: 50, y: 50, width: 100, height: 50, rotation: 0 } };
  return {
    view: { scale: 2, x: 0, y: 0 },
    image: { width: 400, height: 300 },
    selected: undefined,
    tool: undefined,
    editable: true,
    spaceHeld: false,
    pick: (p) => (p.x >= 50 && p.x <= 150 && p.y >= 50 && p.y <= 100 ? 'a' : undefined),
    shapeOf: (id) => (rects[id] ? { kind: 'rectangle', rect: rects[id] } : undefined),
    handleAt: () => undefined,
    ...overrides,
  };
}

const at = (type: 'down' | 'move' | 'up', x: number, y: number, button = 0): Input => ({
  type,
  button,
  image: { x, y },
  screen: { x: x * 2, y: y * 2 },
});

/** Runs inputs through the machine, collecting every effect. */
function run(inputs: Input[], s: Scene, start: Mode = IDLE): { mode: Mode; effects: Effect[] } {
  let mode = start;
  const effects: Effect[] = [];
  for (const input of inputs) {
    const result = step(mode, input, s);
    mode = result.mode;
    effects.push(...result.effects);
  }
  return { mode, effects };
}

describe('render/image/interaction', () => {
  it('draws a box with a tool: preview while moving, one create on release', () => {
    const { mode, effects } = run(
      [at('down', 200, 150), at('move', 220, 160), at('move', 260, 200), at('up', 260, 200)],
      scene({ tool: 'rectangle' }),
    );
    expect(mode.kind).to.equal('idle');
    expect(effects.filter((e) => e.type === 'preview')).to.have.length(2);
    expect(effects.at(-1)).to.deep.equal({
      type: 'create',
      shape: { kind: 'rectangle', rect: { x: 200, y: 150, width: 60, height: 50, rotation: 0 } },
    });
  });

  it('drops a box too small to be meant, and a press without travel is a click', () => {
    const tiny = run(
      [at('down', 200, 150), at('move', 202, 150.4), at('up', 202, 150.4)],
      scene({ tool: 'rectangle' }),
    );
    expect(tiny.effects.some((e) => e.type === 'create')).to.equal(false);
    // 1 px of travel at scale 2 stays under the threshold: a click on the box selects it
    const click = run(
      [at('down', 100, 70), at('move', 100.5, 70), at('up', 100.5, 70)],
      scene({ tool: 'rectangle' }),
    );
    expect(click.effects).to.deep.equal([{ type: 'select', id: 'a' }]);
  });

  it('with a tool, a drag starting on an unselected box draws a new one inside it', () => {
    const { effects } = run(
      [at('down', 60, 60), at('move', 90, 90), at('up', 90, 90)],
      scene({ tool: 'rectangle' }),
    );
    expect(effects.at(-1)).to.deep.include({ type: 'create' });
  });

  it('drags the selected box (or any box without a tool) and commits once', () => {
    for (const s of [scene({ selected: 'a', tool: 'rectangle' }), scene()]) {
      const { effects } = run(
        [at('down', 100, 70), at('move', 110, 75), at('move', 130, 90), at('up', 130, 90)],
        s,
      );
      const update = effects.filter((e) => e.type === 'update');
      expect(update).to.deep.equal([
        {
          type: 'update',
          id: 'a',
          shape: { kind: 'rectangle', rect: { x: 80, y: 70, width: 100, height: 50, rotation: 0 } },
        },
      ]);
      expect(effects.filter((e) => e.type === 'select')).to.have.length(s.selected ? 0 : 1);
    }
  });

  it('resizes from a handle of the selected box', () => {
    const { effects } = run(
      [at('down', 150, 100), at('move', 170, 120), at('up', 170, 120)],
      scene({ selected: 'a', handleAt: () => 'se' }),
    );
    expect(effects.at(-1)).to.deep.equal({
      type: 'update',
      id: 'a',
      shape: { kind: 'rectangle', rect: { x: 50, y: 50, width: 120, height: 70, rotation: 0 } },
    });
  });

  it('pans with the middle button, with space held, and by dragging empty image without a tool', () => {
    for (const [s, button] of [
      [scene(), 1],
      [scene({ spaceHeld: true, tool: 'rectangle' }), 0],
      [scene(), 0],
    ] as const) {
      const { effects } = run(
        [at('down', 300, 200, button), at('move', 310, 200, button), at('up', 310, 200, button)],
        s,
      );
      expect(effects).to.deep.equal([{ type: 'view', view: { scale: 2, x: 20, y: 0 } }]);
    }
  });

  it('commits nothing when read-only: a drag on a box pans, a click selects', () => {
    const s = scene({ editable: false });
    const dragged = run([at('down', 100, 70), at('move', 130, 90), at('up', 130, 90)], s);
    expect(dragged.effects.every((e) => e.type === 'view')).to.equal(true);
    expect(run([at('down', 100, 70), at('up', 100, 70)], s).effects).to.deep.equal([
      { type: 'select', id: 'a' },
    ]);
  });

  it('cancels a drag without committing', () => {
    const s = scene({ selected: 'a' });
    const moving = run([at('down', 100, 70), at('move', 130, 90)], s);
    expect(moving.mode.kind).to.equal('drag');
    const cancelled = step(moving.mode, { type: 'cancel' }, s);
    expect(cancelled).to.deep.equal({ mode: IDLE, effects: [{ type: 'clear-preview' }] });
  });

  it('draws a polygon click by click and closes it on its first vertex', () => {
    const s = scene({ tool: 'polygon' });
    const click = (x: number, y: number) => [at('down', x, y), at('up', x, y)];
    const { mode, effects } = run(
      [
        ...click(200, 150),
        at('move', 250, 150),
        ...click(250, 150),
        ...click(250, 200),
        at('move', 201, 151),
        ...click(201, 151),
      ],
      s,
    );
    expect(mode.kind).to.equal('idle');
    expect(effects.at(-1)).to.deep.equal({
      type: 'create',
      shape: {
        kind: 'polygon',
        points: [
          { x: 200, y: 150 },
          { x: 250, y: 150 },
          { x: 250, y: 200 },
        ],
        closed: true,
      },
    });
    // while drawing, the preview is open and follows the pointer
    const preview = effects.find(
      (e) => e.type === 'preview' && e.shape.kind === 'polygon' && e.shape.points.length === 2,
    );
    expect(preview).to.deep.include({ type: 'preview', id: undefined });
  });

  it('finishes a polygon with close (Enter) only from three vertices, and Escape drops it', () => {
    const s = scene({ tool: 'polygon' });
    const click = (x: number, y: number) => [at('down', x, y), at('up', x, y)];
    const two = run([...click(10, 10), ...click(60, 10)], s);
    expect(step(two.mode, { type: 'close' }, s).mode.kind).to.equal('polygon');
    const three = run([...click(60, 60)], s, two.mode);
    expect(step(three.mode, { type: 'close' }, s).effects.at(-1)).to.deep.include({ type: 'create' });
    expect(step(three.mode, { type: 'cancel' }, s)).to.deep.equal({
      mode: IDLE,
      effects: [{ type: 'clear-preview' }],
    });
  });

  it('moves a polygon by dragging it, kept on the image', () => {
    const triangle = [
      { x: 10, y: 10 },
      { x: 60, y: 10 },
      { x: 10, y: 60 },
    ];
    const s = scene({
      pick: (p) => (p.x < 40 && p.y < 40 ? 'p' : undefined),
      shapeOf: (id) => (id === 'p' ? { kind: 'polygon', points: triangle, closed: true } : undefined),
    });
    const { effects } = run([at('down', 20, 20), at('move', 0, 30), at('up', 0, 30)], s);
    // 20 px left would take it off the image: it stops at x = 0
    expect(effects.at(-1)).to.deep.equal({
      type: 'update',
      id: 'p',
      shape: {
        kind: 'polygon',
        points: [
          { x: 0, y: 20 },
          { x: 50, y: 20 },
          { x: 0, y: 70 },
        ],
        closed: true,
      },
    });
  });

  it('a click on empty image deselects', () => {
    expect(run([at('down', 300, 250), at('up', 300, 250)], scene({ selected: 'a' })).effects).to.deep.equal([
      { type: 'select', id: undefined },
    ]);
  });
});
