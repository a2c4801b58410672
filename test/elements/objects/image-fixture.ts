/**
 * Helpers for image tests: local images made on a canvas (no test reaches the internet), the image
 * view and its canvas, pixel read-back of what is on screen, and real mouse drags.
 */
import { sendMouse } from '@web/test-runner-commands';
import type { LabelWorkspace } from '../../../src/elements/workspace/label-workspace.js';
import type { LabelImageView } from '../../../src/elements/objects/label-image-view.js';
import { deepQuery, settle } from '../workspace-fixture.js';

/** Paints a canvas of the given natural size and returns a `blob:` URL of it as PNG. */
export async function makeImage(
  width: number,
  height: number,
  paint: (ctx: CanvasRenderingContext2D) => void = (ctx) => {
    ctx.fillStyle = 'rgb(128, 128, 128)';
    ctx.fillRect(0, 0, width, height);
  },
): Promise<string> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  paint(canvas.getContext('2d')!);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'),
  );
  return URL.createObjectURL(blob);
}

export function imageView(ws: LabelWorkspace): LabelImageView {
  const view = deepQuery<LabelImageView>(ws, 'label-image-view');
  if (!view) throw new Error('no label-image-view');
  return view;
}

export function stageBox(ws: LabelWorkspace): HTMLElement {
  return imageView(ws).shadowRoot!.querySelector<HTMLElement>('.stage')!;
}

export function stageCanvas(ws: LabelWorkspace): HTMLCanvasElement {
  const canvas = stageBox(ws).querySelector('canvas');
  if (!canvas) throw new Error('no canvas');
  return canvas;
}

/** Waits until the image is loaded and a frame with every region in view has been painted. */
export async function painted(ws: LabelWorkspace): Promise<void> {
  await settle(ws);
  await imageView(ws).settled();
}

export function glOf(canvas: HTMLCanvasElement): WebGLRenderingContext {
  // asking again for the kind of context the canvas has returns that very context
  const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
  if (!gl) throw new Error('canvas has no WebGL context');
  return gl;
}

/** The RGBA of the canvas pixel at CSS position (x, y) from the canvas's top-left. */
export function pixelAt(ws: LabelWorkspace, x: number, y: number): [number, number, number, number] {
  const canvas = stageCanvas(ws);
  const gl = glOf(canvas);
  const ratio = canvas.width / canvas.getBoundingClientRect().width;
  const px = Math.floor(x * ratio);
  const py = gl.drawingBufferHeight - 1 - Math.floor(y * ratio);
  const out = new Uint8Array(4);
  gl.readPixels(px, py, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, out);
  return [out[0]!, out[1]!, out[2]!, out[3]!];
}

/** Viewport position of a point given in CSS pixels from the stage's top-left. */
export function onStage(ws: LabelWorkspace, x: number, y: number): [number, number] {
  const rect = stageBox(ws).getBoundingClientRect();
  return [Math.round(rect.left + x), Math.round(rect.top + y)];
}

/** The stage point (CSS pixels from its top-left) that a viewport position lands on. */
export function stagePoint(ws: LabelWorkspace, [vx, vy]: [number, number]): { x: number; y: number } {
  const rect = stageBox(ws).getBoundingClientRect();
  return { x: vx - rect.left, y: vy - rect.top };
}

/** A real mouse drag (press, moves in steps, release) between two viewport positions. */
export async function drag(
  ws: LabelWorkspace,
  from: [number, number],
  to: [number, number],
  options: { button?: 'left' | 'middle'; steps?: number } = {},
): Promise<void> {
  const button = options.button ?? 'left';
  const steps = options.steps ?? 4;
  await sendMouse({ type: 'move', position: from });
  await sendMouse({ type: 'down', button });
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    await sendMouse({
      type: 'move',
      position: [Math.round(from[0] + (to[0] - from[0]) * t), Math.round(from[1] + (to[1] - from[1]) * t)],
    });
  }
  await sendMouse({ type: 'up', button });
  await settle(ws);
}

export async function clickAt(ws: LabelWorkspace, at: [number, number]): Promise<void> {
  await sendMouse({ type: 'click', position: at });
  await settle(ws);
}
