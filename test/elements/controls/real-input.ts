import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import type { LabelWorkspace } from '../../../src/elements/workspace/label-workspace.js';
import { deepQuery, deepQueryAll, settle } from '../workspace-fixture.js';

/**
 * Real input for element tests: mouse clicks at an element's centre and key presses through the
 * browser (not synthetic events), then waits for the workspace and its controls to render.
 */

export async function clickOn(ws: LabelWorkspace, target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
  });
  await resetMouse();
  await settle(ws);
}

export async function press(ws: LabelWorkspace, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(ws);
}

/** Presses keys together, e.g. `['Shift', 'Enter']`: the modifiers go down first and up last. */
export async function chord(ws: LabelWorkspace, keys: readonly string[]): Promise<void> {
  const modifiers = keys.slice(0, -1);
  for (const key of modifiers) await sendKeys({ down: key });
  await sendKeys({ press: keys[keys.length - 1]! });
  for (const key of [...modifiers].reverse()) await sendKeys({ up: key });
  await settle(ws);
}

export async function type(ws: LabelWorkspace, text: string): Promise<void> {
  await sendKeys({ type: text });
  await settle(ws);
}

/** The one element matching `selector` inside `root` (through shadow roots); fails the test when there is none. */
export function the<E extends Element = HTMLElement>(root: Element, selector: string): E {
  const found = deepQuery<E>(root, selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

export function all<E extends Element = HTMLElement>(root: Element, selector: string): E[] {
  return deepQueryAll<E>(root, selector);
}

/** A control's rendered element by its `name` (the workspace tags each with `data-control`). */
export function control<E extends HTMLElement = HTMLElement>(
  ws: LabelWorkspace,
  tag: string,
  name: string,
): E {
  return the<E>(ws, `${tag}[data-control="${name}"]`);
}

/** The result items the annotation holds now (of one control, when named), without their generated
 *  ids. Naming the control matters for fixtures whose new annotation starts with default values. */
export function resultsWithoutIds(ws: LabelWorkspace, control?: string): Record<string, unknown>[] {
  return ws
    .getAnnotation()
    .result.filter((item) => control === undefined || item.from_name === control)
    .map(({ id: _id, ...rest }) => rest);
}

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
