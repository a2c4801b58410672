import { sendMouse } from '@web/test-runner-commands';

/** The centre of an element, in viewport pixels, as `sendMouse` wants it. */
export function centre(el: Element): [number, number] {
  el.scrollIntoView({ block: 'center', inline: 'center' });
  const rect = el.getBoundingClientRect();
  return [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)];
}

/** A real mouse click (through the browser's input pipeline) in the middle of an element. */
export async function click(el: Element): Promise<void> {
  await sendMouse({ type: 'click', position: centre(el) });
}
