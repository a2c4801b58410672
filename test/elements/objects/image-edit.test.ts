/**
 * Drawing and editing rectangles with real mouse and keyboard input. The image is 400×300 and shown
 * in a 400 px wide box, so one CSS pixel is one image pixel: 4 px is 1 % of the width, 3 px 1 % of the
 * height, and expected results follow from the pointer positions.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mountWorkspace, recordChanges } from '../workspace-fixture.js';
import { chord, clickOn, control, resultsWithoutIds, the } from '../controls/real-input.js';
import {
  clickAt,
  drag,
  imageView,
  makeImage,
  onStage,
  painted,
  pixelAt,
  stageBox,
  stagePoint,
} from './image-fixture.js';
import type { LabelWorkspace } from '../../../src/elements/workspace/label-workspace.js';
import type { LSResult } from '../../../src/format/types.js';
import type { RegionDetail } from '../../../src/events/index.js';

const W = 400;
const H = 300;

const merged = `<View>
  <Image name="img" value="$image" maxWidth="400px"/>
  <RectangleLabels name="tag" toName="img">
    <Label value="Cat" background="red"/>
    <Label value="Dog" background="#00ff00"/>
  </RectangleLabels>
</View>`;

function box(id: string, x: number, y: number, width: number, height: number, label = 'Cat'): LSResult {
  return {
    original_width: W,
    original_height: H,
    image_rotation: 0,
    value: { x, y, width, height, rotation: 0, rectanglelabels: [label] },
    id,
    from_name: 'tag',
    to_name: 'img',
    type: 'rectanglelabels',
    origin: 'manual',
  };
}

async function open(config: string, result: LSResult[] = []): Promise<LabelWorkspace> {
  const image = await makeImage(W, H);
  const ws = await mountWorkspace(
    config,
    { id: 1, data: { image }, annotations: [{ id: 7, result }] },
    { annotationId: 7 },
  );
  await painted(ws);
  return ws;
}

function events<T>(
  ws: LabelWorkspace,
  name: 'label-region-input' | 'label-region-change' | 'label-selection-change',
): T[] {
  const seen: T[] = [];
  ws.addEventListener(name, (e) => seen.push((e as CustomEvent<T>).detail));
  return seen;
}

/** Percent of the image width/height of a stage pixel offset (the scale is 1). */
const px = (x: number) => (x / W) * 100;
const py = (y: number) => (y / H) * 100;

