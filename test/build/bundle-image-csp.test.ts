/**
 * The drop-in bundle's image stage under the strictest CSP of bad-inputs S17: no `'unsafe-eval'`, no
 * inline style, Trusted Types enforced. PixiJS generates functions with `new Function` unless
 * `pixi.js/unsafe-eval` is installed; the test server serves that module empty next to Pixi's
 * prebundled build, so only the real bundle can show it works. Skipped when
 * dist/label-elements.bundle.js has not been built. Runs alone in its own page (a page keeps its CSP).
 */
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';

const BUNDLE = '/dist/label-elements.bundle.js';
const bundleBuilt = (await fetch(BUNDLE, { method: 'HEAD' })).ok;

interface Workspace extends HTMLElement {
  config: string;
  task: unknown;
  annotationId: unknown;
  getAnnotation(): { result: { type: string; value: Record<string, unknown> }[] };
}

/** A 400×300 grey PNG as a data: URL (img-src is not restricted; data: images pass the scheme check). */
function greyImage(): string {
  const canvas = document.createElement('canvas');
  canvas.width = 400;
  canvas.height = 300;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = 'rgb(128, 128, 128)';
  ctx.fillRect(0, 0, 400, 300);
  return canvas.toDataURL('image/png');
}

(bundleBuilt ? describe : describe.skip)(
  'dist/label-elements.bundle.js: image stage under a strict CSP',
  () => {
    const violations: string[] = [];

    before(async () => {
      const meta = document.createElement('meta');
      meta.httpEquiv = 'Content-Security-Policy';
      meta.content =
        // 'allow-duplicates': the test harness's own copy of Lit made the lit-html policy already
        "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html label-workspace 'allow-duplicates'";
      document.head.append(meta);
      document.addEventListener('securitypolicyviolation', (e) =>
        violations.push(`${e.violatedDirective}: ${e.sample}`),
      );
      await import(/* @vite-ignore */ BUNDLE);
    });

    it('draws the image and its boxes and draws a new box, with no violation', async () => {
      const image = greyImage();
      const ws = document.createElement('label-workspace') as Workspace;
      const ready = new Promise((resolve) => ws.addEventListener('label-ready', resolve, { once: true }));
      ws.config = `<View><Image name="img" value="$image" maxWidth="400px"/>
      <RectangleLabels name="tag" toName="img" opacity="1"><Label value="Cat" background="red"/></RectangleLabels></View>`;
      ws.task = {
        data: { image },
        annotations: [
          {
            id: 1,
            result: [
              {
                original_width: 400,
                original_height: 300,
                image_rotation: 0,
                value: { x: 50, y: 50, width: 25, height: 25, rotation: 0, rectanglelabels: ['Cat'] },
                id: 'a',
                from_name: 'tag',
                to_name: 'img',
                type: 'rectanglelabels',
              },
            ],
          },
        ],
      };
      ws.annotationId = 1;
      document.body.append(ws);
      try {
        await ready;
        const view = ws.shadowRoot!.querySelector('label-image-view')!;
        const stage = view.shadowRoot!.querySelector<HTMLElement>('.stage')!;
        const canvas = stage.querySelector('canvas')!;
        expect(canvas, view.shadowRoot!.textContent ?? '').to.exist;
        const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
        const pixel = (x: number, y: number) => {
          const out = new Uint8Array(4);
          gl.readPixels(x, gl.drawingBufferHeight - 1 - y, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, out);
          return [...out];
        };
        expect(pixel(250, 185)).to.deep.equal([255, 0, 0, 255]); // inside box a
        expect(pixel(50, 50)).to.deep.equal([128, 128, 128, 255]);
        // choose Cat, drag a box
        const palette = ws.shadowRoot!.querySelector('label-labels')!;
        palette.shadowRoot!.querySelector('button')!.click();
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const r = stage.getBoundingClientRect();
        await sendMouse({ type: 'move', position: [Math.round(r.left + 20), Math.round(r.top + 20)] });
        await sendMouse({ type: 'down' });
        await sendMouse({ type: 'move', position: [Math.round(r.left + 60), Math.round(r.top + 50)] });
        await sendMouse({ type: 'move', position: [Math.round(r.left + 100), Math.round(r.top + 80)] });
        await sendMouse({ type: 'up' });
        expect(ws.getAnnotation().result.map((item) => item.type)).to.deep.equal([
          'rectanglelabels',
          'rectanglelabels',
        ]);
        await new Promise((resolve) => setTimeout(resolve, 50)); // reports are queued as tasks
        expect(violations).to.deep.equal([]);
      } finally {
        ws.remove();
      }
    });
  },
);
