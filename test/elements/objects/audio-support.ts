/**
 * Shared by the audio element tests: mount a workspace on a generated WAV and wait for `label-ready`,
 * map seconds to viewport pixels of the waveform, drag and click with the real mouse, and read the
 * drawn canvas back.
 */
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { LabelWorkspace } from '../../../src/elements/workspace/label-workspace.js';
import type { LabelAudioView } from '../../../src/elements/objects/label-audio-view.js';
import type { LSTask } from '../../../src/format/types.js';
import { deepQuery, settle } from '../workspace-fixture.js';
import { OVERVIEW_HEIGHT } from '../../../src/render/audio/overview-geometry.js';

export const WAVE_RGB = [0x5b, 0x6e, 0xe1] as const;

/** Mounts a workspace (listening for `label-ready` before it can fire) and waits for it. */
export async function mountAudio(
  config: string,
  task: LSTask,
  options: { annotationId?: string | number } = {},
): Promise<{ ws: LabelWorkspace; view: LabelAudioView }> {
  const ws = await fixture<LabelWorkspace>(
    html`<label-workspace style="display:block;width:820px"></label-workspace>`,
  );
  const ready = new Promise((resolve) => ws.addEventListener('label-ready', resolve, { once: true }));
  if (options.annotationId !== undefined) ws.annotationId = options.annotationId;
  ws.config = config;
  ws.task = task;
  await ready;
  await settle(ws);
  return { ws, view: audioView(ws) };
}

export function audioView(ws: LabelWorkspace): LabelAudioView {
  return deepQuery<LabelAudioView>(ws, 'label-audio-view')!;
}

export function waveArea(view: LabelAudioView): HTMLElement {
  return view.shadowRoot!.querySelector<HTMLElement>('.wave')!;
}

/** Viewport position of a time, at a height fraction of the waveform (the overview strip below it
 *  not counted). */
export function pointAt(view: LabelAudioView, time: number, heightFraction = 0.5): [number, number] {
  const rect = waveArea(view).getBoundingClientRect();
  const v = view.view!;
  const x = rect.left + 1 + (time - v.start) * v.pxPerSecond;
  return [Math.round(x), Math.round(rect.top + 1 + (rect.height - 2 - OVERVIEW_HEIGHT) * heightFraction)];
}

/** Viewport position on the overview strip of a time (the strip always shows the whole file). */
export function overviewPointAt(view: LabelAudioView, time: number): [number, number] {
  const rect = waveArea(view).getBoundingClientRect();
  const width = rect.width - 2;
  return [
    Math.round(rect.left + 1 + (time / view.duration) * width),
    Math.round(rect.bottom - 1 - OVERVIEW_HEIGHT / 2),
  ];
}

/** The time under a viewport x, as the view maps it. */
export function timeAtClientX(view: LabelAudioView, clientX: number): number {
  const rect = waveArea(view).getBoundingClientRect();
  const v = view.view!;
  return v.start + (clientX - rect.left - 1) / v.pxPerSecond;
}

/** A real mouse drag in steps (pointer events go through the browser's input pipeline). */
export async function drag(
  ws: LabelWorkspace,
  from: [number, number],
  to: [number, number],
  steps = 6,
): Promise<void> {
  await sendMouse({ type: 'move', position: from });
  await sendMouse({ type: 'down' });
  for (let i = 1; i <= steps; i++) {
    const x = Math.round(from[0] + ((to[0] - from[0]) * i) / steps);
    const y = Math.round(from[1] + ((to[1] - from[1]) * i) / steps);
    await sendMouse({ type: 'move', position: [x, y] });
  }
  await sendMouse({ type: 'up' });
  await resetMouse();
  await settle(ws);
}

export async function clickAt(ws: LabelWorkspace, position: [number, number]): Promise<void> {
  await sendMouse({ type: 'click', position });
  await resetMouse();
  await settle(ws);
}

/** Waits for the view to draw a frame with its current state. */
export async function frames(n = 2): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** The drawn canvas as RGBA pixels in CSS-pixel coordinates. */
export function readCanvas(view: LabelAudioView): {
  width: number;
  height: number;
  at(x: number, y: number): [number, number, number];
} {
  const canvas = view.canvas!;
  const copy = document.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  const ctx = copy.getContext('2d')!;
  ctx.drawImage(canvas, 0, 0);
  const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
  const ratio = canvas.width / canvas.clientWidth;
  return {
    width: canvas.clientWidth,
    height: canvas.clientHeight,
    at(x, y) {
      const i = (Math.floor(y * ratio) * copy.width + Math.floor(x * ratio)) * 4;
      return [data[i]!, data[i + 1]!, data[i + 2]!];
    },
  };
}

export function near(rgb: readonly number[], target: readonly number[], tolerance = 24): boolean {
  return rgb.every((v, i) => Math.abs(v - target[i]!) <= tolerance);
}

/** Pixels of one canvas column drawn in the waveform colour. */
export function waveExtent(view: LabelAudioView, x: number): number {
  const pixels = readCanvas(view);
  let count = 0;
  for (let y = 0; y < pixels.height; y++) if (near(pixels.at(x, y), WAVE_RGB)) count++;
  return count;
}
