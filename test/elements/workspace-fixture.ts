import { fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { LabelWorkspace } from '../../src/elements/workspace/label-workspace.js';
import type { LSTask, LSAnnotation } from '../../src/format/types.js';
import type { AnnotationChangeDetail } from '../../src/events/index.js';

/** Mounts a `<label-workspace>` through its public contract and waits until it has rendered. */
export async function mountWorkspace(
  config: string,
  task: LSTask,
  options: { annotationId?: string | number; readonly?: boolean } = {},
): Promise<LabelWorkspace> {
  const ws = await fixture<LabelWorkspace>(html`<label-workspace></label-workspace>`);
  if (options.annotationId !== undefined) ws.annotationId = options.annotationId;
  ws.readonly = options.readonly ?? false;
  ws.config = config;
  ws.task = task;
  await ws.updateComplete;
  await settle(ws);
  return ws;
}

/** Waits for Lit updates of the workspace and its nested elements to finish. */
export async function settle(ws: LabelWorkspace): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await ws.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  }
}

/** Every `label-annotation-change` the workspace emits, in order. */
export function recordChanges(ws: LabelWorkspace): AnnotationChangeDetail[] {
  const seen: AnnotationChangeDetail[] = [];
  ws.addEventListener('label-annotation-change', (e) => seen.push(e.detail));
  return seen;
}

/** Resolves with the next `label-annotation-change` detail. */
export async function nextChange(ws: LabelWorkspace): Promise<AnnotationChangeDetail> {
  const event = await oneEvent(ws, 'label-annotation-change');
  return event.detail;
}

/** Finds an element inside the workspace, descending through open shadow roots. */
export function deepQuery<E extends Element = HTMLElement>(
  root: Element | ShadowRoot | Document,
  selector: string,
): E | null {
  const direct = root.querySelector<E>(selector);
  if (direct) return direct;
  const all = root.querySelectorAll('*');
  for (const el of all) {
    if (el.shadowRoot) {
      const found = deepQuery<E>(el.shadowRoot, selector);
      if (found) return found;
    }
  }
  if (root instanceof Element && root.shadowRoot) return deepQuery<E>(root.shadowRoot, selector);
  return null;
}

/** All matches inside the workspace, through open shadow roots, in document order. */
export function deepQueryAll<E extends Element = HTMLElement>(
  root: Element | ShadowRoot | Document,
  selector: string,
): E[] {
  const out: E[] = [...root.querySelectorAll<E>(selector)];
  const scope = root instanceof Element && root.shadowRoot ? [root.shadowRoot] : [];
  for (const r of scope) out.push(...deepQueryAll<E>(r, selector));
  for (const el of root.querySelectorAll('*'))
    if (el.shadowRoot) out.push(...deepQueryAll<E>(el.shadowRoot, selector));
  return out;
}

/** Loads a shared Label Studio fixture served under /__shared/. */
export async function loadFixture(
  name: string,
): Promise<{ config: string; tasks: LSTask[]; annotation?: LSTask }> {
  const base = `/__shared/ls-fixtures/${name}`;
  const config = await (await fetch(`${base}/config.xml`)).text();
  const tasksResponse = await fetch(`${base}/tasks.json`);
  const parsed: unknown = tasksResponse.ok ? await tasksResponse.json() : [];
  const tasks = (Array.isArray(parsed) ? parsed : [parsed]) as LSTask[];
  let annotation: LSTask | undefined;
  for (const n of [1, 0, 2, 3]) {
    const response = await fetch(`${base}/annotations/${n}.json`);
    if (response.ok) {
      annotation = (await response.json()) as LSTask;
      break;
    }
  }
  return annotation ? { config, tasks, annotation } : { config, tasks };
}

/** Gives every annotation of a task an id (fixtures have none) so a test can open it by `annotationId`. */
export function withAnnotationIds(task: LSTask): LSTask {
  const copy = structuredClone(task);
  copy.annotations = (copy.annotations ?? []).map((a: LSAnnotation, i: number) => ({
    ...a,
    id: a.id ?? `a${i}`,
  }));
  return copy;
}
