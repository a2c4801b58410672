import { expect } from '@open-wc/testing';
import { mountWorkspace } from '../workspace-fixture.js';
import { clickOn, control, the } from '../controls/real-input.js';
import { clickAt, drag, makeImage, onStage, painted } from './image-fixture.js';

/**
 * bad-inputs S17 for the image view: under a CSP with no inline style, an image loads, its boxes are
 * drawn, a box is drawn and moved, with zero violation reports (the stage box is sized through the
 * CSSOM, Pixi sets canvas styles through the CSSOM). Trusted Types and `script-src` without
 * `'unsafe-eval'` both refuse Pixi's generated functions unless `pixi.js/unsafe-eval` is installed,
 * and the test server serves that module empty next to Pixi's prebundled build
 * (web-test-runner.config.mjs): test/build/bundle-image-csp.test.ts checks them on the real bundle.
 * A page keeps a CSP once it has one, so this file runs alone in its own page.
 */
describe('<label-image-view> under a strict CSP', () => {
  const violations: string[] = [];

  before(async () => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "style-src 'self'";
    document.head.append(meta);
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(`${e.violatedDirective}: ${e.sample}`),
    );
    // the probe: an inline style element is refused (and reported) from now on
    const probe = document.createElement('style');
    probe.textContent = 'body { outline: 1px solid red }';
    document.head.append(probe);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations.length).to.be.greaterThan(0);
    probe.remove();
  });

  it('loads, draws and edits boxes with no violation', async () => {
    violations.length = 0;
    const config = `<View><Image name="img" value="$image" maxWidth="400px"/>
      <RectangleLabels name="tag" toName="img"><Label value="Cat" background="red"/></RectangleLabels></View>`;
    const box = {
      original_width: 400,
      original_height: 300,
      image_rotation: 0,
      value: { x: 50, y: 50, width: 20, height: 20, rotation: 0, rectanglelabels: ['Cat'] },
      id: 'a',
      from_name: 'tag',
      to_name: 'img',
      type: 'rectanglelabels',
    };
    const ws = await mountWorkspace(
      config,
      { data: { image: await makeImage(400, 300) }, annotations: [{ id: 1, result: [box] }] },
      { annotationId: 1 },
    );
    await painted(ws);
    await clickOn(ws, the(control(ws, 'label-labels', 'tag'), 'button'));
    await drag(ws, onStage(ws, 20, 20), onStage(ws, 100, 80));
    // with a label chosen, a drag on an unselected box draws: select it first, then move it
    const from = onStage(ws, 240, 180);
    await clickAt(ws, from);
    await drag(ws, from, [from[0] + 20, from[1] + 20]);
    await painted(ws);
    await new Promise((resolve) => setTimeout(resolve, 50)); // reports are queued as tasks
    const result = ws.getAnnotation().result;
    expect(result).to.have.length(2);
    const moved = result[0]!.value as { x: number; y: number };
    expect(moved.x).to.be.closeTo(50 + (20 / 400) * 100, 1e-9);
    expect(moved.y).to.be.closeTo(50 + (20 / 300) * 100, 1e-9);
    expect(violations).to.deep.equal([]);
  });
});
