import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { loadFixture, mountWorkspace, withAnnotationIds } from '../workspace-fixture.js';
import {
  drag,
  glOf,
  imageView,
  makeImage,
  onStage,
  painted,
  pixelAt,
  stageBox,
  stageCanvas,
} from './image-fixture.js';
import type { LabelWorkspace } from '../../../src/elements/workspace/label-workspace.js';
import type { LSTask } from '../../../src/format/types.js';
import type { LabelLoadErrorEvent } from '../../../src/events/index.js';

/** image_bbox's own config and annotation, with a local 600×400 grey image instead of the remote photo. */
async function imageBbox(): Promise<{ ws: LabelWorkspace; task: LSTask }> {
  const { config, annotation } = await loadFixture('image_bbox');
  const task = withAnnotationIds(annotation!);
  task.data = { image: await makeImage(600, 400) };
  const ws = await mountWorkspace(config, task, { annotationId: '1001' });
  await painted(ws);
  return { ws, task };
}

/** Stage CSS position of an image point given in percent (600×400 image, fitted at the top left). */
function at(ws: LabelWorkspace, xPercent: number, yPercent: number): [number, number] {
  const box = stageBox(ws).getBoundingClientRect();
  const scale = Math.min(box.width / 600, box.height / 400);
  return [(xPercent / 100) * 600 * scale, (yPercent / 100) * 400 * scale];
}

describe('<label-image-view>: image_bbox', () => {
  it('draws the annotation box in its label colour and not the predictions', async () => {
    const { ws } = await imageBbox();
    const canvas = stageCanvas(ws);
    expect(glOf(canvas).isContextLost()).to.equal(false);
    // Dx_aB91ISN: x 50.8, y 5.87, w 12.4, h 10.46, "Moonwalker" (background="blue"), fillOpacity 0.5
    const [cx, cy] = at(ws, 50.8 + 6.2, 5.87 + 5.23);
    const inside = pixelAt(ws, cx, cy);
    expect(inside[2], `inside ${inside}`).to.be.greaterThan(170);
    expect(inside[0], `inside ${inside}`).to.be.lessThan(100);
    // outside every box: the grey image
    const [ox, oy] = at(ws, 80, 80);
    expect(pixelAt(ws, ox, oy)).to.deep.equal([128, 128, 128, 255]);
    // the prediction's box (x 13.2, y 34.7) is not drawn
    const [px, py] = at(ws, 20, 40);
    expect(pixelAt(ws, px, py)).to.deep.equal([128, 128, 128, 255]);
  });
});

const simple = (attrs = '') => `<View><Image name="img" value="$image" maxWidth="400px" ${attrs}/>
  <RectangleLabels name="tag" toName="img"><Label value="Cat" background="red"/></RectangleLabels></View>`;

/** 400×300: left half red, right half blue. */
function halves(ctx: CanvasRenderingContext2D): void {
  ctx.fillStyle = 'rgb(255, 0, 0)';
  ctx.fillRect(0, 0, 200, 300);
  ctx.fillStyle = 'rgb(0, 0, 255)';
  ctx.fillRect(200, 0, 200, 300);
}

async function openHalves(attrs = ''): Promise<LabelWorkspace> {
  const ws = await mountWorkspace(simple(attrs), { data: { image: await makeImage(400, 300, halves) } });
  await painted(ws);
  return ws;
}

describe('<label-image-view>: drawing results', () => {
  it('rotates a box about its top-left corner (ls-spec Appendix B) and draws the split form in its label colour', async () => {
    const config = `<View><Image name="img" value="$image" maxWidth="400px"/>
      <Rectangle name="rect" toName="img" strokeWidth="0"/>
      <Labels name="lbl" toName="img"><Label value="Car" background="#00ff00"/></Labels>
      <RectangleLabels name="tag" toName="img" strokeWidth="0" opacity="1"><Label value="Cat" background="red"/></RectangleLabels></View>`;
    const media = { original_width: 400, original_height: 300, image_rotation: 0 };
    // 100×30 px at (200, 100), turned 90°: it covers x 170..200, y 100..200 on the 400×300 image
    const rotated = {
      ...media,
      id: 'r',
      from_name: 'tag',
      to_name: 'img',
      type: 'rectanglelabels',
      value: { x: 50, y: 100 / 3, width: 25, height: 10, rotation: 90, rectanglelabels: ['Cat'] },
    };
    const geometry = { x: 5, y: 70, width: 10, height: 20, rotation: 0 };
    const split = [
      { ...media, id: 's', from_name: 'rect', to_name: 'img', type: 'rectangle', value: geometry },
      {
        ...media,
        id: 's',
        from_name: 'lbl',
        to_name: 'img',
        type: 'labels',
        value: { ...geometry, labels: ['Car'] },
      },
    ];
    const ws = await mountWorkspace(
      config,
      { data: { image: await makeImage(400, 300) }, annotations: [{ id: 1, result: [rotated, ...split] }] },
      { annotationId: 1 },
    );
    await painted(ws);
    expect(pixelAt(ws, 185, 150)).to.deep.equal([255, 0, 0, 255]); // inside the turned box
    expect(pixelAt(ws, 250, 115)).to.deep.equal([128, 128, 128, 255]); // where it would be unturned
    const car = pixelAt(ws, 40, 240); // split region: rectangle + labels, fill 0.2 of #00ff00
    expect(car[1], `${car}`).to.be.greaterThan(car[0] + 30);
  });
});