describe('<label-image-view>: drawing and editing rectangles', () => {
  it('draws a box with the chosen label and writes what Label Studio writes', async () => {
    const ws = await open(merged);
    const changes = recordChanges(ws);
    const committed = events<RegionDetail>(ws, 'label-region-change');
    await clickOn(ws, the(control(ws, 'label-labels', 'tag'), 'button'));
    const from = onStage(ws, 50, 60);
    const to = onStage(ws, 150, 120);
    await drag(ws, from, to);
    const a = stagePoint(ws, from);
    const b = stagePoint(ws, to);
    const [item] = resultsWithoutIds(ws);
    expect(Object.keys(item!)).to.deep.equal([
      'original_width',
      'original_height',
      'image_rotation',
      'value',
      'from_name',
      'to_name',
      'type',
      'origin',
    ]);
    expect(Object.keys(item!.value as object)).to.deep.equal([
      'x',
      'y',
      'width',
      'height',
      'rotation',
      'rectanglelabels',
    ]);
    const value = item!.value as Record<string, number>;
    expect(value.x).to.be.closeTo(px(a.x), 1e-9);
    expect(value.y).to.be.closeTo(py(a.y), 1e-9);
    expect(value.width).to.be.closeTo(px(b.x - a.x), 1e-9);
    expect(value.height).to.be.closeTo(py(b.y - a.y), 1e-9);
    expect(item).to.deep.include({
      original_width: W,
      original_height: H,
      image_rotation: 0,
      from_name: 'tag',
      to_name: 'img',
      type: 'rectanglelabels',
      origin: 'manual',
    });
    expect(value.rotation).to.equal(0);
    expect(item!.value).to.have.deep.property('rectanglelabels', ['Cat']);
    expect(changes).to.have.length(1);
    expect(committed).to.have.length(1);
    expect(committed[0]!.items[0]).to.deep.equal(ws.getAnnotation().result[0]);
    // and it is on screen, in red (Cat)
    await painted(ws);
    const inside = pixelAt(ws, (a.x + b.x) / 2, (a.y + b.y) / 2);
    expect(inside[0], `${inside}`).to.be.greaterThan(150);
    expect(inside[1], `${inside}`).to.be.lessThan(120);
  });

  it('draws nothing without a chosen label, and a slip of the mouse is not a box', async () => {
    const ws = await open(merged);
    await drag(ws, onStage(ws, 50, 60), onStage(ws, 150, 120));
    expect(ws.getAnnotation().result).to.deep.equal([]);
    await clickOn(ws, the(control(ws, 'label-labels', 'tag'), 'button'));
    await drag(ws, onStage(ws, 50, 60), onStage(ws, 54, 61));
    expect(ws.getAnnotation().result).to.deep.equal([]);
  });

  it('writes the split form with a bare Rectangle tool and Labels', async () => {
    const split = `<View>
      <Image name="img" value="$image" maxWidth="400px"/>
      <Rectangle name="rect" toName="img"/>
      <Labels name="lbl" toName="img"><Label value="Car" background="blue"/></Labels>
    </View>`;
    const ws = await open(split);
    // the tool button alone draws a geometry-only region
    await clickOn(ws, imageView(ws).shadowRoot!.querySelector('button[data-tool="rect"]')!);
    await drag(ws, onStage(ws, 20, 30), onStage(ws, 60, 90));
    expect(resultsWithoutIds(ws).map((r) => r.type)).to.deep.equal(['rectangle']);
    // with a label chosen, the region gets a labels item sharing its id and geometry
    await clickOn(ws, the(control(ws, 'label-labels', 'lbl'), 'button'));
    await drag(ws, onStage(ws, 200, 100), onStage(ws, 280, 160));
    const items = ws.getAnnotation().result.slice(1);
    expect(items.map((r) => [r.type, r.from_name])).to.deep.equal([
      ['rectangle', 'rect'],
      ['labels', 'lbl'],
    ]);
    expect(items[0]!.id).to.equal(items[1]!.id);
    expect(items[1]!.value).to.deep.equal({ ...items[0]!.value, labels: ['Car'] });
  });

  it('selects the smallest box under the pointer, and Escape deselects', async () => {
    const ws = await open(merged, [box('outer', 10, 10, 80, 80), box('inner', 40, 40, 10, 10, 'Dog')]);
    const selections = events<{ selected: string[] }>(ws, 'label-selection-change');
    await clickAt(ws, onStage(ws, 0.45 * W, 0.45 * H));
    expect(selections.at(-1)?.selected).to.deep.equal(['inner']);
    await clickAt(ws, onStage(ws, 0.2 * W, 0.2 * H));
    expect(selections.at(-1)?.selected).to.deep.equal(['outer']);
    await sendKeys({ press: 'Escape' });
    expect(selections.at(-1)?.selected).to.deep.equal([]);
  });

  it('moves a box by dragging it: live input events, one committed change, one undo step', async () => {
    const ws = await open(merged, [box('a', 25, 20, 25, 20)]);
    const inputs = events<RegionDetail>(ws, 'label-region-input');
    const committed = events<RegionDetail>(ws, 'label-region-change');
    const changes = recordChanges(ws);
    const from = onStage(ws, 150, 90);
    await drag(ws, from, [from[0] + 40, from[1] + 30]);
    const value = ws.getAnnotation().result[0]!.value as Record<string, unknown>;
    expect(value.x).to.be.closeTo(25 + px(40), 1e-9);
    expect(value.y).to.be.closeTo(20 + py(30), 1e-9);
    expect(value).to.deep.include({ width: 25, height: 20, rotation: 0, rectanglelabels: ['Cat'] });
    expect(inputs.length).to.be.greaterThan(1);
    expect(inputs.every((d) => d.id === 'a')).to.equal(true);
    expect(committed).to.have.length(1);
    expect(changes).to.have.length(1);
    // the box is drawn where it went, and no longer where it was
    await painted(ws);
    expect(pixelAt(ws, 110, 70)).to.deep.equal([128, 128, 128, 255]);
    expect(pixelAt(ws, 190, 120)[0]).to.be.greaterThan(150);
    ws.undo();
    expect(ws.getAnnotation().result[0]!.value).to.deep.equal(box('a', 25, 20, 25, 20).value);
  });

  it('resizes a selected box by its corner handle', async () => {
    const ws = await open(merged, [box('a', 25, 20, 25, 20)]);
    await clickAt(ws, onStage(ws, 150, 90));
    // bottom-right corner of the box: (200, 120) on the stage
    const to = onStage(ws, 240, 150);
    await drag(ws, onStage(ws, 200, 120), to);
    const end = stagePoint(ws, to);
    const value = ws.getAnnotation().result[0]!.value as Record<string, number>;
    expect(value.x).to.equal(25);
    expect(value.y).to.equal(20);
    expect(value.width).to.be.closeTo(px(end.x) - 25, 1e-9);
    expect(value.height).to.be.closeTo(py(end.y) - 20, 1e-9);
  });

  it('nudges with the arrow keys (Shift: ten times), deletes with Delete, and undoes it all', async () => {
    const ws = await open(merged, [box('a', 25, 20, 25, 20)]);
    await clickAt(ws, onStage(ws, 150, 90));
    await sendKeys({ press: 'ArrowRight' });
    expect((ws.getAnnotation().result[0]!.value as Record<string, number>).x).to.be.closeTo(25 + px(1), 1e-9);
    await chord(ws, ['Shift', 'ArrowDown']);
    expect((ws.getAnnotation().result[0]!.value as Record<string, number>).y).to.be.closeTo(
      20 + py(10),
      1e-9,
    );
    await sendKeys({ press: 'Delete' });
    expect(ws.getAnnotation().result).to.deep.equal([]);
    ws.undo();
    expect(ws.getAnnotation().result).to.have.length(1);
    ws.undo();
    expect(ws.getAnnotation().result[0]!.value).to.deep.equal(box('a', 25, 20, 25, 20).value);
  });

  it('relabels the selected box when another label is chosen', async () => {
    const ws = await open(merged, [box('a', 25, 20, 25, 20)]);
    await clickAt(ws, onStage(ws, 150, 90));
    const dog = control(ws, 'label-labels', 'tag').shadowRoot!.querySelectorAll('button')[1]!;
    await clickOn(ws, dog);
    expect(ws.getAnnotation().result[0]!.value).to.deep.include({ rectanglelabels: ['Dog'] });
    await painted(ws);
    const inside = pixelAt(ws, 150, 90);
    expect(inside[1], `${inside}`).to.be.greaterThan(150);
  });

  it('cycles through the boxes with Tab while the image has focus', async () => {
    const ws = await open(merged, [box('a', 5, 5, 10, 10), box('b', 50, 50, 10, 10)]);
    const selections = events<{ selected: string[] }>(ws, 'label-selection-change');
    stageBox(ws).focus();
    await sendKeys({ press: 'Tab' });
    expect(selections.at(-1)?.selected).to.deep.equal(['a']);
    await sendKeys({ press: 'Tab' });
    expect(selections.at(-1)?.selected).to.deep.equal(['b']);
    await chord(ws, ['Shift', 'Tab']);
    expect(selections.at(-1)?.selected).to.deep.equal(['a']);
  });

  it('edits nothing when read-only, but still selects', async () => {
    const image = await makeImage(W, H);
    const ws = await mountWorkspace(
      merged,
      { id: 1, data: { image }, annotations: [{ id: 7, result: [box('a', 25, 20, 25, 20)] }] },
      { annotationId: 7, readonly: true },
    );
    await painted(ws);
    const selections = events<{ selected: string[] }>(ws, 'label-selection-change');
    const from = onStage(ws, 150, 90);
    await clickAt(ws, from);
    expect(selections.at(-1)?.selected).to.deep.equal(['a']);
    await drag(ws, from, [from[0] + 40, from[1] + 30]);
    await sendKeys({ press: 'Delete' });
    expect(ws.getAnnotation().result[0]!.value).to.deep.equal(box('a', 25, 20, 25, 20).value);
  });
});
