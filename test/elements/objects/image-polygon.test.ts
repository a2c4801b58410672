/**
 * Polygons on the image: drawn from results (image_polygons), drawn click by click with real mouse
 * input, moved and deleted. The 400×300 image is shown at scale 1, as in image-edit.test.ts.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { loadFixture, mountWorkspace, withAnnotationIds } from '../workspace-fixture.js';
import { clickOn, control, resultsWithoutIds, the } from '../controls/real-input.js';
import {
  clickAt,
  drag,
  makeImage,
  onStage,
  painted,
  pixelAt,
  stageBox,
  stagePoint,
} from './image-fixture.js';
import type { LabelWorkspace } from '../../../src/elements/workspace/label-workspace.js';

const config = `<View>
  <Image name="img" value="$image" maxWidth="400px"/>
  <PolygonLabels name="poly" toName="img" opacity="1"><Label value="Road" background="red"/></PolygonLabels>
</View>`;

async function open(result: unknown[] = []): Promise<LabelWorkspace> {
  const ws = await mountWorkspace(
    config,
    { data: { image: await makeImage(400, 300) }, annotations: [{ id: 1, result: result as never }] },
    { annotationId: 1 },
  );
  await painted(ws);
  return ws;
}

describe('<label-image-view>: polygons', () => {
  it('draws image_polygons in its label colour, inside the outline only', async () => {
    const { config: xml, annotation } = await loadFixture('image_polygons');
    const task = withAnnotationIds(annotation!);
    task.data = { image: await makeImage(600, 400) };
    const ws = await mountWorkspace(xml, task, { annotationId: 'a0' });
    await painted(ws);
    const box = stageBox(ws).getBoundingClientRect();
    const scale = Math.min(box.width / 600, box.height / 400);
    const at = (x: number, y: number) => pixelAt(ws, (x / 100) * 600 * scale, (y / 100) * 400 * scale);
    // points (27.2, 41.2) (25.7, 70.6) (48.1, 62.6) (48.1, 32.9), label "Hello" (red)
    const inside = at(37, 52);
    expect(inside[0], `${inside}`).to.be.greaterThan(inside[2] + 20);
    expect(at(27, 34)).to.deep.equal([128, 128, 128, 255]); // in the bounds, outside the quad
  });

  it('draws a polygon click by click and closes it on the first vertex, as Label Studio writes it', async () => {
    const ws = await open();
    await clickOn(ws, the(control(ws, 'label-labels', 'poly'), 'button'));
    const corners = [onStage(ws, 50, 50), onStage(ws, 150, 50), onStage(ws, 150, 120), onStage(ws, 50, 120)];
    for (const corner of corners) await clickAt(ws, corner);
    expect(ws.getAnnotation().result).to.deep.equal([]); // not closed yet
    await clickAt(ws, corners[0]!);
    const [item] = resultsWithoutIds(ws);
    expect(Object.keys(item!.value as object)).to.deep.equal(['points', 'closed', 'polygonlabels']);
    const expected = corners.map((c) => {
      const p = stagePoint(ws, c);
      return [(p.x / 400) * 100, (p.y / 300) * 100];
    });
    const value = item!.value as { points: number[][]; closed: boolean; polygonlabels: string[] };
    value.points.forEach((p, i) => {
      expect(p[0]).to.be.closeTo(expected[i]![0]!, 1e-9);
      expect(p[1]).to.be.closeTo(expected[i]![1]!, 1e-9);
    });
    expect(value.closed).to.equal(true);
    expect(value.polygonlabels).to.deep.equal(['Road']);
    expect(item).to.deep.include({
      original_width: 400,
      original_height: 300,
      image_rotation: 0,
      type: 'polygonlabels',
      from_name: 'poly',
      to_name: 'img',
    });
    await painted(ws);
    expect(pixelAt(ws, 100, 85)).to.deep.equal([255, 0, 0, 255]);
  });

  it('finishes a polygon with Enter, drops one with Escape', async () => {
    const ws = await open();
    await clickOn(ws, the(control(ws, 'label-labels', 'poly'), 'button'));
    for (const [x, y] of [
      [20, 20],
      [80, 20],
    ])
      await clickAt(ws, onStage(ws, x!, y!));
    await sendKeys({ press: 'Escape' });
    await clickAt(ws, onStage(ws, 200, 200));
    await clickAt(ws, onStage(ws, 260, 200));
    await clickAt(ws, onStage(ws, 260, 260));
    await sendKeys({ press: 'Enter' });
    const result = ws.getAnnotation().result;
    expect(result).to.have.length(1);
    expect((result[0]!.value as { points: unknown[] }).points).to.have.length(3);
  });

  it('moves a polygon by dragging it and deletes it with Delete', async () => {
    const polygon = {
      original_width: 400,
      original_height: 300,
      image_rotation: 0,
      value: {
        points: [
          [25, 20],
          [50, 20],
          [50, 60],
          [25, 60],
        ],
        closed: true,
        polygonlabels: ['Road'],
      },
      id: 'p',
      from_name: 'poly',
      to_name: 'img',
      type: 'polygonlabels',
      origin: 'manual',
    };
    const ws = await open([polygon]);
    const from = onStage(ws, 150, 120);
    await drag(ws, from, [from[0] + 40, from[1] + 30]);
    const points = (ws.getAnnotation().result[0]!.value as { points: number[][] }).points;
    expect(points[0]![0]).to.be.closeTo(25 + 10, 1e-9);
    expect(points[0]![1]).to.be.closeTo(20 + 10, 1e-9);
    await sendKeys({ press: 'Delete' });
    expect(ws.getAnnotation().result).to.deep.equal([]);
    ws.undo();
    ws.undo();
    expect(ws.getAnnotation().result[0]!.value).to.deep.equal(polygon.value);
  });

  it('with box and polygon palettes, the palette used last picks the tool, and a polygon label never goes on a box', async () => {
    const mixed = `<View>
      <Image name="img" value="$image" maxWidth="400px"/>
      <RectangleLabels name="box" toName="img"><Label value="House"/></RectangleLabels>
      <PolygonLabels name="poly" toName="img"><Label value="Roof"/></PolygonLabels>
    </View>`;
    const ws = await mountWorkspace(mixed, { data: { image: await makeImage(400, 300) } });
    await painted(ws);
    await clickOn(ws, the(control(ws, 'label-labels', 'box'), 'button'));
    await drag(ws, onStage(ws, 20, 20), onStage(ws, 120, 100));
    await clickOn(ws, the(control(ws, 'label-labels', 'poly'), 'button'));
    for (const [x, y] of [
      [200, 50],
      [300, 50],
      [250, 150],
    ])
      await clickAt(ws, onStage(ws, x!, y!));
    await sendKeys({ press: 'Enter' });
    expect(ws.getAnnotation().result.map((r) => r.type)).to.deep.equal(['rectanglelabels', 'polygonlabels']);
    // select the box, then choose Roof again (off, on): the box keeps its House label
    await clickOn(ws, the(control(ws, 'label-labels', 'poly'), 'button'));
    await clickAt(ws, onStage(ws, 70, 60));
    await clickOn(ws, the(control(ws, 'label-labels', 'poly'), 'button'));
    const box = ws.getAnnotation().result.filter((r) => r.type === 'rectanglelabels');
    expect(box).to.have.length(1);
    expect(
      ws.getAnnotation().result,
      JSON.stringify(ws.getAnnotation().result.map((r) => [r.type, r.from_name, r.value])),
    ).to.have.length(2);
    expect(box[0]!.value).to.deep.include({ rectanglelabels: ['House'] });
  });
});