describe('<label-image-view>: loading', () => {
  it('refuses javascript:, file:, data:text/html and SVG addresses with a text message (bad-inputs S7)', async () => {
    for (const image of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<script>alert(1)</script>',
      'data:image/svg+xml,<svg onload="alert(1)"/>',
    ]) {
      const errors: string[] = [];
      const fetched: string[] = [];
      const observer = new PerformanceObserver((list) =>
        list.getEntries().forEach((e) => fetched.push(e.name)),
      );
      observer.observe({ type: 'resource' });
      const ws = await mountWorkspace(simple(), { data: { image } }, {});
      ws.addEventListener('label-load-error', (e) => errors.push(e.detail.message));
      await imageView(ws).ready;
      observer.disconnect();
      const status = imageView(ws).shadowRoot!.querySelector('.status.error');
      expect(status, image).to.exist;
      expect(status!.children, image).to.have.length(0);
      expect(stageBox(ws).querySelector('canvas'), image).to.equal(null);
      expect(
        fetched.filter((name) => name.startsWith(image.slice(0, 10))),
        image,
      ).to.deep.equal([]);
    }
  });

  it('reports a broken address with label-load-error and shows the message as text (bad-inputs S8)', async () => {
    const url = '/does-not-exist/></a><img src=# onerror=alert(1) />.png';
    const { ws, event } = await mountAndCatch(url);
    expect(event.detail.object).to.equal('img');
    expect(event.detail.message).to.match(/404/);
    const status = imageView(ws).shadowRoot!.querySelector('.status.error')!;
    expect(status.textContent).to.equal(event.detail.message);
    expect(imageView(ws).shadowRoot!.querySelectorAll('img')).to.have.length(0);
  });

  it('refuses a body that is not an image (HTML served at an image address)', async () => {
    const html = URL.createObjectURL(new Blob(['<img src=x onerror=alert(1)>'], { type: 'text/html' }));
    const { event } = await mountAndCatch(html);
    expect(event.detail.message).to.match(/not hold a raster image/);
  });

  it('fits the image on load and follows setView (zoom 1 = fit, x/y the centre in percent)', async () => {
    const ws = await openHalves();
    expect(imageView(ws).getView()).to.deep.include({ zoom: 1 });
    expect(pixelAt(ws, 10, 150)).to.deep.equal([255, 0, 0, 255]);
    expect(pixelAt(ws, 390, 150)).to.deep.equal([0, 0, 255, 255]);
    // zoom 4 on a point of the left half: the whole box is red
    expect(ws.setView({ zoom: 4, x: 25, y: 50 })).to.equal(true);
    await painted(ws);
    const view = imageView(ws).getView()!;
    expect(view.zoom).to.be.closeTo(4, 1e-9);
    expect(view.x).to.be.closeTo(25, 1e-9);
    expect(view.y).to.be.closeTo(50, 1e-9);
    expect(pixelAt(ws, 5, 5)).to.deep.equal([255, 0, 0, 255]);
    expect(pixelAt(ws, 395, 295)).to.deep.equal([255, 0, 0, 255]);
    ws.setView({ zoom: 1 });
    await painted(ws);
    expect(pixelAt(ws, 390, 150)).to.deep.equal([0, 0, 255, 255]);
  });

  it('zooms with the wheel around the pointer, and with + / − / 0 when focused', async () => {
    const ws = await openHalves();
    const box = stageBox(ws).getBoundingClientRect();
    // the image point under the pointer (100, 150) stays under it
    stageBox(ws).dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -300,
        clientX: box.left + 100,
        clientY: box.top + 150,
        bubbles: true,
        cancelable: true,
      }),
    );
    const zoomed = imageView(ws).getView()!;
    expect(zoomed.zoom).to.be.closeTo(Math.pow(1.1, 3), 1e-9);
    // centre (200,150) in screen; point under pointer: image x 100 → centre image x = 100 + 100/zoom
    expect(zoomed.x).to.be.closeTo(((100 + 100 / zoomed.zoom) / 400) * 100, 1e-9);
    stageBox(ws).focus();
    await sendKeys({ press: '0' });
    expect(imageView(ws).getView()!.zoom).to.equal(1);
    await sendKeys({ press: '+' });
    expect(imageView(ws).getView()!.zoom).to.be.closeTo(1.1, 1e-9);
    await sendKeys({ press: '-' });
    expect(imageView(ws).getView()!.zoom).to.be.closeTo(1, 1e-9);
  });

  it('pans with a middle-button drag', async () => {
    const ws = await openHalves();
    ws.setView({ zoom: 2, x: 50, y: 50 });
    await painted(ws);
    const from = onStage(ws, 200, 150);
    await drag(ws, from, [from[0] + 100, from[1]], { button: 'middle' });
    const view = imageView(ws).getView()!;
    // moved right by 100 CSS px at scale 2: the centre is 50 image px (12.5 %) further left
    expect(view.x).to.be.closeTo(37.5, 1e-9);
    expect(view.zoom).to.be.closeTo(2, 1e-9);
  });

  it('does not zoom when the Image has zoom="false"', async () => {
    const ws = await openHalves('zoom="false"');
    const box = stageBox(ws).getBoundingClientRect();
    stageBox(ws).dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -300,
        clientX: box.left + 100,
        clientY: box.top + 100,
        bubbles: true,
        cancelable: true,
      }),
    );
    ws.setView({ zoom: 3 });
    expect(imageView(ws).getView()!.zoom).to.equal(1);
    expect(imageView(ws).shadowRoot!.querySelector('[data-zoom]')).to.equal(null);
  });

  it('releases its WebGL context when removed from the page', async () => {
    const ws = await openHalves();
    const canvas = stageCanvas(ws);
    const gl = glOf(canvas);
    expect(gl.isContextLost()).to.equal(false);
    ws.remove();
    expect(gl.isContextLost()).to.equal(true);
    expect(canvas.isConnected).to.equal(false);
  });

  it('holds WebGL contexts only for images near the viewport (a config may repeat <Image> hundreds of times)', async () => {
    const images = Array.from(
      { length: 30 },
      (_, i) => `<Image name="img${i}" value="$image" maxWidth="400px"/>`,
    ).join('');
    const image = await makeImage(400, 300, halves);
    const ws = await fixture<LabelWorkspace>(html`<label-workspace></label-workspace>`);
    const ready = oneEvent(ws, 'label-ready');
    ws.config = `<View>${images}</View>`;
    ws.task = { data: { image } };
    await ready;
    const views = [...ws.shadowRoot!.querySelectorAll('label-image-view')];
    const live = () => views.filter((v) => v.shadowRoot!.querySelector('canvas')).length;
    expect(views).to.have.length(30);
    expect(live()).to.be.within(1, 6);
    const last = views[29]!;
    last.scrollIntoView();
    // the intersection observer reports on a coming frame; then the stage mounts
    for (let i = 0; i < 600 && !last.shadowRoot!.querySelector('canvas'); i++)
      await new Promise((resolve) => requestAnimationFrame(resolve));
    await last.settled();
    expect(last.shadowRoot!.querySelector('canvas')).to.exist;
    expect(views[0]!.shadowRoot!.querySelector('canvas')).to.equal(null);
    expect(live()).to.be.within(1, 6);
  });

  it('keeps the box within the Image width and maxWidth', async () => {
    const ws = await mountWorkspace(simple('width="300px"'), {
      data: { image: await makeImage(400, 300, halves) },
    });
    await painted(ws);
    expect(stageBox(ws).getBoundingClientRect().width).to.equal(300);
    expect(stageCanvas(ws).getBoundingClientRect().width).to.equal(300);
    expect(imageView(ws).getView()!.zoom).to.equal(1);
  });
});

/** Mounts a workspace showing `image` with a load-error listener attached before anything loads. */
async function mountAndCatch(image: string): Promise<{ ws: LabelWorkspace; event: LabelLoadErrorEvent }> {
  const ws = await fixture<LabelWorkspace>(html`<label-workspace></label-workspace>`);
  const caught = oneEvent(ws, 'label-load-error');
  ws.config = simple();
  ws.task = { data: { image } };
  const event = (await caught) as LabelLoadErrorEvent;
  await imageView(ws).ready;
  await ws.updateComplete;
  await imageView(ws).updateComplete;
  return { ws, event };
}
